package dev.steward.api.workorder;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Phones;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A work order as one caller sees it at one instant: reporter phone masked or not, SLA flags, allowed actions. */
record WorkOrderView(WorkOrder order, Reporter reporter, Sla sla, List<WorkOrderAction> allowedActions) {

    record Reporter(String name, String phone, boolean phoneMasked) {}

    record Sla(OffsetDateTime responseDueAt, OffsetDateTime resolutionDueAt, OffsetDateTime returnVisitDueAt,
            OffsetDateTime respondedAt, OffsetDateTime completedAt, OffsetDateTime closedAt,
            boolean responseBreached, boolean resolutionBreached) {

        /**
         * Breaches are computed on read: responded (or, while not yet, now) after the response due date;
         * completed (or now) after the resolution due date. Cancelled orders never breach.
         */
        static Sla of(WorkOrder o, Instant now) {
            boolean cancelled = o.status() == WorkOrderStatus.CANCELLED;
            return new Sla(o.responseDueAt(), o.resolutionDueAt(), o.returnVisitDueAt(), o.respondedAt(), o.completedAt(),
                    o.closedAt(),
                    !cancelled && late(o.respondedAt(), o.responseDueAt(), now),
                    !cancelled && late(o.completedAt(), o.resolutionDueAt(), now));
        }

        private static boolean late(OffsetDateTime doneAt, OffsetDateTime dueAt, Instant now) {
            Instant done = doneAt == null ? now : doneAt.toInstant();
            return done.isAfter(dueAt.toInstant());
        }
    }

    static WorkOrderView of(WorkOrder o, Caller caller, Instant now, boolean fullPhone) {
        Reporter reporter = fullPhone ? new Reporter(o.reporterName(), o.reporterPhone(), false)
                : new Reporter(o.reporterName(), Phones.mask(o.reporterPhone()), true);
        return new WorkOrderView(o, reporter, Sla.of(o, now), WorkOrderAction.allowed(caller, o.status(), o.assigneeId()));
    }
}
