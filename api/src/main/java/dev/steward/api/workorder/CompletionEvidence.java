package dev.steward.api.workorder;

import dev.steward.api.files.Attachments;
import dev.steward.api.files.OwnerType;
import dev.steward.api.platform.ApiException;
import dev.steward.api.property.Projects;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The project's rule that a REPAIR is completed only with an AFTER photo on it (off unless the project sets it). */
@Component
class CompletionEvidence {

    private final Projects projects;
    private final Attachments attachments;

    CompletionEvidence(Projects projects, Attachments attachments) {
        this.projects = projects;
        this.attachments = attachments;
    }

    Mono<Void> require(WorkOrder o) {
        if (!"REPAIR".equals(o.type())) {
            return Mono.empty();
        }
        return projects.afterPhotoRequired(o.projectId())
                .flatMap(required -> required ? attachments.hasPhoto(o.projectId(), OwnerType.WORK_ORDER, o.id(), "AFTER") : Mono.just(true))
                .flatMap(ok -> ok ? Mono.<Void>empty() : Mono.error(ApiException.conflict("WORK_ORDER_PHOTO_REQUIRED",
                        "This project requires a photo taken AFTER the repair before the order is completed: attach one first.")));
    }
}
