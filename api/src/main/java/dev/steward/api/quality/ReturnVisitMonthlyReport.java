package dev.steward.api.quality;

import dev.steward.api.platform.Caller;
import dev.steward.api.quality.QualityModel.DrillDown;
import dev.steward.api.workorder.WorkOrderFigures;
import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * 回访月报 of one project and month (docs/quality.md "Reports"): the return visits of the orders registered in the month
 * with the picture's definitions (the statistics' SQL through {@link WorkOrderFigures}) in total, per building and per
 * assignee; the spread of the scores; and every unsatisfied visit (1–2, the order went back for rework).
 */
@Service
class ReturnVisitMonthlyReport {

    record Group(String key, String label, long completed, long visited, long closed, long closedOnTime, Double meanSatisfaction,
            long unsatisfied, DrillDown drillDown) {

        Double coverage() {
            return completed == 0 ? null : QualityFigures.round((double) visited / completed, 4);
        }

        Double onTimeRate() {
            return closed == 0 ? null : QualityFigures.round((double) closedOnTime / closed, 4);
        }
    }

    record Monthly(ReportPeriod period, Group totals, List<Group> byBuilding, List<Group> byAssignee, long[] scores,
            List<ReportRepository.Unsatisfied> unsatisfied) {}

    private final ReportPeriods periods;
    private final WorkOrderFigures figures;
    private final ReportRepository repo;
    private final QualityRepository names;

    ReturnVisitMonthlyReport(ReportPeriods periods, WorkOrderFigures figures, ReportRepository repo, QualityRepository names) {
        this.periods = periods;
        this.figures = figures;
        this.repo = repo;
        this.names = names;
    }

    Mono<Monthly> report(Caller caller, UUID projectId, String month) {
        return periods.open(caller, projectId, ReportPeriod.Kind.MONTH, month).flatMap(this::read);
    }

    Mono<Monthly> read(ReportPeriod p) {
        UUID id = p.project().id();
        UUID[] ids = {id};
        return Mono.defer(() -> {
            Map<GroupBy, List<WorkOrderFigures.Counts>> counts = new LinkedHashMap<>();
            long[] scores = new long[5];
            List<ReportRepository.Unsatisfied> unsatisfied = new ArrayList<>();
            Map<String, String> labels = new LinkedHashMap<>();
            return Flux.just(GroupBy.PROJECT, GroupBy.BUILDING, GroupBy.ASSIGNEE)
                    .concatMap(by -> figures.counts(ids, p.from(), p.to(), p.now(), by).collectList().doOnNext(c -> counts.put(by, c)))
                    .then(repo.satisfaction(id, p.from(), p.to()).doOnNext(s -> scores[(int) s[0] - 1] = s[1]).then())
                    .then(repo.unsatisfied(id, p.from(), p.to()).collectList()).doOnNext(unsatisfied::addAll)
                    .then(Mono.defer(() -> {
                        Set<UUID> keys = new LinkedHashSet<>();
                        counts.get(GroupBy.BUILDING).forEach(c -> key(c.key(), keys));
                        counts.get(GroupBy.ASSIGNEE).forEach(c -> key(c.key(), keys));
                        return names.names(keys.toArray(UUID[]::new)).doOnNext(n -> labels.put(n.id(), n.label())).then();
                    }))
                    .then(Mono.fromSupplier(() -> {
                        labels.put(id.toString(), p.project().name());
                        WorkOrderFigures.Counts total = counts.get(GroupBy.PROJECT).stream().findFirst().orElse(null);
                        Group totals = total == null ? empty(p, labels) : group(p, GroupBy.PROJECT, total, labels, unsatisfied);
                        return new Monthly(p, totals, groups(p, GroupBy.BUILDING, counts, labels, unsatisfied),
                                groups(p, GroupBy.ASSIGNEE, counts, labels, unsatisfied), scores,
                                unsatisfied.stream().limit(ReportRepository.LIST).toList());
                    }));
        });
    }

    private static void key(String key, Set<UUID> keys) {
        if (!"none".equals(key)) {
            keys.add(UUID.fromString(key));
        }
    }

    private static List<Group> groups(ReportPeriod p, GroupBy by, Map<GroupBy, List<WorkOrderFigures.Counts>> counts, Map<String, String> labels,
            List<ReportRepository.Unsatisfied> unsatisfied) {
        return counts.get(by).stream().map(c -> group(p, by, c, labels, unsatisfied))
                .sorted(Comparator.comparing((Group g) -> "none".equals(g.key())).thenComparing(Group::label)).toList();
    }

    private static Group group(ReportPeriod p, GroupBy by, WorkOrderFigures.Counts c, Map<String, String> labels,
            List<ReportRepository.Unsatisfied> unsatisfied) {
        Set<UUID> orders = unsatisfied.stream().filter(u -> switch (by) {
            case BUILDING -> u.buildingKey().equals(c.key());
            case ASSIGNEE -> u.assigneeKey().equals(c.key());
            default -> true;
        }).map(ReportRepository.Unsatisfied::orderId).collect(Collectors.toSet());
        DrillDown drill = QualityService.drill(p.project().id(), c.key(), by, p.from(), p.to(), null, null).orders("status", "CLOSED");
        return new Group(c.key(), labels.getOrDefault(c.key(), c.key()), c.completed(), c.visited(), c.closed(), c.closedOnTime(),
                c.meanSatisfaction() == null ? null : QualityFigures.round(c.meanSatisfaction(), 2), orders.size(), drill);
    }

    private static Group empty(ReportPeriod p, Map<String, String> labels) {
        String key = p.project().id().toString();
        return new Group(key, labels.get(key), 0, 0, 0, 0, null, 0,
                QualityService.drill(p.project().id(), key, GroupBy.PROJECT, p.from(), p.to(), null, null).orders("status", "CLOSED"));
    }
}
