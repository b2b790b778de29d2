package dev.steward.api.quality;

import dev.steward.api.inspection.InspectionFigures;
import dev.steward.api.key.KeyFigures;
import dev.steward.api.property.Projects;
import dev.steward.api.quality.QualityModel.Inputs;
import dev.steward.api.survey.SurveyIndexes;
import dev.steward.api.workorder.WorkOrderFigures;
import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads every source of one period, one query after another (a request holds one connection at a time), and files the
 * rows under their group ({@code projectId|key}).
 */
@Component
class QualitySources {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final WorkOrderFigures orders;
    private final SurveyIndexes surveys;
    private final QualityRepository repo;
    private final InspectionFigures inspections;
    private final KeyFigures keys;

    QualitySources(WorkOrderFigures orders, SurveyIndexes surveys, QualityRepository repo, InspectionFigures inspections, KeyFigures keys) {
        this.keys = keys;
        this.orders = orders;
        this.surveys = surveys;
        this.repo = repo;
        this.inspections = inspections;
    }

    static String id(UUID projectId, String key) {
        return projectId + "|" + key;
    }

    /** {@code current}: the period asked for (the open complaints, a snapshot now, are read for it only). */
    Mono<Map<String, Inputs>> read(UUID[] projectIds, Map<UUID, Projects.Summary> projects, OffsetDateTime from, OffsetDateTime to,
            OffsetDateTime now, GroupBy by, boolean current) {
        return Mono.defer(() -> readOnce(projectIds, projects, from, to, now, by, current));
    }

    private Mono<Map<String, Inputs>> readOnce(UUID[] projectIds, Map<UUID, Projects.Summary> projects, OffsetDateTime from,
            OffsetDateTime to, OffsetDateTime now, GroupBy by, boolean current) {
        Map<String, Inputs> groups = new LinkedHashMap<>();
        Map<UUID, Long> projectUnits = new LinkedHashMap<>();
        if (by == GroupBy.PROJECT) {
            for (UUID p : projectIds) {
                groups.put(id(p, p.toString()), new Inputs());
            }
        } else if (by == GroupBy.MONTH) {
            // Every month of the period, also those with nothing in them.
            for (UUID p : projectIds) {
                ZoneId zone = ZoneId.of(projects.get(p).timezone());
                YearMonth last = YearMonth.from(to.minusNanos(1).atZoneSameInstant(zone));
                for (YearMonth m = YearMonth.from(from.atZoneSameInstant(zone)); !m.isAfter(last); m = m.plusMonths(1)) {
                    groups.put(id(p, m.toString()), new Inputs());
                }
            }
        }
        return orders.counts(projectIds, from, to, now, by).doOnNext(c -> at(groups, c.projectId(), c.key()).orders = c).then()
                .thenMany(by == GroupBy.ASSIGNEE ? orders.reworkByAssignee(projectIds, from, to) : Flux.empty())
                .doOnNext(r -> at(groups, r.projectId(), r.assigneeId().toString()).attributedRework = r.rework()).then()
                .thenMany(repo.units(projectIds, by)).doOnNext(r -> {
                    if (by == GroupBy.MONTH) {
                        projectUnits.put(r.projectId(), r.a());
                    } else {
                        at(groups, r.projectId(), r.key()).units = r.a();
                    }
                }).then()
                .thenMany(keys.counts(projectIds, from, to, now, by)).doOnNext(r -> at(groups, r.projectId(), r.key()).keys = r).then()
                .thenMany(inspections.scores(projectIds, from, to, by)).doOnNext(r -> at(groups, r.projectId(), r.key()).inspections = r).then()
                .thenMany(inspections.rectifications(projectIds, from, to, now, by))
                .doOnNext(r -> at(groups, r.projectId(), r.key()).rectifications = r).then()
                .thenMany(inspections.tasks(projectIds, from, to, now, by)).doOnNext(r -> at(groups, r.projectId(), r.key()).tasks = r).then()
                .thenMany(current ? orders.openComplaints(projectIds, now, by) : Flux.empty())
                .doOnNext(r -> at(groups, r.projectId(), r.key()).openComplaints = r).then()
                .thenMany(by == GroupBy.ASSIGNEE ? Flux.empty() : surveys.openedIn(projectIds, from, to))
                .doOnNext(c -> campaign(groups, c, projects, by)).then()
                .then(Mono.fromSupplier(() -> {
                    if (by == GroupBy.ASSIGNEE) {
                        // Per assignee, rework is attributed as the statistics do: none where nobody's work needed it.
                        groups.values().forEach(in -> in.attributedRework = in.attributedRework == null ? 0L : in.attributedRework);
                    }
                    if (by == GroupBy.MONTH) {
                        // A month's complaints are counted against the project's units.
                        groups.forEach((k, in) -> in.units = projectUnits.getOrDefault(UUID.fromString(k.substring(0, 36)), 0L));
                    }
                    return groups;
                }));
    }

    private static void campaign(Map<String, Inputs> groups, SurveyIndexes.CampaignIndex c, Map<UUID, Projects.Summary> projects,
            GroupBy by) {
        switch (by) {
            case PROJECT -> at(groups, c.projectId(), c.projectId().toString()).campaigns.add(c);
            case MONTH -> at(groups, c.projectId(), MONTH.format(c.opensAt().atZoneSameInstant(ZoneId.of(projects.get(c.projectId())
                    .timezone())))).campaigns.add(c);
            case BUILDING -> c.buildings().forEach(b -> {
                Inputs in = at(groups, c.projectId(), b.buildingId().toString());
                in.campaigns.add(c);
                in.buildingIndices.add(b);
            });
            case ASSIGNEE -> { }
        }
    }

    private static Inputs at(Map<String, Inputs> groups, UUID projectId, String key) {
        return groups.computeIfAbsent(id(projectId, key), k -> new Inputs());
    }

    static List<String> keys(Map<String, Inputs> groups) {
        return List.copyOf(groups.keySet());
    }
}
