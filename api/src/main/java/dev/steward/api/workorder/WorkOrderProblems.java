package dev.steward.api.workorder;

import dev.steward.api.platform.ApiException;
import java.util.UUID;

/** The work-order failures a client can act on, as static factories. */
final class WorkOrderProblems {

    private WorkOrderProblems() {}

    static ApiException notFound(UUID id) {
        return ApiException.notFound("work order", id);
    }

    static ApiException illegalTransition(WorkOrderStatus from, WorkOrderStatus to, WorkOrderAction action) {
        return ApiException.conflict("WORK_ORDER_ILLEGAL_TRANSITION", "Illegal transition from " + from + " to " + to
                + ": a " + from + " work order cannot be " + action.verb() + ".");
    }

    static ApiException notEditable(WorkOrderStatus status) {
        return ApiException.conflict("WORK_ORDER_NOT_EDITABLE", "A " + status + " work order can no longer be edited.");
    }

    static ApiException notPermitted(WorkOrderAction action) {
        return ApiException.forbidden("ROLE_NOT_ALLOWED", switch (action.who()) {
            case ASSIGNEE_OR_MANAGER -> "Only the assignee or a manager may " + action.infinitive() + " this work order.";
            case MANAGER -> "Only a manager may " + action.infinitive() + " work orders.";
            case FRONT_DESK -> "Only agents and managers may " + action.infinitive() + " work orders.";
            case STAFF -> "Your role may not " + action.infinitive() + " work orders.";
        });
    }

    /** The retries after concurrent changes ran out; rare, since each retry re-reads the order. */
    static ApiException changedConcurrently(UUID id) {
        return ApiException.conflict("WORK_ORDER_CHANGED", "Work order " + id + " is being changed by someone else. Reload and try again.");
    }
}
