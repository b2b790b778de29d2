package dev.steward.api.workorder;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import dev.steward.api.platform.Times;
import dev.steward.api.property.Projects;
import dev.steward.api.workorder.WorkOrderStats.Count;
import dev.steward.api.workorder.WorkOrderStats.Figures;
import dev.steward.api.workorder.WorkOrderStats.TrendPoint;
import dev.steward.api.workorder.WorkOrderStatsRepository.CountRow;
import dev.steward.api.workorder.WorkOrderStatsRepository.ReworkRow;
import dev.steward.api.workorder.WorkOrderStatsRepository.Row;
import dev.steward.api.workorder.WorkOrderStatsRepository.TrendRow;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Work-order statistics and the daily complaint review of one project. Any member of the project may read the
 * statistics (TECHNICIAN and INTEGRATION included); the complaint review is for every role but TECHNICIAN.
 */
@Service
class WorkOrderStatsService {

    static final Duration DEFAULT_PERIOD = Duration.ofDays(30);
    /** Longer periods are charted week by week, so a chart never has more than about 60 points per year. */
    static final Duration DAILY_TREND_MAX = Duration.ofDays(62);
    /** A trend is capped at this many points (the contract's limit): about seven years of weeks. */
    static final int TREND_MAX = 400;

    private final WorkOrderStatsRepository repo;
    private final Projects projects;
    private final Clock clock;

    WorkOrderStatsService(WorkOrderStatsRepository repo, Projects projects, Clock clock) {
        this.repo = repo;
        this.projects = projects;
        this.clock = clock;
    }

    Mono<WorkOrderStats> stats(Caller caller, UUID projectId, String fromText, String toText) {
        caller.requireProject(projectId, "project");
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        OffsetDateTime parsedFrom = Times.parse(fromText, "from");
        OffsetDateTime parsedTo = Times.parse(toText, "to");
        OffsetDateTime to = parsedTo != null ? parsedTo : now;
        OffsetDateTime from = parsedFrom != null ? parsedFrom : to.minus(DEFAULT_PERIOD);
        if (to.isBefore(from)) {
            throw ApiException.invalidField("to", "must not be before from");
        }
        Mono<List<Row>> figures = repo.figures(projectId, from, to, now).collectList();
        Mono<List<CountRow>> counts = repo.counts(projectId, from, to).collectList();
        Mono<List<ReworkRow>> rework = repo.reworkByTechnician(projectId, from, to).collectList();
        WorkOrderStats.Interval interval = Duration.between(from, to).compareTo(DAILY_TREND_MAX) <= 0
                ? WorkOrderStats.Interval.DAY : WorkOrderStats.Interval.WEEK;
        Mono<List<TrendPoint>> trend = projects.summary(projectId).map(p -> ZoneId.of(p.timezone()))
                .flatMap(zone -> repo.trend(projectId, from, to, now, interval.name().toLowerCase(Locale.ROOT), zone.getId())
                        .collectList().map(rows -> trend(rows, interval, from.atZoneSameInstant(zone).toLocalDate(),
                                to.minusNanos(1).atZoneSameInstant(zone).toLocalDate())));
        return Mono.zip(figures, counts, rework, trend).map(t -> {
            Figures overall = t.getT1().stream().filter(Row::overall).findFirst().map(WorkOrderStatsService::figures)
                    .orElseGet(WorkOrderStatsService::empty);
            Map<UUID, ReworkRow> reworkBy = new HashMap<>();
            t.getT3().forEach(r -> reworkBy.put(r.assigneeId(), r));
            List<Figures> byAssignee = new ArrayList<>();
            for (Row r : t.getT1()) {
                if (!r.overall() && r.assigneeId() != null) {
                    ReworkRow rw = reworkBy.remove(r.assigneeId());
                    byAssignee.add(attributed(figures(r), rw == null ? 0 : rw.rework(), r.completed()));
                }
            }
            // Technicians whose earlier work was reworked in the period but who have no order of their own in it.
            reworkBy.values().forEach(rw -> byAssignee.add(attributed(new Figures(rw.assigneeId(), rw.assigneeName(), 0, 0, 0,
                    null, null, null, null, null, null, null, null, null, null), rw.rework(), 0)));
            byAssignee.sort(Comparator.comparing(Figures::assigneeName).thenComparing(Figures::assigneeId));
            return new WorkOrderStats(projectId, from, to, overall, counts(t.getT2(), "status"), counts(t.getT2(), "type"),
                    counts(t.getT2(), "category"), byAssignee, interval, t.getT4());
        });
    }

    /** At most this many open complaints are listed (oldest first); {@code total} counts them all up to this cap. */
    static final int REVIEW_MAX = 1000;

    /**
     * 投诉每日盘点. Open complaints are every status but COMPLETED, CLOSED and CANCELLED. The board shows every
     * complaint of the project, so a technician (who sees only their own orders) may not read it.
     */
    Mono<ComplaintReview> complaintReview(Caller caller, UUID projectId) {
        caller.requireProject(projectId, "project");
        caller.requireRole("read the complaint review", Role.ADMIN, Role.MANAGER, Role.AGENT, Role.KEY_CUSTODIAN, Role.QUALITY_SUPERVISOR,
                Role.INTEGRATION);
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        return repo.openComplaints(projectId, now, REVIEW_MAX).collectList().map(items -> {
            Map<ComplaintReview.Age, List<ComplaintReview.Item>> byAge = new EnumMap<>(ComplaintReview.Age.class);
            for (ComplaintReview.Age age : ComplaintReview.Age.values()) {
                byAge.put(age, new ArrayList<>());
            }
            for (ComplaintReview.Item item : items) {
                byAge.get(ComplaintReview.Age.of(item.ageMinutes())).add(item);
            }
            List<ComplaintReview.Bucket> buckets = new ArrayList<>();
            // Oldest first: the most urgent bucket leads.
            for (ComplaintReview.Age age : List.of(ComplaintReview.Age.MORE_THAN_7_DAYS, ComplaintReview.Age.DAYS_3_TO_7,
                    ComplaintReview.Age.DAYS_1_TO_3, ComplaintReview.Age.LESS_THAN_1_DAY)) {
                buckets.add(new ComplaintReview.Bucket(age, byAge.get(age)));
            }
            return new ComplaintReview(projectId, now, items.size(), buckets);
        });
    }

    /** Every day (or week) from {@code first} to {@code last}, zero where no order was registered, latest {@link #TREND_MAX}. */
    private static List<TrendPoint> trend(List<TrendRow> rows, WorkOrderStats.Interval interval, LocalDate first, LocalDate last) {
        Map<LocalDate, TrendRow> byStart = new HashMap<>();
        rows.forEach(r -> byStart.put(r.start(), r));
        boolean weeks = interval == WorkOrderStats.Interval.WEEK;
        LocalDate start = weeks ? first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : first;
        List<TrendPoint> points = new ArrayList<>();
        for (LocalDate d = start; !d.isAfter(last); d = weeks ? d.plusWeeks(1) : d.plusDays(1)) {
            TrendRow r = byStart.get(d);
            points.add(r == null ? new TrendPoint(d, 0, 0, 0, null, null)
                    : new TrendPoint(d, r.registered(), r.completed(), r.rework(), rate(r.resolutionOnTime(), r.resolutionKnown()),
                            round(r.meanSatisfaction(), 2)));
        }
        return points.size() <= TREND_MAX ? points : points.subList(points.size() - TREND_MAX, points.size());
    }

    private static List<Count> counts(List<CountRow> rows, String dimension) {
        return rows.stream().filter(r -> dimension.equals(r.dimension())).map(r -> new Count(r.key(), r.count())).toList();
    }

    private static Figures figures(Row r) {
        return new Figures(r.assigneeId(), r.assigneeName(), r.total(), r.completed(), r.rework(),
                rate(r.responseOnTime(), r.responseKnown()), rate(r.resolutionOnTime(), r.resolutionKnown()),
                minutes(r.meanResponse()), minutes(r.p90Response()), minutes(r.meanResolution()), minutes(r.p90Resolution()),
                rate(r.rework(), r.completed()), rate(r.visited(), r.completed()), rate(r.closedOnTime(), r.closed()),
                round(r.meanSatisfaction(), 2));
    }

    /** Per technician, rework counts for whoever's work needed it (see {@link WorkOrderStatsRepository#reworkByTechnician}). */
    private static Figures attributed(Figures f, long rework, long completed) {
        return new Figures(f.assigneeId(), f.assigneeName(), f.total(), f.completed(), rework, f.responseOnTimeRate(),
                f.resolutionOnTimeRate(), f.meanResponseMinutes(), f.p90ResponseMinutes(), f.meanResolutionMinutes(),
                f.p90ResolutionMinutes(), rate(rework, completed), f.returnVisitRate(), f.returnVisitOnTimeRate(), f.meanSatisfaction());
    }

    private static Figures empty() {
        return new Figures(null, null, 0, 0, 0, null, null, null, null, null, null, null, null, null, null);
    }

    /** part ÷ whole rounded to 4 places; null when the whole is 0. */
    static Double rate(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole, 4);
    }

    static Double minutes(Double value) {
        return round(value, 1);
    }

    private static Double round(Double value, int places) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }

}
