package dev.steward.api.workorder;

import static dev.steward.api.workorder.WorkOrderStatus.ASSIGNED;
import static dev.steward.api.workorder.WorkOrderStatus.CANCELLED;
import static dev.steward.api.workorder.WorkOrderStatus.CLOSED;
import static dev.steward.api.workorder.WorkOrderStatus.COMPLETED;
import static dev.steward.api.workorder.WorkOrderStatus.IN_PROGRESS;
import static dev.steward.api.workorder.WorkOrderStatus.ON_HOLD;
import static dev.steward.api.workorder.WorkOrderStatus.REOPENED;
import static dev.steward.api.workorder.WorkOrderValues.blankToNull;
import static dev.steward.api.workorder.WorkOrderValues.now;
import static dev.steward.api.workorder.WorkOrderValues.required;
import static dev.steward.api.workorder.WorkOrderValues.text;
import static dev.steward.api.workorder.WorkOrderValues.utc;
import static dev.steward.api.workorder.WorkOrderVisibility.seesPhone;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import dev.steward.api.property.Projects;
import dev.steward.api.workorder.WorkOrderEvent.Draft;
import dev.steward.api.workorder.WorkOrderEvent.FieldChange;
import dev.steward.api.workorder.WorkOrderEvent.Type;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The state machine's actions (assign, start, hold, resume, complete, return visit, reopen, cancel, comment) and who
 * may take them. Every change and its timeline entry are written in one transaction; a change is applied only if the
 * order is still in the state it was checked against, else it is re-evaluated on a fresh read.
 */
@Service
class WorkOrderTransitions {

    /** Re-reads after a concurrent change before giving up with 409 WORK_ORDER_CHANGED. */
    private static final int RETRIES = 3;

    /** The new state of an order (null: the row does not change) and the entry it adds to the timeline. */
    record Change(WorkOrder next, Draft event) {}

    /** The order changed between our read and our write; the change is retried on a fresh read. */
    private static final class Stale extends RuntimeException {
        Stale() {
            super("stale", null, false, false);
        }
    }

    private final WorkOrderRepository repo;
    private final WorkOrderTimeline timeline;
    private final WorkOrderVisibility visibility;
    private final Projects projects;
    private final Staff staff;
    private final SlaSettings sla;
    private final CompletionEvidence evidence;
    private final TransactionalOperator tx;
    private final Clock clock;

    WorkOrderTransitions(WorkOrderRepository repo, WorkOrderTimeline timeline, WorkOrderVisibility visibility, Projects projects, Staff staff, SlaSettings sla,
            CompletionEvidence evidence, TransactionalOperator tx, Clock clock) {
        this.repo = repo;
        this.timeline = timeline;
        this.visibility = visibility;
        this.projects = projects;
        this.staff = staff;
        this.sla = sla;
        this.evidence = evidence;
        this.tx = tx;
        this.clock = clock;
    }

    Mono<WorkOrderView> assign(Caller caller, UUID id, UUID assigneeId, String note) {
        return change(caller, id, WorkOrderAction.ASSIGN, (o, now) -> {
            WorkOrderAction.ASSIGN.requireTransition(o.status(), ASSIGNED);
            Mono<Boolean> eligible = "RECTIFICATION".equals(o.type()) ? RectificationOrders.canOwn(staff, assigneeId, o.projectId())
                    : staff.isActiveMember(assigneeId, o.projectId(), Role.TECHNICIAN);
            return eligible.flatMap(ok -> {
                if (!ok) {
                    return Mono.error(ApiException.invalidField("assigneeId", "RECTIFICATION".equals(o.type())
                            ? RectificationOrders.NOT_AN_OWNER : "is not an active technician of this work order's project"));
                }
                WorkOrder.Builder b = o.toBuilder();
                b.assigneeId = assigneeId;
                b.status = ASSIGNED;
                return Mono.just(new Change(b.build(), new Draft(Type.ASSIGNED, blankToNull(note), o.status(), ASSIGNED,
                        List.of(new FieldChange("assigneeId", text(o.assigneeId()), assigneeId.toString())))));
            });
        });
    }

    /** On site: the first start is the response (sets respondedAt). */
    Mono<WorkOrderView> start(Caller caller, UUID id, String note) {
        return change(caller, id, WorkOrderAction.START, (o, now) -> {
            WorkOrderAction.START.requireTransition(o.status(), IN_PROGRESS);
            WorkOrder.Builder b = o.toBuilder();
            b.status = IN_PROGRESS;
            if (b.respondedAt == null) {
                b.respondedAt = utc(now);
            }
            return Mono.just(new Change(b.build(), Draft.of(Type.STARTED, blankToNull(note), o.status(), IN_PROGRESS)));
        });
    }

    Mono<WorkOrderView> hold(Caller caller, UUID id, String reason) {
        return simple(caller, id, WorkOrderAction.HOLD, ON_HOLD, Type.HELD, required(reason, "reason"));
    }

    Mono<WorkOrderView> resume(Caller caller, UUID id, String note) {
        return simple(caller, id, WorkOrderAction.RESUME, IN_PROGRESS, Type.RESUMED, blankToNull(note));
    }

    Mono<WorkOrderView> complete(Caller caller, UUID id, String resolution, Long feeFen) {
        String text = required(resolution, "resolution");
        return change(caller, id, WorkOrderAction.COMPLETE, (o, now) -> {
            WorkOrderAction.COMPLETE.requireTransition(o.status(), COMPLETED);
            return evidence.require(o).then(Mono.zip(WorkOrderValues.zone(projects, o.projectId()), sla.policy(o.projectId()))).map(t -> {
                WorkOrder.Builder b = o.toBuilder();
                b.status = COMPLETED;
                b.completedAt = utc(now);
                b.returnVisitDueAt = utc(t.getT2().returnVisitDue(now, t.getT1()));
                b.resolution = text;
                List<FieldChange> changes = List.of();
                if (feeFen != null) {
                    b.feeFen = feeFen;
                    changes = List.of(new FieldChange("feeFen", text(o.feeFen()), feeFen.toString()));
                }
                return new Change(b.build(), new Draft(Type.COMPLETED, text, o.status(), COMPLETED, changes));
            });
        });
    }

    /**
     * 回访. Not reached: an attempt on the timeline, the order stays COMPLETED. Reached: satisfaction 3–5 closes
     * the order; 1–2 reopens it (返修) for another round.
     */
    Mono<WorkOrderView> returnVisit(Caller caller, UUID id, boolean reached, Integer satisfaction, String comment) {
        if (reached && satisfaction == null) {
            throw ApiException.invalidField("satisfaction", "is required when the resident was reached");
        }
        if (!reached && satisfaction != null) {
            throw ApiException.invalidField("satisfaction", "must be absent when the resident was not reached");
        }
        String note = blankToNull(comment);
        return change(caller, id, WorkOrderAction.RETURN_VISIT, (o, now) -> {
            if (!reached) {
                WorkOrderAction.RETURN_VISIT.requireTransition(o.status(), COMPLETED);
                return Mono.just(new Change(null, Draft.of(Type.RETURN_VISIT_ATTEMPTED, note, null, null)));
            }
            WorkOrderStatus to = satisfaction >= 3 ? CLOSED : REOPENED;
            WorkOrderAction.RETURN_VISIT.requireTransition(o.status(), to);
            return (to == CLOSED ? Mono.just(closed(o, now)) : reopened(o, now)).map(b -> {
                b.satisfaction = satisfaction;
                return new Change(b.build(), new Draft(Type.RETURN_VISITED, note, o.status(), to,
                        List.of(new FieldChange("satisfaction", text(o.satisfaction()), satisfaction.toString()))));
            });
        });
    }

    Mono<WorkOrderView> reopen(Caller caller, UUID id, String reason) {
        String note = required(reason, "reason");
        return change(caller, id, WorkOrderAction.REOPEN, (o, now) -> {
            WorkOrderAction.REOPEN.requireTransition(o.status(), REOPENED);
            return reopened(o, now).map(b -> new Change(b.build(), Draft.of(Type.REOPENED, note, o.status(), REOPENED)));
        });
    }

    Mono<WorkOrderView> cancel(Caller caller, UUID id, String reason) {
        return simple(caller, id, WorkOrderAction.CANCEL, CANCELLED, Type.CANCELLED, required(reason, "reason"));
    }

    Mono<WorkOrderView> comment(Caller caller, UUID id, String text) {
        String note = required(text, "text");
        return change(caller, id, WorkOrderAction.COMMENT,
                (o, now) -> Mono.just(new Change(null, Draft.of(Type.COMMENTED, note, null, null))));
    }

    static WorkOrder.Builder closed(WorkOrder o, Instant now) {
        WorkOrder.Builder b = o.toBuilder();
        b.status = CLOSED;
        b.closedAt = utc(now);
        return b;
    }

    /**
     * Reopening (返修) counts a round of rework and clears the completion. The rework gets its own resolution
     * deadline, from now by the project's SLA policy: the first deadline has long passed, and rework that is
     * overdue the moment it is reopened would drown the overdue list. The assignee stays: rework goes back to
     * whoever did the work, unless the desk re-assigns it.
     */
    private Mono<WorkOrder.Builder> reopened(WorkOrder o, Instant now) {
        return Mono.zip(WorkOrderValues.zone(projects, o.projectId()), sla.policy(o.projectId())).map(t -> {
            WorkOrder.Builder b = o.toBuilder();
            b.status = REOPENED;
            b.reopenCount = o.reopenCount() + 1;
            b.completedAt = null;
            b.closedAt = null;
            b.returnVisitDueAt = null;
            b.resolutionDueAt = utc(t.getT2().dueDates(o.type(), o.priority(), now, t.getT1()).resolutionDueAt());
            return b;
        });
    }

    private Mono<WorkOrderView> simple(Caller caller, UUID id, WorkOrderAction action, WorkOrderStatus to, Type type, String note) {
        return change(caller, id, action, (o, now) -> {
            action.requireTransition(o.status(), to);
            WorkOrder.Builder b = o.toBuilder();
            b.status = to;
            return Mono.just(new Change(b.build(), Draft.of(type, note, o.status(), to)));
        });
    }

    /**
     * Runs one action in a transaction: read the order as the caller sees it (404), check the caller may act (403)
     * and the transition (409), then write the new state only if the row is unchanged (same status and version) and
     * append the timeline entry. If someone else changed the order in between, the action is re-evaluated on a fresh
     * read: of simultaneous cancels exactly one succeeds, and the others find a CANCELLED order (409).
     */
    private Mono<WorkOrderView> change(Caller caller, UUID id, WorkOrderAction action,
            BiFunction<WorkOrder, Instant, Mono<Change>> plan) {
        return change(caller, id, current -> action.requirePermitted(caller, current.assigneeId()), plan);
    }

    /** {@link #change} with a permission check of the caller's own: for the actions other features take through the facade. */
    Mono<WorkOrderView> change(Caller caller, UUID id, Consumer<WorkOrder> permit, BiFunction<WorkOrder, Instant, Mono<Change>> plan) {
        return tx.transactional(Mono.defer(() -> visibility.visible(caller, id).flatMap(current -> {
                            permit.accept(current);
                            Instant now = now(clock);
                            return plan.apply(current, now).flatMap(c -> apply(caller, current, c, now));
                        }))
                        .retryWhen(Retry.max(RETRIES).filter(Stale.class::isInstance)
                                .onRetryExhaustedThrow((spec, signal) -> WorkOrderProblems.changedConcurrently(id))))
                .map(o -> WorkOrderView.of(o, caller, now(clock), seesPhone(caller, o)));
    }

    private Mono<WorkOrder> apply(Caller caller, WorkOrder current, Change c, Instant now) {
        OffsetDateTime at = utc(now);
        Mono<Boolean> written = c.next() == null ? Mono.just(true) : repo.update(current, c.next(), at);
        return written.flatMap(ok -> ok ? timeline.append(current.projectId(), current.id(), caller.userId(), at, c.event())
                        .then(Mono.defer(() -> visibility.reload(caller, current.id())))
                : Mono.error(new Stale()));
    }
}
