package dev.steward.api.workorder;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Service-quality figures of the orders registered in one project in [from, to); see docs/work-orders.md for the
 * formulas. Rates are fractions (0–1, rounded to 4 places), minutes are rounded to 0.1; null when undefined.
 */
record WorkOrderStats(UUID projectId, OffsetDateTime from, OffsetDateTime to, Figures overall, List<Count> byStatus,
        List<Count> byType, List<Count> byCategory, List<Figures> byAssignee, Interval trendInterval, List<TrendPoint> trend) {

    enum Interval { DAY, WEEK }

    /** Orders registered on one day or in one week (starting {@code start}, a Monday for weeks). */
    record TrendPoint(LocalDate start, long registered, long completed, long reworkCount, Double resolutionOnTimeRate,
            Double meanSatisfaction) {}

    record Count(String key, long count) {}

    /** The figures of one group: all orders (assigneeId null) or one assignee's. */
    record Figures(UUID assigneeId, String assigneeName, long total, long completed, long reworkCount,
            Double responseOnTimeRate, Double resolutionOnTimeRate, Double meanResponseMinutes, Double p90ResponseMinutes,
            Double meanResolutionMinutes, Double p90ResolutionMinutes, Double reworkRate, Double returnVisitRate,
            Double returnVisitOnTimeRate, Double meanSatisfaction) {}
}
