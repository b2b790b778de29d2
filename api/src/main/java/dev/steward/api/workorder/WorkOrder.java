package dev.steward.api.workorder;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A work order as stored, with the display names of its unit and people. Changes are made on copies
 * ({@link #toBuilder()}) and written back whole, guarded by {@code version}.
 */
record WorkOrder(
        UUID id, UUID projectId, String code, UUID unitId, String unitLabel, String location,
        String type, String category, String priority, String channel, String title, String description,
        String reporterName, String reporterPhone,
        UUID firstResponsibleId, String firstResponsibleName, UUID assigneeId, String assigneeName,
        WorkOrderStatus status,
        OffsetDateTime responseDueAt, OffsetDateTime resolutionDueAt, OffsetDateTime returnVisitDueAt,
        OffsetDateTime respondedAt, OffsetDateTime completedAt, OffsetDateTime closedAt,
        String resolution, Long feeFen, UUID reworkOf, int reopenCount, Integer satisfaction, UUID surveyCommentId,
        UUID rectificationId, String externalId,
        long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    Builder toBuilder() {
        return new Builder(this);
    }

    /** The mutable fields of a work order; identity, code, type and provenance never change. */
    static final class Builder {
        private final WorkOrder base;
        UUID unitId;
        String location;
        String category;
        String priority;
        String title;
        String description;
        UUID assigneeId;
        WorkOrderStatus status;
        OffsetDateTime responseDueAt;
        OffsetDateTime resolutionDueAt;
        OffsetDateTime returnVisitDueAt;
        OffsetDateTime respondedAt;
        OffsetDateTime completedAt;
        OffsetDateTime closedAt;
        String resolution;
        Long feeFen;
        int reopenCount;
        Integer satisfaction;

        private Builder(WorkOrder o) {
            base = o;
            unitId = o.unitId;
            location = o.location;
            category = o.category;
            priority = o.priority;
            title = o.title;
            description = o.description;
            assigneeId = o.assigneeId;
            status = o.status;
            responseDueAt = o.responseDueAt;
            resolutionDueAt = o.resolutionDueAt;
            returnVisitDueAt = o.returnVisitDueAt;
            respondedAt = o.respondedAt;
            completedAt = o.completedAt;
            closedAt = o.closedAt;
            resolution = o.resolution;
            feeFen = o.feeFen;
            reopenCount = o.reopenCount;
            satisfaction = o.satisfaction;
        }

        WorkOrder build() {
            WorkOrder o = base;
            return new WorkOrder(o.id, o.projectId, o.code, unitId, o.unitLabel, location, o.type, category, priority,
                    o.channel, title, description, o.reporterName, o.reporterPhone, o.firstResponsibleId,
                    o.firstResponsibleName, assigneeId, o.assigneeName, status, responseDueAt, resolutionDueAt,
                    returnVisitDueAt, respondedAt, completedAt, closedAt, resolution, feeFen, o.reworkOf, reopenCount,
                    satisfaction, o.surveyCommentId, o.rectificationId, o.externalId, o.version, o.createdAt, o.updatedAt);
        }
    }
}
