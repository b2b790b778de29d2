package dev.steward.api.files;

import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask of the files feature. */
@Component
public class Attachments {

    private final FileRepository repo;

    Attachments(FileRepository repo) {
        this.repo = repo;
    }

    /** Whether the owner has at least one photo of this stage (e.g. an AFTER photo of a repair). */
    public Mono<Boolean> hasPhoto(UUID projectId, OwnerType ownerType, UUID ownerId, String stage) {
        return repo.hasPhoto(projectId, ownerType.name(), ownerId, stage);
    }
}
