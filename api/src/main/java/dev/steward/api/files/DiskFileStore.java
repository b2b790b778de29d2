package dev.steward.api.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.AsynchronousFileChannel;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Files in a directory: {@code <dir>/ab/cd/<key>}. A file is written under a temporary name, flushed to disk and
 * renamed into place, so a reader never sees half a file; an existing key is never replaced. File I/O runs on
 * Reactor's bounded elastic pool, reads through an asynchronous channel, never on an event loop.
 */
final class DiskFileStore implements FileStore {

    private static final int CHUNK = 64 * 1024;
    private static final String PARTIAL = ".partial-";

    private final Path root;

    DiskFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    private Path path(String key) {
        Path p = root.resolve(key).normalize();
        if (!p.startsWith(root)) {
            throw new IllegalArgumentException("Bad storage key");
        }
        return p;
    }

    @Override
    public Mono<Void> put(String key, Path source, long size, String contentType) {
        return Mono.<Void>fromRunnable(() -> {
            Path target = path(key);
            Path partial = target.resolveSibling(target.getFileName() + PARTIAL + UUID.randomUUID());
            try {
                Files.createDirectories(target.getParent());
                try (FileChannel in = FileChannel.open(source, StandardOpenOption.READ);
                        FileChannel out = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                    long done = 0;
                    while (done < size) {
                        done += in.transferTo(done, size - done, out);
                    }
                    out.force(true);
                }
                if (Files.exists(target)) {
                    throw new FileAlreadyExistsException(key);
                }
                Files.move(partial, target);
            } catch (IOException e) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException ignored) {
                    // the orphan sweep removes it
                }
                throw new UncheckedIOException(e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Flux<DataBuffer> read(String key, long offset, long length) {
        Path p = path(key);
        Flux<DataBuffer> all = DataBufferUtils.readAsynchronousFileChannel(
                () -> AsynchronousFileChannel.open(p, StandardOpenOption.READ), offset, DefaultDataBufferFactory.sharedInstance, CHUNK);
        return (length < 0 ? all : DataBufferUtils.takeUntilByteCount(all, length)).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Mono<Void> delete(String key) {
        return Mono.<Void>fromRunnable(() -> {
            try {
                Files.deleteIfExists(path(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).subscribeOn(Schedulers.boundedElastic());
    }

    @Override
    public Flux<Entry> list() {
        return Flux.using(() -> Files.exists(root) ? Files.walk(root) : Stream.<Path>empty(),
                        s -> Flux.fromStream(s.filter(Files::isRegularFile).map(this::entry)), Stream::close)
                .subscribeOn(Schedulers.boundedElastic());
    }

    private Entry entry(Path p) {
        try {
            return new Entry(root.relativize(p).toString().replace('\\', '/'), Files.getLastModifiedTime(p).toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String describe() {
        return "directory " + root;
    }
}
