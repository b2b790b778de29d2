package dev.steward.api.quality;

import dev.steward.api.platform.Caller;
import dev.steward.api.quality.QualityModel.Figure;
import dev.steward.api.quality.QualityModel.Group;
import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * 季度统计分析 of one project (docs/quality.md "Reports"): the overview's figures for each month of a calendar quarter and
 * for the quarter, the quarter's compared with the previous quarter's (not the overview's equal-length period). Every
 * value is the overview's own for the same period: this only selects and re-pairs them.
 */
@Service
class QuarterlyReport {

    /** The figures the analysis shows, in order. */
    static final List<String> METRICS = List.of("ordersRegistered", "resolutionOnTimeRate", "reworkRate", "complaints",
            "complaintsPer100Units", "meanSatisfaction", "returnVisitOnTimeRate", "surveyIndex", "inspectionScore", "rectificationRate");

    record Month(String month, List<Figure> figures) {}

    record Quarterly(ReportPeriod period, String previousQuarter, List<Month> months, List<Figure> total) {}

    private final ReportPeriods periods;
    private final QualityService overview;

    QuarterlyReport(ReportPeriods periods, QualityService overview) {
        this.periods = periods;
        this.overview = overview;
    }

    Mono<Quarterly> report(Caller caller, UUID projectId, String quarter) {
        return periods.open(caller, projectId, ReportPeriod.Kind.QUARTER, quarter).flatMap(this::read);
    }

    Mono<Quarterly> read(ReportPeriod p) {
        UUID[] ids = {p.project().id()};
        ReportPeriod before = p.previous(ReportPeriod.Kind.QUARTER);
        return overview.overview(ids, p.from(), p.to(), p.now(), GroupBy.MONTH)
                .zipWhen(months -> overview.overview(ids, p.from(), p.to(), p.now(), GroupBy.PROJECT))
                .zipWhen(t -> overview.overview(ids, before.from(), before.to(), p.now(), GroupBy.PROJECT))
                .map(t -> {
                    List<Month> months = t.getT1().getT1().stream().sorted(Comparator.comparing(Group::key))
                            .map(g -> new Month(g.key(), select(g.figures()))).toList();
                    Map<String, Figure> previous = figures(t.getT2()).stream().collect(Collectors.toMap(Figure::key, Function.identity()));
                    List<Figure> total = new ArrayList<>();
                    for (Figure f : select(figures(t.getT1().getT2()))) {
                        Figure prev = previous.get(f.key());
                        total.add(new Figure(f.key(), f.value(), f.numerator(), f.denominator(), f.target(), prev == null ? null : prev.value(),
                                f.grade(), f.drillDown()));
                    }
                    return new Quarterly(p, before.label(), months, total);
                });
    }

    private static List<Figure> figures(List<Group> groups) {
        return groups.isEmpty() ? List.of() : groups.get(0).figures();
    }

    private static List<Figure> select(List<Figure> figures) {
        Map<String, Figure> byKey = figures.stream().collect(Collectors.toMap(Figure::key, Function.identity()));
        return METRICS.stream().filter(byKey::containsKey).map(byKey::get).toList();
    }
}
