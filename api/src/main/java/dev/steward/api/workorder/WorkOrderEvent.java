package dev.steward.api.workorder;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One entry of a work order's append-only timeline. */
record WorkOrderEvent(UUID id, Type type, UUID actorId, String actorName, OffsetDateTime at, String note,
        WorkOrderStatus fromStatus, WorkOrderStatus toStatus, List<FieldChange> changes) {

    enum Type {
        CREATED, UPDATED, ASSIGNED, STARTED, HELD, RESUMED, COMPLETED, RETURN_VISITED, RETURN_VISIT_ATTEMPTED, REOPENED,
        CANCELLED, COMMENTED, SLA_BREACHED, KEY_CHECKED_OUT, KEY_RETURNED, ATTACHMENT_ADDED, RECTIFICATION_RAISED, REINSPECTED
    }

    /** A field that changed, as text (null: was or became empty); labels name the people behind ids (assigneeId). */
    record FieldChange(String field, String from, String to, String fromLabel, String toLabel) {

        FieldChange(String field, String from, String to) {
            this(field, from, to, null, null);
        }
    }

    /** What a change appends, before it has an id and a time. */
    record Draft(Type type, String note, WorkOrderStatus fromStatus, WorkOrderStatus toStatus, List<FieldChange> changes) {

        static Draft of(Type type, String note, WorkOrderStatus from, WorkOrderStatus to) {
            return new Draft(type, note, from, to, List.of());
        }
    }
}
