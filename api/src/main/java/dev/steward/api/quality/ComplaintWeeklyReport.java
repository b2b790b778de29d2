package dev.steward.api.quality;

import dev.steward.api.platform.Caller;
import dev.steward.api.workorder.WorkOrderFigures;
import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * 投诉周报 of one project and ISO week (docs/quality.md "Reports"): complaints registered (the picture's {@code complaints}
 * figure, from the same statistics SQL), completed in the week, open at the week's end by age (the complaint review's
 * buckets), per category with their handling notes, repeat units (≥ 2 complaints in 90 days), and the lists.
 */
@Service
class ComplaintWeeklyReport {

    /** Age buckets' lower bounds in days, as the complaint review (投诉每日盘点) buckets open complaints. */
    static final List<String> AGES = List.of("LESS_THAN_1_DAY", "DAYS_1_TO_3", "DAYS_3_TO_7", "MORE_THAN_7_DAYS");

    record Weekly(ReportPeriod period, long registered, long completed, long[] openByAge, List<ReportRepository.Day> days,
            List<ReportRepository.Cause> causes, List<ReportRepository.RepeatUnit> repeatUnits, List<ReportRepository.Complaint> complaints,
            List<ReportRepository.Complaint> open) {

        long openAtEnd() {
            long n = 0;
            for (long a : openByAge) {
                n += a;
            }
            return n;
        }
    }

    private final ReportPeriods periods;
    private final WorkOrderFigures figures;
    private final ReportRepository repo;

    ComplaintWeeklyReport(ReportPeriods periods, WorkOrderFigures figures, ReportRepository repo) {
        this.periods = periods;
        this.figures = figures;
        this.repo = repo;
    }

    Mono<Weekly> report(Caller caller, UUID projectId, String week) {
        return periods.open(caller, projectId, ReportPeriod.Kind.WEEK, week).flatMap(this::read);
    }

    /** One query after another: a request holds one connection at a time. */
    Mono<Weekly> read(ReportPeriod p) {
        UUID id = p.project().id();
        return Mono.defer(() -> {
            Parts x = new Parts();
            return figures.counts(new UUID[] {id}, p.from(), p.to(), p.asOf(), GroupBy.PROJECT).doOnNext(c -> x.registered += c.complaints())
                    .then(repo.days(id, p.from(), p.to(), p.project().timezone()).collectList()).doOnNext(d -> x.days = week(p, d))
                    .then(repo.openAges(id, p.asOf())).doOnNext(a -> x.ages = a)
                    .then(repo.causes(id, p.from(), p.to()).collectList()).doOnNext(c -> x.causes = c)
                    .then(repo.repeatUnits(id, p.asOf()).collectList()).doOnNext(r -> x.repeats = r)
                    .then(repo.registered(id, p.from(), p.to()).collectList()).doOnNext(c -> x.complaints = c)
                    .then(repo.openAt(id, p.asOf()).collectList()).doOnNext(o -> x.open = o)
                    .then(Mono.fromSupplier(() -> new Weekly(p, x.registered, x.days.stream().mapToLong(ReportRepository.Day::completed).sum(),
                            x.ages, x.days, x.causes, x.repeats, x.complaints, x.open)));
        });
    }

    private static final class Parts {
        long registered;
        List<ReportRepository.Day> days;
        long[] ages;
        List<ReportRepository.Cause> causes;
        List<ReportRepository.RepeatUnit> repeats;
        List<ReportRepository.Complaint> complaints;
        List<ReportRepository.Complaint> open;
    }

    /** Every day of the week, those without complaints too. */
    private static List<ReportRepository.Day> week(ReportPeriod p, List<ReportRepository.Day> found) {
        Map<LocalDate, ReportRepository.Day> byDate = found.stream().collect(Collectors.toMap(ReportRepository.Day::date, Function.identity()));
        List<ReportRepository.Day> out = new ArrayList<>();
        for (LocalDate d = p.firstDay(); d.isBefore(p.endDay()); d = d.plusDays(1)) {
            out.add(byDate.getOrDefault(d, new ReportRepository.Day(d, 0, 0)));
        }
        return out;
    }
}
