package dev.steward.api.quality;

import dev.steward.api.inspection.InspectionFigures;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.property.Projects;
import dev.steward.api.quality.QualityModel.DrillDown;
import dev.steward.api.quality.QualityModel.Figure;
import dev.steward.api.quality.QualityModel.Warning;
import dev.steward.api.quality.QualityModel.WarningKind;
import dev.steward.api.survey.SurveyIndexes;
import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Early warnings (预警) of one project, see docs/quality.md "Warnings": targets missed in the last 30 days, complaint
 * spikes (a week above mean + 2σ of the 8 weeks before, and at least {@link #SPIKE_MINIMUM}), a building's survey index
 * falling between the last two closed campaigns, and rectifications past their deadline.
 */
@Service
class QualityWarnings {

    static final int SPIKE_WEEKS = 8;
    /** A week needs at least this many complaints to be a spike (mean + 2σ of a quiet history is close to 0). */
    static final int SPIKE_MINIMUM = 3;

    record Result(UUID projectId, OffsetDateTime generatedAt, List<Warning> warnings) {}

    private final QualityService overview;
    private final QualityRepository repo;
    private final SurveyIndexes surveys;
    private final Projects projects;
    private final InspectionFigures inspections;

    QualityWarnings(QualityService overview, QualityRepository repo, SurveyIndexes surveys, Projects projects, InspectionFigures inspections) {
        this.overview = overview;
        this.repo = repo;
        this.surveys = surveys;
        this.projects = projects;
        this.inspections = inspections;
    }

    Mono<Result> warnings(Caller caller, UUID projectId) {
        if (projectId == null) {
            throw ApiException.invalidField("projectId", "is required");
        }
        QualityService.projectIds(caller, List.of(projectId));
        return evaluate(projectId);
    }

    /** The project's warnings now, for whoever asks (the caller's rights are checked by {@link #warnings}). */
    Mono<Result> evaluate(UUID projectId) {
        UUID[] ids = {projectId};
        OffsetDateTime now = overview.now();
        return projects.summary(projectId).flatMap(p -> {
            ZoneId zone = ZoneId.of(p.timezone());
            List<Warning> out = new ArrayList<>();
            return overview.overview(ids, now.minus(QualityService.DEFAULT_PERIOD), now, now, GroupBy.PROJECT)
                    .doOnNext(groups -> groups.forEach(g -> g.figures().forEach(f -> target(f, out, now))))
                    .then(inspections.overdue(projectId, now)).doOnNext(o -> {
                        if (o.count() > 0) {
                            long days = java.time.Duration.between(o.earliestDue(), now).toDays();
                            out.add(new Warning("RECTIFICATION_OVERDUE", WarningKind.RECTIFICATION_OVERDUE, "HIGH", "rectificationsOverdue", null, null, (double) o.count(),
                                    null, null, now, o.count() + " rectification(s) past their deadline, the oldest by " + days + " day(s)",
                                    new DrillDown("/api/v1/rectifications", Map.of("projectId", projectId.toString(), "overdue", "true"))));
                        }
                    })
                    .then(spikes(projectId, zone, now, out))
                    .then(drops(projectId, out))
                    .then(Mono.defer(() -> repo.names(buildingIds(out)).collectMap(QualityRepository.Name::id, QualityRepository.Name::label)))
                    .map(names -> {
                        List<Warning> named = new ArrayList<>();
                        for (Warning w : out) {
                            named.add(w.buildingId() == null ? w : new Warning(w.key(), w.kind(), w.severity(), w.metric(), w.buildingId(),
                                    names.get(w.buildingId().toString()), w.value(), w.threshold(), w.periodStart(), w.periodEnd(),
                                    w.cause(), w.drillDown()));
                        }
                        named.sort(java.util.Comparator.comparing((Warning w) -> !"HIGH".equals(w.severity())));
                        return new Result(projectId, now, named);
                    });
        });
    }

    private static void target(Figure f, List<Warning> out, OffsetDateTime now) {
        if (Boolean.FALSE.equals(f.meetsTarget())) {
            String sign = f.target().direction() == QualityModel.Direction.AT_LEAST ? "≥" : "≤";
            out.add(new Warning("TARGET_MISSED|" + f.key(), WarningKind.TARGET_MISSED, "HIGH", f.key(), null, null, f.value(), f.target().value(),
                    now.minus(QualityService.DEFAULT_PERIOD), now, f.key() + " is " + f.value() + " over the last 30 days; the target is "
                            + sign + " " + f.target().value(), f.drillDown()));
        }
    }

    /** The current and the last complete week, per building and for the whole project, each against its 8 weeks before. */
    private Mono<Void> spikes(UUID projectId, ZoneId zone, OffsetDateTime now, List<Warning> out) {
        LocalDate thisWeek = now.atZoneSameInstant(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisWeek.minusWeeks(SPIKE_WEEKS + 1L);
        return repo.weeklyComplaints(projectId, first.atStartOfDay(zone).toOffsetDateTime()).collectList().doOnNext(rows -> {
            Map<String, Map<LocalDate, Long>> byBuilding = new LinkedHashMap<>();
            for (QualityRepository.Row r : rows) {
                String[] parts = r.key().split("\\|");
                LocalDate week = LocalDate.parse(parts[0]);
                byBuilding.computeIfAbsent(parts[1], b -> new LinkedHashMap<>()).merge(week, r.a(), Long::sum);
                byBuilding.computeIfAbsent("", b -> new LinkedHashMap<>()).merge(week, r.a(), Long::sum);
            }
            for (Map.Entry<String, Map<LocalDate, Long>> e : byBuilding.entrySet()) {
                if ("none".equals(e.getKey())) {
                    continue;
                }
                for (LocalDate week : List.of(thisWeek, thisWeek.minusWeeks(1))) {
                    spike(projectId, e.getKey(), week, e.getValue(), zone, now, out);
                }
            }
        }).then();
    }

    private static void spike(UUID projectId, String building, LocalDate week, Map<LocalDate, Long> counts, ZoneId zone, OffsetDateTime now,
            List<Warning> out) {
        long value = counts.getOrDefault(week, 0L);
        double[] history = new double[SPIKE_WEEKS];
        for (int i = 0; i < SPIKE_WEEKS; i++) {
            history[i] = counts.getOrDefault(week.minusWeeks(i + 1L), 0L);
        }
        double threshold = Spikes.threshold(history);
        if (value < SPIKE_MINIMUM || value <= threshold) {
            return;
        }
        OffsetDateTime start = week.atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = week.plusWeeks(1).atStartOfDay(zone).toOffsetDateTime();
        Map<String, String> q = new LinkedHashMap<>();
        q.put("projectId", projectId.toString());
        q.put("type", "COMPLAINT");
        q.put("createdFrom", start.toString());
        q.put("createdTo", (end.isAfter(now) ? now : end).toString());
        UUID buildingId = building.isEmpty() ? null : UUID.fromString(building);
        if (buildingId != null) {
            q.put("buildingId", building);
        }
        out.add(new Warning("COMPLAINT_SPIKE|" + (building.isEmpty() ? "project" : building) + "|" + week, WarningKind.COMPLAINT_SPIKE, "HIGH", "complaints", buildingId, null, (double) value,
                QualityFigures.round(threshold, 1), start, end, String.format(Locale.ROOT,
                        "%d complaints in the week from %s, above the mean + 2σ (%.1f) of the %d weeks before", value, week, threshold,
                        SPIKE_WEEKS), new DrillDown("/api/v1/work-orders", q)));
    }

    /** Buildings whose index in the latest closed campaign is below their index in the one before. */
    private Mono<Void> drops(UUID projectId, List<Warning> out) {
        return surveys.lastClosed(projectId, 2).collectList().doOnNext(last -> {
            if (last.size() < 2) {
                return;
            }
            SurveyIndexes.CampaignIndex latest = last.get(0);
            Map<UUID, Double> before = new LinkedHashMap<>();
            last.get(1).buildings().forEach(b -> before.put(b.buildingId(), b.index()));
            for (SurveyIndexes.BuildingIndex b : latest.buildings()) {
                Double was = before.get(b.buildingId());
                if (b.index() != null && was != null && b.index() < was) {
                    out.add(new Warning("SATISFACTION_DROP|" + b.buildingId() + "|" + latest.campaignId(), WarningKind.SATISFACTION_DROP, was - b.index() >= 5 ? "HIGH" : "MEDIUM", "surveyIndex",
                            b.buildingId(), null, b.index(), was, latest.opensAt(), latest.closesAt(),
                            String.format(Locale.ROOT, "Survey index fell from %.1f (%s) to %.1f (%s)", was, last.get(1).title(), b.index(),
                                    latest.title()),
                            new DrillDown("/api/v1/survey-campaigns/" + latest.campaignId() + "/results", Map.of())));
                }
            }
        }).then();
    }

    private static UUID[] buildingIds(List<Warning> warnings) {
        return warnings.stream().map(Warning::buildingId).filter(java.util.Objects::nonNull).distinct().toArray(UUID[]::new);
    }
}
