package dev.steward.api.workorder;

import dev.steward.api.platform.Caller;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask of work orders: look one up, and raise one of their own. */
@Component
public class WorkOrders {

    /** A work order as another feature needs it; {@code open}: neither closed, completed nor cancelled. */
    public record Ref(UUID id, String code, UUID unitId, String status, boolean open) {}

    private final WorkOrderService service;
    private final WorkOrderRepository repo;

    WorkOrders(WorkOrderService service, WorkOrderRepository repo) {
        this.service = service;
        this.repo = repo;
    }

    /**
     * Notes on the order's timeline that a key was lent for it ({@code returned} false) or came back, in the
     * caller's transaction; {@code note} says which key and who holds it.
     */
    public Mono<Void> recordKeyLoan(UUID projectId, UUID workOrderId, UUID actorId, OffsetDateTime at, boolean returned, String note) {
        return repo.appendEvent(projectId, workOrderId, actorId, at, WorkOrderEvent.Draft.of(
                returned ? WorkOrderEvent.Type.KEY_RETURNED : WorkOrderEvent.Type.KEY_CHECKED_OUT, note, null, null));
    }

    /** The order if it belongs to the project; empty otherwise. */
    public Mono<Ref> find(UUID projectId, UUID id) {
        return repo.find(new UUID[] {projectId}, id).map(o -> new Ref(o.id(), o.code(), o.unitId(), o.status().name(),
                switch (o.status()) {
                    case COMPLETED, CLOSED, CANCELLED -> false;
                    default -> true;
                }));
    }

    /**
     * Registers a HIGH-priority REPAIR in category DOOR_LOCK (a lock change) with the caller as first-responsible
     * person, in the caller's transaction if there is one. The caller's own role is not checked: the feature that
     * raises the order has already decided it may.
     */
    public Mono<Ref> registerLockChange(Caller caller, UUID projectId, UUID unitId, String location, String title,
            String description, String reporterName, String reporterPhone) {
        return service.register(caller, new WorkOrderService.Registration(projectId, unitId, location, "REPAIR", "DOOR_LOCK",
                        "HIGH", "FRONT_DESK", title, description, reporterName, reporterPhone, null))
                .map(v -> new Ref(v.order().id(), v.order().code(), v.order().unitId(), v.order().status().name(), true));
    }

    /**
     * Registers a work order (any type) raised from a survey comment (channel SURVEY), pointing back at the
     * comment, in the caller's transaction. The caller must be front desk (ADMIN, MANAGER, AGENT): checked here.
     */
    public Mono<Ref> registerFromSurvey(Caller caller, UUID projectId, UUID unitId, String location, String type, String category,
            String priority, String title, String description, String reporterName, String reporterPhone, UUID surveyCommentId) {
        return service.create(caller, new WorkOrderService.Registration(projectId, unitId, location, type, category, priority,
                        "SURVEY", title, description, reporterName, reporterPhone, surveyCommentId))
                .map(v -> new Ref(v.order().id(), v.order().code(), v.order().unitId(), v.order().status().name(), true));
    }
}
