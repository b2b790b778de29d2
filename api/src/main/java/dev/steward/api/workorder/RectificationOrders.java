package dev.steward.api.workorder;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import dev.steward.api.workorder.WorkOrderEvent.Draft;
import dev.steward.api.workorder.WorkOrderEvent.FieldChange;
import dev.steward.api.workorder.WorkOrderEvent.Type;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * RECTIFICATION orders raised for inspection findings (整改): registered (channel INSPECTION) and assigned to the owner
 * in one go, with the rectification's deadline as the resolution due time; re-inspected (复查) once done: PASS closes
 * the order, FAIL reopens it for its owner with a new deadline. Inspecting roles raise and re-inspect; the owner works
 * the order like any other. Every step is a timeline entry, in the caller's transaction.
 */
@Component
class RectificationOrders {

    /** Who can own a rectification: whoever does the work, on site or at the desk. */
    static final Set<Role> OWNER_ROLES = Set.of(Role.TECHNICIAN, Role.AGENT, Role.MANAGER, Role.KEY_CUSTODIAN);
    static final String NOT_AN_OWNER = "is not an active technician, agent, manager or key custodian of this project";

    private final WorkOrderService service;
    private final Staff staff;

    RectificationOrders(WorkOrderService service, Staff staff) {
        this.service = service;
        this.staff = staff;
    }

    static Mono<Boolean> canOwn(Staff staff, UUID userId, UUID projectId) {
        return staff.member(userId, projectId).map(m -> m.roles().stream().anyMatch(OWNER_ROLES::contains)).defaultIfEmpty(false);
    }

    /** Registers and assigns the order; {@code finding} is the RECTIFICATION_RAISED entry's note, {@code links} its changes. */
    Mono<WorkOrder> raise(Caller caller, WorkOrderService.Registration r, UUID assigneeId, String finding, List<FieldChange> links) {
        requireInspector(caller);
        return canOwn(staff, assigneeId, r.projectId())
                .flatMap(ok -> ok ? service.register(caller, r) : Mono.error(ApiException.invalidField("assigneeId", NOT_AN_OWNER)))
                .flatMap(created -> service.change(caller, created.order().id(), o -> { }, (o, now) -> {
                    WorkOrder.Builder b = o.toBuilder();
                    b.assigneeId = assigneeId;
                    b.status = WorkOrderStatus.ASSIGNED;
                    return Mono.just(new WorkOrderService.Change(b.build(), new Draft(Type.ASSIGNED, null, o.status(), WorkOrderStatus.ASSIGNED,
                            List.of(new FieldChange("assigneeId", null, assigneeId.toString())))));
                }))
                .flatMap(assigned -> service.change(caller, assigned.order().id(), o -> { }, (o, now) -> Mono.just(
                        new WorkOrderService.Change(null, new Draft(Type.RECTIFICATION_RAISED, finding, null, null, links)))))
                .map(WorkOrderView::order);
    }

    /**
     * 复查 of a done order (COMPLETED or CLOSED; otherwise 409 {@code RECTIFICATION_NOT_DONE}). PASS: → CLOSED (an order
     * a return visit already closed stays so). FAIL: → REOPENED, a round of rework, with {@code newDueAt} as its deadline.
     */
    Mono<WorkOrder> reinspect(Caller caller, UUID id, boolean pass, String note, OffsetDateTime newDueAt) {
        requireInspector(caller);
        return service.change(caller, id, o -> { }, (o, now) -> {
            if (!"RECTIFICATION".equals(o.type())) {
                return Mono.error(ApiException.conflict("NOT_A_RECTIFICATION", "Only rectification orders are re-inspected."));
            }
            if (o.status() != WorkOrderStatus.COMPLETED && o.status() != WorkOrderStatus.CLOSED) {
                return Mono.error(ApiException.conflict("RECTIFICATION_NOT_DONE", "Work order " + o.code() + " is " + o.status()
                        + ": re-inspect once its owner has completed it."));
            }
            List<FieldChange> changes = new ArrayList<>();
            changes.add(new FieldChange("result", null, pass ? "PASS" : "FAIL"));
            if (pass) {
                if (o.status() == WorkOrderStatus.CLOSED) {
                    return Mono.just(new WorkOrderService.Change(null, new Draft(Type.REINSPECTED, note, null, null, changes)));
                }
                return Mono.just(new WorkOrderService.Change(WorkOrderService.closed(o, now).build(),
                        new Draft(Type.REINSPECTED, note, o.status(), WorkOrderStatus.CLOSED, changes)));
            }
            WorkOrder.Builder b = o.toBuilder();
            b.status = WorkOrderStatus.REOPENED;
            b.reopenCount = o.reopenCount() + 1;
            b.completedAt = null;
            b.closedAt = null;
            b.returnVisitDueAt = null;
            b.resolutionDueAt = newDueAt.withOffsetSameInstant(ZoneOffset.UTC);
            changes.add(new FieldChange("resolutionDueAt", o.resolutionDueAt().toString(), b.resolutionDueAt.toString()));
            return Mono.just(new WorkOrderService.Change(b.build(), new Draft(Type.REINSPECTED, note, o.status(), WorkOrderStatus.REOPENED, changes)));
        }).map(WorkOrderView::order);
    }

    private static void requireInspector(Caller caller) {
        caller.requireRole("raise or re-inspect rectifications", Role.ADMIN, Role.MANAGER, Role.QUALITY_SUPERVISOR);
    }
}
