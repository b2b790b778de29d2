package dev.steward.api.quality;

import dev.steward.api.quality.QualityModel.Figure;
import dev.steward.api.workorder.WorkOrderFigures;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Stream;

/**
 * Complaint ageing: the complaints open now (the complaint review's definition and age buckets, whenever registered — a
 * snapshot: no previous value, and none per month — the drill's {@code now} is null then), how many in each age bucket, and their mean age in days (0.1).
 * Drill-downs: the open complaints of the group, a bucket's bounded by registration time.
 */
final class OpenComplaintFigures {

    /** A value with commas in a drill-down stands for the parameter repeated (status=NEW&status=ASSIGNED…). */
    static final String OPEN_STATUSES = String.join(",", WorkOrderFigures.OPEN_COMPLAINT_STATUSES);

    /** The figures of this snapshot: they have no previous value. */
    static final java.util.Set<String> KEYS = java.util.stream.Stream.concat(Stream.of("openComplaints", "openComplaintsMeanAgeDays"),
            QualityModel.AGE_BUCKETS.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private OpenComplaintFigures() {}

    static void add(WorkOrderFigures.OpenComplaints open, QualityFigures.Drill d, List<Figure> f) {
        boolean none = d.now() == null;
        f.add(new Figure("openComplaints", none ? null : (double) (open == null ? 0 : open.open()), null, null, null, null, null,
                d.grouped("/api/v1/work-orders", "type", "COMPLAINT", "status", OPEN_STATUSES)));
        List<Integer> days = WorkOrderFigures.AGE_BUCKET_DAYS;
        for (int i = 0; i < days.size(); i++) {
            String[] bounds = bounds(d.now(), days.get(i), i + 1 < days.size() ? days.get(i + 1) : null);
            String[] more = QualityFigures.concat(new String[] {"type", "COMPLAINT", "status", OPEN_STATUSES}, bounds);
            long n = open == null ? 0 : open.byAge()[i];
            f.add(new Figure(QualityModel.AGE_BUCKETS.get(i), none ? null : (double) n, null, null, null, null, null,
                    d.grouped("/api/v1/work-orders", more)));
        }
        Double meanDays = open == null || open.meanAgeMinutes() == null ? null : QualityFigures.round(open.meanAgeMinutes() / 1440, 1);
        f.add(QualityFigures.value("openComplaintsMeanAgeDays", meanDays, null,
                d.grouped("/api/v1/work-orders", "type", "COMPLAINT", "status", OPEN_STATUSES)));
    }

    /**
     * Registered in (now − to days, now − from days]: the list's createdFrom is inclusive and createdTo exclusive, so both
     * move by a microsecond (the stored precision).
     */
    private static String[] bounds(OffsetDateTime now, int fromDays, Integer toDays) {
        if (now == null) {
            return new String[0];
        }
        OffsetDateTime upper = now.minusDays(fromDays).plus(1, ChronoUnit.MICROS);
        return toDays == null ? new String[] {"createdTo", upper.toString()}
                : new String[] {"createdFrom", now.minusDays(toDays).plus(1, ChronoUnit.MICROS).toString(), "createdTo", upper.toString()};
    }
}
