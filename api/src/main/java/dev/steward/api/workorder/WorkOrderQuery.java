package dev.steward.api.workorder;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A list's filters, resolved against the caller: the projects to search, and for a technician, whose
 * orders ({@code technicianId}: theirs, plus unassigned NEW and REOPENED ones). Null means "no filter".
 */
record WorkOrderQuery(UUID[] projectIds, String[] statuses, String type, String category, String priority, UUID assigneeId,
        UUID firstResponsibleId, UUID unitId, Boolean overdue, String code, String search, OffsetDateTime createdFrom,
        OffsetDateTime createdTo, UUID technicianId, OffsetDateTime now) {}
