package dev.steward.api.workorder;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.CallerText;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A list's filters, resolved against the caller: the projects to search, and for a technician, whose
 * orders ({@code technicianId}: theirs, plus unassigned NEW and REOPENED ones). Null means "no filter".
 * {@code code} is a whole code, {@code search} an ILIKE pattern for words, {@code caller} a phone or a unit
 * (see {@link CallerText}); at most one of the three is set.
 */
record WorkOrderQuery(UUID[] projectIds, String[] statuses, String type, String category, String priority, UUID assigneeId,
        UUID firstResponsibleId, UUID unitId, Boolean overdue, Late late, Boolean rework, String code, String search, OffsetDateTime createdFrom,
        OffsetDateTime createdTo, UUID technicianId, OffsetDateTime now, UUID buildingId, OffsetDateTime returnVisitDueBefore,
        Boolean withoutUnit, Boolean unassigned, CallerText caller, Sort sort) {

    /** A deadline missed: met after it, or not met and past it (cancelled orders never count). */
    enum Late {
        RESPONSE("(w.status <> 'CANCELLED' and (w.responded_at > w.response_due_at or (w.responded_at is null and w.response_due_at < $?)))"),
        RESOLUTION("(w.status <> 'CANCELLED' and (w.completed_at > w.resolution_due_at"
                + " or (w.completed_at is null and w.resolution_due_at < $?)))");

        final String sql;

        Late(String sql) {
            this.sql = sql;
        }

        static Late fromParameter(String value) {
            if (value == null) {
                return null;
            }
            return switch (value) {
                case "response" -> RESPONSE;
                case "resolution" -> RESOLUTION;
                default -> throw ApiException.invalidField("late", "is not one of response, resolution");
            };
        }
    }

    /** The orders a list can be in; each is keyset-paged on (its column, id). */
    enum Sort {
        /** Newest first. */
        CREATED_AT("w.created_at", true),
        /** 待回访: the return visit due soonest first; only orders awaiting one (COMPLETED). */
        RETURN_VISIT_DUE_AT("w.return_visit_due_at", false),
        /** The resolution due soonest first (the rework queue). */
        RESOLUTION_DUE_AT("w.resolution_due_at", false);

        final String column;
        final boolean descending;

        Sort(String column, boolean descending) {
            this.column = column;
            this.descending = descending;
        }

        String orderBy() {
            String dir = descending ? " desc" : "";
            return " order by " + column + dir + ", w.id" + dir;
        }

        /** The order's value of this sort's column (the cursor's first part). */
        OffsetDateTime of(WorkOrder o) {
            return switch (this) {
                case CREATED_AT -> o.createdAt();
                case RETURN_VISIT_DUE_AT -> o.returnVisitDueAt();
                case RESOLUTION_DUE_AT -> o.resolutionDueAt();
            };
        }

        static Sort fromParameter(String value) {
            if (value == null) {
                return CREATED_AT;
            }
            return switch (value) {
                case "returnVisitDueAt" -> RETURN_VISIT_DUE_AT;
                case "resolutionDueAt" -> RESOLUTION_DUE_AT;
                case "createdAt" -> CREATED_AT;
                default -> throw ApiException.invalidField("sort", "is not one of createdAt, returnVisitDueAt, resolutionDueAt");
            };
        }
    }
}
