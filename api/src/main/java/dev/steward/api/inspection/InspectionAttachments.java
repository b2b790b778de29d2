package dev.steward.api.inspection;

import dev.steward.api.files.AttachmentOwner;
import dev.steward.api.files.OwnerType;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * One check point's result as the owner of photos (INSPECTION_FINDING). Whoever sees the inspection sees them. BEFORE
 * (as found): the inspector, while the inspection is a draft. AFTER (evidence at re-inspection): an inspecting role, on
 * a finding whose rectification is not yet closed. Each upload counts on the result ({@code photoCount}).
 */
@Component
class InspectionAttachments implements AttachmentOwner {

    private final InspectionRepository inspections;

    InspectionAttachments(InspectionRepository inspections) {
        this.inspections = inspections;
    }

    @Override
    public OwnerType type() {
        return OwnerType.INSPECTION_FINDING;
    }

    @Override
    public Mono<UUID> readable(Caller caller, UUID inspectionId, UUID resultId) {
        return visible(caller, inspectionId, resultId).map(InspectionRepository.ResultRef::projectId);
    }

    @Override
    public Mono<UUID> attachable(Caller caller, UUID inspectionId, UUID resultId, String stage) {
        return visible(caller, inspectionId, resultId).map(r -> {
            boolean draft = "DRAFT".equals(r.inspectionStatus());
            if ("BEFORE".equals(stage)) {
                if (!caller.userId().equals(r.inspectorId())) {
                    throw ApiException.forbidden("INSPECTION_NOT_YOURS", "Only the inspector adds photos of what was found.");
                }
                if (!draft) {
                    throw ApiException.conflict("INSPECTION_SUBMITTED", "The inspection is submitted: photos as found are added while it is a draft.");
                }
                return r.projectId();
            }
            InspectionRoles.requireInspector(caller, "add re-inspection photos");
            if (draft || !"MISSING".equals(r.status()) || r.rectificationId() == null || r.closedAt() != null) {
                throw ApiException.conflict("NOT_AWAITING_REINSPECTION",
                        "Re-inspection photos go on a finding whose rectification is raised and not yet closed.");
            }
            return r.projectId();
        });
    }

    @Override
    public Mono<Void> attached(Caller caller, UUID projectId, UUID resultId, List<Attached> files) {
        return inspections.addPhotos(resultId, files.size());
    }

    private Mono<InspectionRepository.ResultRef> visible(Caller caller, UUID inspectionId, UUID resultId) {
        return inspections.result(caller.projectIdArray(), inspectionId, resultId)
                .filter(r -> "SUBMITTED".equals(r.inspectionStatus()) || InspectionRoles.inspects(caller))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("inspection result", resultId)));
    }
}
