package dev.steward.api.workorder;

import dev.steward.api.files.AttachmentOwner;
import dev.steward.api.files.OwnerType;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Work orders as owners of files: whoever sees the order sees its files; the front desk (ADMIN, MANAGER, AGENT)
 * and the order's assignee attach, until it is CLOSED or CANCELLED. Each file is an ATTACHMENT_ADDED entry on the
 * timeline: note = the file's name; changes {@code attachment} (to = the file id) and {@code stage} (to = BEFORE,
 * DURING, AFTER or OTHER).
 */
@Component
class WorkOrderAttachments implements AttachmentOwner {

    private final WorkOrderVisibility visibility;
    private final WorkOrderTimeline timeline;
    private final Clock clock;

    WorkOrderAttachments(WorkOrderVisibility visibility, WorkOrderTimeline timeline, Clock clock) {
        this.visibility = visibility;
        this.timeline = timeline;
        this.clock = clock;
    }

    @Override
    public OwnerType type() {
        return OwnerType.WORK_ORDER;
    }

    @Override
    public Mono<UUID> readable(Caller caller, UUID parentId, UUID ownerId) {
        return visibility.visible(caller, ownerId).map(WorkOrder::projectId);
    }

    @Override
    public Mono<UUID> attachable(Caller caller, UUID parentId, UUID ownerId, String stage) {
        return visibility.visible(caller, ownerId).map(o -> {
            if (!caller.hasAny(Role.ADMIN, Role.MANAGER, Role.AGENT) && !caller.userId().equals(o.assigneeId())) {
                throw ApiException.roleRequired("attach files to this work order (its assignee and the front desk may)");
            }
            if (o.status() == WorkOrderStatus.CLOSED || o.status() == WorkOrderStatus.CANCELLED) {
                throw WorkOrderProblems.notEditable(o.status());
            }
            return o.projectId();
        });
    }

    @Override
    public Mono<Void> attached(Caller caller, UUID projectId, UUID ownerId, List<Attached> files) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        return Flux.fromIterable(files).concatMap(f -> timeline.append(projectId, ownerId, caller.userId(), now,
                new WorkOrderEvent.Draft(WorkOrderEvent.Type.ATTACHMENT_ADDED, f.fileName(), null, null,
                        List.of(new WorkOrderEvent.FieldChange("attachment", null, f.fileId().toString()),
                                new WorkOrderEvent.FieldChange("stage", null, f.stage()))))).then();
    }
}
