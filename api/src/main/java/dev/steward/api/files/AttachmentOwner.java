package dev.steward.api.files;

import dev.steward.api.platform.Caller;
import java.util.List;
import java.util.UUID;
import reactor.core.publisher.Mono;

/**
 * Implemented by each feature that takes attachments (work orders, key deposits), so that the files feature
 * asks the owner's own rules and never reads its tables. Errors are the owner's problems (404 for an owner the
 * caller does not see, 403 for a role that may not attach, 409 for a state that takes no files).
 */
public interface AttachmentOwner {

    /** A file as stored, for the owner's timeline. */
    record Attached(UUID fileId, String fileName, String stage, String kind) {}

    OwnerType type();

    /**
     * The owner's project if the caller may see the owner; an error otherwise. {@code parentId}: the owner's parent
     * named in the path (the key of a deposit), or null when the file is read by its own id.
     */
    Mono<UUID> readable(Caller caller, UUID parentId, UUID ownerId);

    /** The owner's project if the caller may attach files to it at this stage; an error otherwise. */
    Mono<UUID> attachable(Caller caller, UUID parentId, UUID ownerId, String stage);

    /** Called in the upload's transaction, after the files' rows are written. */
    Mono<Void> attached(Caller caller, UUID projectId, UUID ownerId, List<Attached> files);
}
