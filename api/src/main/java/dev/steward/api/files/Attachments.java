package dev.steward.api.files;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** What other features may ask of the files feature. */
@Component
public class Attachments {

    private final FileRepository repo;

    Attachments(FileRepository repo) {
        this.repo = repo;
    }

    /** A file as another feature lists it (a report names it and links to {@code GET /api/v1/files/{id}}). */
    public record Listed(UUID id, UUID ownerId, String stage, String fileName, String contentType) {}

    /** The files of these owners (of one type, in one project), in upload order. */
    public Flux<Listed> of(UUID projectId, OwnerType ownerType, UUID[] ownerIds) {
        return repo.byOwners(projectId, ownerType, ownerIds)
                .map(f -> new Listed(f.id(), f.ownerId(), f.stage(), f.fileName(), f.contentType()));
    }

    /** Whether the owner has at least one photo of this stage (e.g. an AFTER photo of a repair). */
    public Mono<Boolean> hasPhoto(UUID projectId, OwnerType ownerType, UUID ownerId, String stage) {
        return repo.hasPhoto(projectId, ownerType.name(), ownerId, stage);
    }
}
