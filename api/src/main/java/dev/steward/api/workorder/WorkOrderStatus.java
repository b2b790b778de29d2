package dev.steward.api.workorder;

import java.util.EnumSet;
import java.util.Set;

/**
 * The work-order state machine:
 * NEW → ASSIGNED → IN_PROGRESS ⇄ ON_HOLD → COMPLETED → CLOSED (satisfied return visit) or
 * → REOPENED (unsatisfied, or reopened by hand) → IN_PROGRESS (返修: the same technician starts the rework) or
 * → ASSIGNED (改派: the desk dispatches it to someone else) …; NEW / ASSIGNED / REOPENED → CANCELLED.
 * ASSIGNED → ASSIGNED is a re-assignment. CLOSED may still be reopened; CANCELLED is final.
 */
enum WorkOrderStatus {
    NEW, ASSIGNED, IN_PROGRESS, ON_HOLD, COMPLETED, CLOSED, REOPENED, CANCELLED;

    /** The statuses this one may legally become. */
    Set<WorkOrderStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ASSIGNED, CANCELLED);
            case ASSIGNED -> EnumSet.of(ASSIGNED, IN_PROGRESS, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(ON_HOLD, COMPLETED);
            case ON_HOLD -> EnumSet.of(IN_PROGRESS);
            case COMPLETED -> EnumSet.of(CLOSED, REOPENED);
            case CLOSED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(ASSIGNED, IN_PROGRESS, CANCELLED);
            case CANCELLED -> EnumSet.noneOf(WorkOrderStatus.class);
        };
    }

    boolean canBecome(WorkOrderStatus target) {
        return next().contains(target);
    }

    /** Closed and cancelled orders are history: no edits, and only CLOSED may still be reopened. */
    boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }

    /** Throws the 409 {@code WORK_ORDER_ILLEGAL_TRANSITION} unless this status may become {@code target}. */
    void requireTransition(WorkOrderStatus target, WorkOrderAction action) {
        if (!canBecome(target)) {
            throw WorkOrderProblems.illegalTransition(this, target, action);
        }
    }
}
