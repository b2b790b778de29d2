package dev.steward.api.workorder;

import dev.steward.api.platform.Caller;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask of work orders: look one up, and raise one of their own. */
@Component
public class WorkOrders {

    /** A work order as another feature needs it; {@code open}: neither closed, completed nor cancelled. */
    public record Ref(UUID id, String code, UUID unitId, String status, boolean open) {}

    /** A rectification's order as the rectification needs it. */
    public record RectificationOrder(UUID id, String code, String status, UUID assigneeId, OffsetDateTime completedAt,
            OffsetDateTime resolutionDueAt) {}

    /**
     * A RECTIFICATION order to raise: its rectification's id (the order points at it), what it is about, the owner and
     * the deadline; {@code finding} names the finding on the timeline, {@code inspectionId} and {@code checkPointCode}
     * link it.
     */
    public record NewRectification(UUID rectificationId, UUID projectId, String location, String category, String priority,
            String title, String description, String reporterName, String reporterPhone, UUID assigneeId, OffsetDateTime dueAt,
            String finding, UUID inspectionId, String checkPointCode) {}

    private final WorkOrderService service;
    private final WorkOrderRepository repo;
    private final WorkOrderTimeline timeline;
    private final RectificationOrders rectifications;

    WorkOrders(WorkOrderService service, WorkOrderRepository repo, WorkOrderTimeline timeline, RectificationOrders rectifications) {
        this.service = service;
        this.repo = repo;
        this.timeline = timeline;
        this.rectifications = rectifications;
    }

    /**
     * Registers the RECTIFICATION order (channel INSPECTION) assigned to its owner, due at the deadline, with a
     * RECTIFICATION_RAISED entry naming the finding, in the caller's transaction. The caller must inspect (ADMIN,
     * MANAGER, QUALITY_SUPERVISOR); the owner must be an active TECHNICIAN, AGENT, MANAGER or KEY_CUSTODIAN of the
     * project (400 {@code assigneeId}).
     */
    public Mono<RectificationOrder> raiseRectification(Caller caller, NewRectification r) {
        return rectifications.raise(caller, new WorkOrderService.Registration(r.projectId(), null, r.location(), "RECTIFICATION",
                        r.category(), r.priority(), "INSPECTION", r.title(), r.description(), r.reporterName(), r.reporterPhone(), null,
                        r.rectificationId(), r.dueAt(), null), r.assigneeId(), r.finding(),
                List.of(new WorkOrderEvent.FieldChange("inspectionId", null, r.inspectionId().toString()),
                        new WorkOrderEvent.FieldChange("rectificationId", null, r.rectificationId().toString()),
                        new WorkOrderEvent.FieldChange("checkPointCode", null, r.checkPointCode())))
                .map(WorkOrders::rectificationOrder);
    }

    /** The order of a rectification, if it belongs to the project. */
    public Mono<RectificationOrder> rectificationOrder(UUID projectId, UUID id) {
        return repo.find(new UUID[] {projectId}, id).map(WorkOrders::rectificationOrder);
    }

    /**
     * 复查 of a done rectification order: PASS closes it, FAIL reopens it for its owner due at {@code newDueAt}; a
     * REINSPECTED timeline entry either way. 409 {@code RECTIFICATION_NOT_DONE} unless it is COMPLETED or CLOSED.
     */
    public Mono<RectificationOrder> reinspect(Caller caller, UUID id, boolean pass, String note, OffsetDateTime newDueAt) {
        return rectifications.reinspect(caller, id, pass, note, newDueAt).map(WorkOrders::rectificationOrder);
    }

    private static RectificationOrder rectificationOrder(WorkOrder o) {
        return new RectificationOrder(o.id(), o.code(), o.status().name(), o.assigneeId(), o.completedAt(), o.resolutionDueAt());
    }

    /**
     * Notes on the order's timeline that a key was lent for it ({@code returned} false) or came back, in the
     * caller's transaction; {@code note} says which key and who holds it.
     */
    public Mono<Void> recordKeyLoan(UUID projectId, UUID workOrderId, UUID actorId, OffsetDateTime at, boolean returned, String note) {
        return timeline.append(projectId, workOrderId, actorId, at, WorkOrderEvent.Draft.of(
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
                        "HIGH", "FRONT_DESK", title, description, reporterName, reporterPhone, null, null, null, null))
                .map(v -> new Ref(v.order().id(), v.order().code(), v.order().unitId(), v.order().status().name(), true));
    }

    /**
     * Registers a REPAIR order for a unit found in need of repair by an inspection (channel INSPECTION; e.g. a leak on a
     * vacant-unit patrol), in the caller's transaction. The caller's role is checked by the inspection feature.
     */
    public Mono<Ref> registerRepairFromInspection(Caller caller, UUID projectId, UUID unitId, String category, String priority,
            String title, String description, String reporterName, String reporterPhone) {
        return service.register(caller, new WorkOrderService.Registration(projectId, unitId, null, "REPAIR", category, priority,
                        "INSPECTION", title, description, reporterName, reporterPhone, null, null, null, null))
                .map(v -> new Ref(v.order().id(), v.order().code(), v.order().unitId(), v.order().status().name(), true));
    }

    /**
     * Registers a work order (any type) raised from a survey comment (channel SURVEY), pointing back at the
     * comment, in the caller's transaction. The caller must be front desk (ADMIN, MANAGER, AGENT): checked here.
     */
    public Mono<Ref> registerFromSurvey(Caller caller, UUID projectId, UUID unitId, String location, String type, String category,
            String priority, String title, String description, String reporterName, String reporterPhone, UUID surveyCommentId) {
        return service.create(caller, new WorkOrderService.Registration(projectId, unitId, location, type, category, priority,
                        "SURVEY", title, description, reporterName, reporterPhone, surveyCommentId, null, null, null))
                .map(v -> new Ref(v.order().id(), v.order().code(), v.order().unitId(), v.order().status().name(), true));
    }
}
