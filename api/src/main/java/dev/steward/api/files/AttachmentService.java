package dev.steward.api.files;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Attaching, listing and reading files. The owner (work order, key deposit) decides who may see and attach; the
 * rows are written in one transaction with the owner's timeline entries, only after every file's bytes are
 * stored — so there is never a row without bytes. If the transaction fails, the stored bytes that no row names
 * are removed at once (a commit whose outcome is unknown keeps them: the sweep decides later).
 */
@Service
class AttachmentService {

    private final Map<OwnerType, AttachmentOwner> owners = new EnumMap<>(OwnerType.class);
    private final FileRepository repo;
    private final UploadPipeline pipeline;
    private final FileStore store;
    private final TransactionalOperator tx;
    private final FilesProperties props;

    AttachmentService(List<AttachmentOwner> owners, FileRepository repo, UploadPipeline pipeline, FileStore store,
            TransactionalOperator tx, FilesProperties props) {
        owners.forEach(o -> this.owners.put(o.type(), o));
        this.repo = repo;
        this.pipeline = pipeline;
        this.store = store;
        this.tx = tx;
        this.props = props;
    }

    Mono<List<StoredFile>> upload(Caller caller, OwnerType type, UUID parentId, UUID ownerId, String stage, Flux<Part> parts) {
        AttachmentOwner owner = owners.get(type);
        return owner.attachable(caller, parentId, ownerId, stage).flatMap(projectId -> parts
                .onErrorMap(AttachmentService::isMalformed, e -> FileProblems.malformed())
                .collectList()
                .map(this::fileParts)
                .flatMap(pipeline::prepare)
                .flatMap(ready -> record(caller, owner, projectId, ownerId, stage, ready)
                        .onErrorResume(e -> forget(ready).then(Mono.error(e))))
                .flatMap(ids -> repo.byIds(projectId, ids).collectList()));
    }

    private List<FilePart> fileParts(List<Part> parts) {
        List<FilePart> files = new ArrayList<>();
        for (Part p : parts) {
            if (!(p instanceof FilePart f)) {
                throw ApiException.invalidField("files[" + files.size() + "]", "must be a file, not a text field");
            }
            files.add(f);
        }
        if (files.isEmpty()) {
            throw FileProblems.noFiles();
        }
        if (files.size() > props.maxFiles()) {
            throw FileProblems.tooMany(props.maxFiles());
        }
        return files;
    }

    private Mono<List<UUID>> record(Caller caller, AttachmentOwner owner, UUID projectId, UUID ownerId, String stage,
            List<UploadPipeline.Prepared> ready) {
        List<FileRepository.NewFile> rows = ready.stream().map(p -> new FileRepository.NewFile(p.id(), projectId,
                owner.type(), ownerId, p.info().kind(), stage, p.fileName(), p.info().contentType(), p.info().size(), p.info().sha256(),
                p.info().width(), p.info().height(), p.key(), p.thumbnailKey(), caller.userId())).toList();
        Mono<List<UUID>> write = repo.lockOwnerAndCount(projectId, owner.type(), ownerId)
                .flatMap(n -> n + rows.size() > props.maxPerOwner() ? Mono.error(FileProblems.ownerFull(props.maxPerOwner()))
                        : Flux.fromIterable(rows).concatMap(repo::insert).then(Mono.defer(() -> owner.attached(caller, projectId, ownerId,
                                rows.stream().map(r -> new AttachmentOwner.Attached(r.id(), r.fileName(), r.stage(), r.kind())).toList())))
                        .thenReturn(rows.stream().map(FileRepository.NewFile::id).toList()));
        return tx.transactional(write);
    }

    /** After a failed transaction: removes the request's objects that no row names (none, unless it did commit). */
    private Mono<Void> forget(List<UploadPipeline.Prepared> ready) {
        List<String> keys = new ArrayList<>();
        ready.forEach(p -> {
            keys.add(p.key());
            if (p.thumbnailKey() != null) {
                keys.add(p.thumbnailKey());
            }
        });
        return repo.unreferenced(keys).collectList().flatMap(pipeline::discard).onErrorResume(e -> Mono.empty());
    }

    Mono<List<StoredFile>> list(Caller caller, OwnerType type, UUID parentId, UUID ownerId) {
        return owners.get(type).readable(caller, parentId, ownerId)
                .flatMap(projectId -> repo.byOwner(projectId, type, ownerId).collectList());
    }

    /** The file if the caller may read it: in their projects and its owner visible to them; else 404. */
    Mono<StoredFile> readable(Caller caller, UUID fileId) {
        return repo.find(caller.projectIdArray(), fileId)
                .switchIfEmpty(Mono.error(() -> FileProblems.notFound(fileId)))
                .flatMap(f -> owners.get(f.ownerType()).readable(caller, null, f.ownerId())
                        .onErrorMap(e -> e instanceof ApiException a && a.status() == HttpStatus.NOT_FOUND, e -> FileProblems.notFound(fileId))
                        .thenReturn(f));
    }

    /** {@code length} < 0: to the end. */
    Flux<DataBuffer> bytes(String key, long offset, long length) {
        return store.read(key, offset, length);
    }

    private static boolean isMalformed(Throwable e) {
        return e instanceof DecodingException || e instanceof ServerWebInputException;
    }
}
