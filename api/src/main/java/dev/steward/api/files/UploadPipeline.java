package dev.steward.api.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * One request's files, from the wire to the store: each is copied to a spool file of ours (Spring's multipart reader
 * streamed it to disk as it arrived; none is ever held in memory) and measured (over the limit → 413, none → 400),
 * inspected off the event loop
 * ({@link FileInspector}), and, only when every file of the request passed, stored under new random keys.
 * Spool files are removed at the end whatever happened; stored objects of a failed request are removed by the
 * caller ({@link #discard}) or, if the process died, by the orphan sweep.
 */
@Component
class UploadPipeline {

    private static final Logger log = LoggerFactory.getLogger(UploadPipeline.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A file ready to be recorded: its bytes (and thumbnail) are in the store. */
    record Prepared(int index, String fileName, FileInspector.Inspected info, UUID id, String key, String thumbnailKey) {}

    private final FileStore store;
    private final FileInspector inspector;
    private final long maxFileBytes;
    private final Path spool;
    /** Decoding and thumbnails use CPU and memory: at most one per core at a time. */
    private final Scheduler work = Schedulers.newBoundedElastic(Math.max(2, Runtime.getRuntime().availableProcessors()), 10_000, "files");

    UploadPipeline(FileStore store, FilesProperties props) {
        this.store = store;
        this.inspector = new FileInspector(props.thumbnailSize());
        this.maxFileBytes = props.maxFileSize().toBytes();
        this.spool = Path.of(System.getProperty("java.io.tmpdir"), "steward-uploads");
    }

    Mono<List<Prepared>> prepare(List<FilePart> parts) {
        List<Path> temps = new CopyOnWriteArrayList<>();
        List<String> stored = new CopyOnWriteArrayList<>();
        return Flux.range(0, parts.size())
                .concatMap(i -> {
                    FilePart part = parts.get(i);
                    String name = safeName(part.filename(), i);
                    return spool(part, i, name, temps).flatMap(path -> inspect(i, name, path, temps));
                })
                .collectList()
                .flatMap(ready -> Flux.fromIterable(ready).concatMap(p -> put(p, stored)).collectList())
                .onErrorResume(e -> discard(stored).then(Mono.error(e)))
                .doFinally(s -> Schedulers.boundedElastic().schedule(() -> temps.forEach(UploadPipeline::deleteQuietly)));
    }

    /** Removes stored objects of a request that was not recorded. */
    Mono<Void> discard(List<String> keys) {
        return Flux.fromIterable(keys).flatMap(k -> store.delete(k).onErrorResume(e -> {
            log.warn("Could not remove {} after a failed upload (the orphan sweep will): {}", k, e.toString());
            return Mono.empty();
        })).then();
    }

    private Mono<Path> spool(FilePart part, int index, String name, List<Path> temps) {
        return Mono.fromCallable(() -> {
                    Files.createDirectories(spool);
                    Path p = Files.createTempFile(spool, "upload-", ".bin");
                    temps.add(p);
                    return p;
                })
                .subscribeOn(Schedulers.boundedElastic())
                // Spring's reader has already put a part above 256 KB in a temporary file (and refused a request over
                // the limit): the copy is the kernel's (Files.copy), no byte passes through the heap.
                .flatMap(path -> part.transferTo(path)
                        .then(Mono.fromCallable(() -> Files.size(path)).subscribeOn(Schedulers.boundedElastic()))
                        .flatMap(size -> size > maxFileBytes ? Mono.error(FileProblems.tooLarge(index, name, maxFileBytes))
                                : size == 0 ? Mono.error(FileProblems.empty(index, name)) : Mono.just(path)));
    }

    private Mono<Prepared> inspect(int index, String name, Path path, List<Path> temps) {
        return Mono.fromCallable(() -> inspector.inspect(path))
                .subscribeOn(work)
                .flatMap(info -> {
                    if (info.thumbnail() != null) {
                        temps.add(info.thumbnail());
                    }
                    if (info.kind() == null) {
                        return Mono.error(FileProblems.typeNotAllowed(index, name, info.contentType()));
                    }
                    return Mono.just(new Prepared(index, name, info, null, null, null));
                });
    }

    private Mono<Prepared> put(Prepared p, List<String> stored) {
        // Ids and keys come from SecureRandom, which may read /dev/urandom: drawn off the event loop.
        return Mono.fromCallable(() -> new Prepared(p.index(), p.fileName(), p.info(), UUID.randomUUID(), newKey(),
                        p.info().thumbnail() == null ? null : newKey()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(q -> {
                    stored.add(q.key());
                    Mono<Void> bytes = store.put(q.key(), tempOf(q), q.info().size(), q.info().contentType());
                    if (q.thumbnailKey() == null) {
                        return bytes.thenReturn(q);
                    }
                    stored.add(q.thumbnailKey());
                    return bytes.then(Mono.defer(() -> store.put(q.thumbnailKey(), q.info().thumbnail(), size(q.info().thumbnail()),
                            "image/jpeg"))).thenReturn(q);
                });
    }

    private Path tempOf(Prepared p) {
        return p.info().source();
    }

    private static long size(Path p) {
        try {
            return Files.size(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 128 random bits as hex, fanned out over two directory levels: says nothing about the file or its owner. */
    static String newKey() {
        byte[] b = new byte[16];
        RANDOM.nextBytes(b);
        String hex = HexFormat.of().formatHex(b);
        return hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex;
    }

    /** The device's name without any path, control characters or more than 255 characters; never blank. */
    static String safeName(String raw, int index) {
        String name = raw == null ? "" : raw;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.codePoints().filter(c -> !Character.isISOControl(c)).collect(StringBuilder::new, StringBuilder::appendCodePoint,
                StringBuilder::append).toString().strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            name = "file-" + (index + 1);
        }
        return name.length() > 255 ? name.substring(0, 255) : name;
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            log.warn("Could not remove spool file {}: {}", p, e.toString());
        }
    }
}
