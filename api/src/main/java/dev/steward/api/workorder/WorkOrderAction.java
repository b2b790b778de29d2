package dev.steward.api.workorder;

import static dev.steward.api.workorder.WorkOrderStatus.ASSIGNED;
import static dev.steward.api.workorder.WorkOrderStatus.CANCELLED;
import static dev.steward.api.workorder.WorkOrderStatus.CLOSED;
import static dev.steward.api.workorder.WorkOrderStatus.COMPLETED;
import static dev.steward.api.workorder.WorkOrderStatus.IN_PROGRESS;
import static dev.steward.api.workorder.WorkOrderStatus.NEW;
import static dev.steward.api.workorder.WorkOrderStatus.ON_HOLD;
import static dev.steward.api.workorder.WorkOrderStatus.REOPENED;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What people do to a work order: who may do it, from which statuses, and to which status it leads
 * ({@code null}: no fixed target — edits and comments keep the status, a return visit decides by its outcome).
 * Every (from, target) pair here is a legal {@link WorkOrderStatus} transition (unit-tested).
 */
enum WorkOrderAction {
    EDIT(Who.FRONT_DESK, null, "edited", "edit", NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, COMPLETED, REOPENED),
    ASSIGN(Who.FRONT_DESK, ASSIGNED, "assigned", "assign", NEW, ASSIGNED, REOPENED),
    START(Who.ASSIGNEE_OR_MANAGER, IN_PROGRESS, "started", "start", ASSIGNED, REOPENED),
    HOLD(Who.ASSIGNEE_OR_MANAGER, ON_HOLD, "put on hold", "put on hold", IN_PROGRESS),
    RESUME(Who.ASSIGNEE_OR_MANAGER, IN_PROGRESS, "resumed", "resume", ON_HOLD),
    COMPLETE(Who.ASSIGNEE_OR_MANAGER, COMPLETED, "completed", "complete", IN_PROGRESS),
    RETURN_VISIT(Who.FRONT_DESK, null, "given a return visit", "record return visits on", COMPLETED),
    REOPEN(Who.FRONT_DESK, REOPENED, "reopened", "reopen", COMPLETED, CLOSED),
    CANCEL(Who.MANAGER, CANCELLED, "cancelled", "cancel", NEW, ASSIGNED, REOPENED),
    COMMENT(Who.STAFF, null, "commented on", "comment on", WorkOrderStatus.values());

    /**
     * Who may act. ADMIN may do whatever a MANAGER may; INTEGRATION only comments — and only an API client's token
     * with {@code work-orders:write} gets a write that far (the security chain refuses the others).
     */
    enum Who {
        /** AGENT, MANAGER, ADMIN: register, edit, dispatch, return visits, reopen. */
        FRONT_DESK,
        /** MANAGER, ADMIN. */
        MANAGER,
        /** The order's assignee, or a MANAGER / ADMIN. */
        ASSIGNEE_OR_MANAGER,
        /** Any staff member who can see the order. */
        STAFF
    }

    private final Who who;
    private final WorkOrderStatus target;
    private final String verb;
    private final String infinitive;
    private final Set<WorkOrderStatus> from;

    WorkOrderAction(Who who, WorkOrderStatus target, String verb, String infinitive, WorkOrderStatus... from) {
        this.who = who;
        this.target = target;
        this.verb = verb;
        this.infinitive = infinitive;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    Who who() {
        return who;
    }

    /** The status this action leads to, or null when it has none of its own. */
    WorkOrderStatus target() {
        return target;
    }

    String verb() {
        return verb;
    }

    String infinitive() {
        return infinitive;
    }

    Set<WorkOrderStatus> from() {
        return from;
    }

    boolean availableFrom(WorkOrderStatus status) {
        return from.contains(status);
    }

    boolean permits(Caller caller, UUID assigneeId) {
        if (caller.has(Role.INTEGRATION)) {
            return who == Who.STAFF;
        }
        return switch (who) {
            case FRONT_DESK -> caller.hasAny(Role.ADMIN, Role.MANAGER, Role.AGENT);
            case MANAGER -> caller.hasAny(Role.ADMIN, Role.MANAGER);
            case ASSIGNEE_OR_MANAGER -> caller.hasAny(Role.ADMIN, Role.MANAGER) || caller.userId().equals(assigneeId);
            case STAFF -> true;
        };
    }

    /** 403 unless the caller may do this to an order with this assignee. */
    void requirePermitted(Caller caller, UUID assigneeId) {
        if (!permits(caller, assigneeId)) {
            throw WorkOrderProblems.notPermitted(this);
        }
    }

    /** 409 unless this action may take an order from {@code current} to {@code to}. */
    void requireTransition(WorkOrderStatus current, WorkOrderStatus to) {
        if (!availableFrom(current)) {
            if (this == EDIT) {
                throw WorkOrderProblems.notEditable(current);
            }
            throw WorkOrderProblems.illegalTransition(current, to, this);
        }
        if (to != current || this == ASSIGN) {
            current.requireTransition(to, this);
        }
    }

    /**
     * The actions the caller may take now: the buttons the SPA shows. None for INTEGRATION: its password logins may not
     * write at all, and an API client's comments depend on its token's scope, which the order does not know.
     */
    static List<WorkOrderAction> allowed(Caller caller, WorkOrderStatus status, UUID assigneeId) {
        if (caller.has(Role.INTEGRATION)) {
            return List.of();
        }
        return Arrays.stream(values()).filter(a -> a.availableFrom(status) && a.permits(caller, assigneeId)).toList();
    }
}
