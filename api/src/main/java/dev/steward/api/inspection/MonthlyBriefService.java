package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.property.Projects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The monthly brief (月度简报) of the caller's projects (or one): the scores, ranking and change from the month before
 * ({@link MonthlyBriefRanking}), the check points most often missing, the rectification rates of the rectifications
 * raised in the month (the definitions of {@link RectificationSummaryService}) and the rectifications overdue at the
 * month's end, and the inspection tasks due in the month with those missed (应查未查, the definitions of
 * {@link TaskRepository#counts}). A month runs in each project's time zone.
 */
@Service
class MonthlyBriefService {

    static final int TOP_DEDUCTIONS = 20;
    static final int OVERDUE_LIST = 200;
    private static final YearMonth FIRST = YearMonth.of(2000, 1);

    record Brief(YearMonth month, UUID projectId, OffsetDateTime asOf, MonthlyBriefRepository.Headline headline,
            List<MonthlyBriefRanking.ProjectLine> projects, List<MonthlyBriefRepository.Deduction> topDeductions,
            RectificationSummaryService.Counts rectifications, List<RectificationService.View> overdue, long overdueCount,
            TaskRepository.Counts tasks) {}

    private final MonthlyBriefRepository briefs;
    private final TaskRepository tasks;
    private final RectificationStats stats;
    private final RectificationRepository rectifications;
    private final RectificationService rectificationViews;
    private final Projects projects;
    private final Clock clock;

    MonthlyBriefService(MonthlyBriefRepository briefs, TaskRepository tasks, RectificationStats stats, RectificationRepository rectifications,
            RectificationService rectificationViews, Projects projects, Clock clock) {
        this.briefs = briefs;
        this.tasks = tasks;
        this.stats = stats;
        this.rectifications = rectifications;
        this.rectificationViews = rectificationViews;
        this.projects = projects;
        this.clock = clock;
    }

    Mono<Brief> brief(Caller caller, String monthText, UUID projectId) {
        YearMonth month = parse(monthText);
        UUID[] scope = InspectionRoles.scope(caller, projectId);
        OffsetDateTime now = clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
        LocalDateTime previous = month.minusMonths(1).atDay(1).atStartOfDay();
        LocalDateTime from = month.atDay(1).atStartOfDay();
        LocalDateTime to = month.plusMonths(1).atDay(1).atStartOfDay();
        return projects.summaries(List.of(scope)).collectList().flatMap(ps -> {
            ZoneId zone = ps.isEmpty() ? ZoneOffset.UTC : ZoneId.of(ps.get(0).timezone());
            if (month.isAfter(YearMonth.from(now.atZoneSameInstant(zone)))) {
                return Mono.error(ApiException.invalidField("month", "must not be after the running month"));
            }
            OffsetDateTime monthEnd = to.atZone(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
            OffsetDateTime asOf = monthEnd.isBefore(now) ? monthEnd : now;
            // One query after another: a request holds one connection at a time.
            return briefs.scores(scope, previous, from, to).collectList().map(Parts::new)
                    .flatMap(p -> briefs.topDeductions(scope, from, to, TOP_DEDUCTIONS).collectList().map(p::deductions))
                    .flatMap(p -> stats.byProject(scope, from, to, now).collectList().map(p::counts))
                    .flatMap(p -> rectifications.overdueAt(scope, to, now, OVERDUE_LIST).collectList()
                            .flatMap(rectificationViews::withReinspections).map(p::overdue))
                    .flatMap(p -> rectifications.countOverdueAt(scope, to, now).map(p::overdueCount))
                    .flatMap(p -> tasks.countsInMonth(scope, from, to, now).collectList().map(p::tasks))
                    .flatMap(p -> briefs.headline().map(p::headline).defaultIfEmpty(p))
                    .map(p -> {
                        Map<String, RectificationStats.Group> byProject = p.counts.stream()
                                .collect(Collectors.toMap(RectificationStats.Group::key, g -> g));
                        UUID headline = p.headline == null ? null : p.headline.id();
                        Map<UUID, TaskRepository.Counts> taskCounts = p.tasks.stream()
                                .collect(Collectors.toMap(TaskRepository.Counts::projectId, c -> c));
                        return new Brief(month, projectId, asOf, p.headline, MonthlyBriefRanking.rank(ps, p.scores, headline, byProject, taskCounts),
                                p.deductions, total(p.counts), p.overdue, p.overdueCount, taskTotal(p.tasks));
                    });
        });
    }

    /** The brief as an XLSX workbook ({@link MonthlyBriefWorkbook}) in the language asked for. */
    Mono<ReportFile> export(Caller caller, String format, String month, UUID projectId, String lang) {
        InspectionExportService.requireXlsx(format);
        ReportText text = ReportText.of(lang);
        return brief(caller, month, projectId)
                // Writing the workbook is CPU work and stream writes: off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(b -> new ReportFile("monthly-brief-" + b.month() + ".xlsx", MonthlyBriefWorkbook.write(b, text)));
    }

    /** The parts of a brief as they are read. */
    private record Parts(List<MonthlyBriefRepository.TemplateScores> scores, List<MonthlyBriefRepository.Deduction> deductions,
            List<RectificationStats.Group> counts, List<RectificationService.View> overdue, long overdueCount,
            List<TaskRepository.Counts> tasks, MonthlyBriefRepository.Headline headline) {

        Parts(List<MonthlyBriefRepository.TemplateScores> scores) {
            this(scores, List.of(), List.of(), List.of(), 0, List.of(), null);
        }

        Parts deductions(List<MonthlyBriefRepository.Deduction> d) {
            return new Parts(scores, d, counts, overdue, overdueCount, tasks, headline);
        }

        Parts counts(List<RectificationStats.Group> c) {
            return new Parts(scores, deductions, c, overdue, overdueCount, tasks, headline);
        }

        Parts overdue(List<RectificationService.View> o) {
            return new Parts(scores, deductions, counts, o, overdueCount, tasks, headline);
        }

        Parts overdueCount(long n) {
            return new Parts(scores, deductions, counts, overdue, n, tasks, headline);
        }

        Parts tasks(List<TaskRepository.Counts> t) {
            return new Parts(scores, deductions, counts, overdue, overdueCount, t, headline);
        }

        Parts headline(MonthlyBriefRepository.Headline h) {
            return new Parts(scores, deductions, counts, overdue, overdueCount, tasks, h);
        }
    }

    /** The inspection tasks of every project added up. */
    static TaskRepository.Counts taskTotal(List<TaskRepository.Counts> counts) {
        return new TaskRepository.Counts(null, counts.stream().mapToLong(TaskRepository.Counts::due).sum(),
                counts.stream().mapToLong(TaskRepository.Counts::done).sum(), counts.stream().mapToLong(TaskRepository.Counts::doneLate).sum(),
                counts.stream().mapToLong(TaskRepository.Counts::missed).sum(), counts.stream().mapToLong(TaskRepository.Counts::open).sum());
    }

    /** The totals over the projects: the per-project counts added up, the rates from the sums. */
    static RectificationSummaryService.Counts total(List<RectificationStats.Group> groups) {
        long[] n = new long[7];
        for (RectificationStats.Group g : groups) {
            n[0] += g.raised();
            n[1] += g.closed();
            n[2] += g.open();
            n[3] += g.awaiting();
            n[4] += g.overdue();
            n[5] += g.due();
            n[6] += g.onTime();
        }
        return RectificationSummaryService.counts(new RectificationStats.Group("T", null, null, null, n[0], n[1], n[2], n[3], n[4], n[5], n[6]));
    }

    static YearMonth parse(String text) {
        YearMonth month;
        try {
            month = text == null ? null : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            month = null;
        }
        if (month == null || text.length() != 7 || month.isBefore(FIRST)) {
            throw ApiException.invalidField("month", "must be a month YYYY-MM from 2000-01");
        }
        return month;
    }

    static BigDecimal oneDecimal(BigDecimal v) {
        return v == null ? null : v.setScale(1, RoundingMode.HALF_UP);
    }

    static LocalDate lastDay(YearMonth month) {
        return month.atEndOfMonth();
    }
}
