package dev.steward.api.quality;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.property.Projects;
import dev.steward.api.quality.QualityModel.Figure;
import dev.steward.api.quality.QualityModel.Trend;
import dev.steward.api.quality.QualityModel.TrendPoint;
import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** One figure month by month: the overview grouped by month over the last N calendar months of the project's zone. */
@Service
class QualityTrendService {

    private final QualityService overview;
    private final Projects projects;

    QualityTrendService(QualityService overview, Projects projects) {
        this.overview = overview;
        this.projects = projects;
    }

    Mono<Trend> trend(Caller caller, UUID projectId, String metric, Integer monthsAsked) {
        if (projectId == null) {
            throw ApiException.invalidField("projectId", "is required");
        }
        UUID[] ids = QualityService.projectIds(caller, List.of(projectId));
        if (metric == null || !QualityModel.METRICS.contains(metric)) {
            throw ApiException.invalidField("metric", "is not a figure of the quality picture (e.g. resolutionOnTimeRate; see docs/quality.md)");
        }
        if (OpenComplaintFigures.KEYS.contains(metric)) {
            throw ApiException.invalidField("metric", "is a snapshot of the complaints open now: it has no monthly trend");
        }
        int months = monthsAsked == null ? 12 : monthsAsked;
        if (months < 1 || months > 36) {
            throw ApiException.invalidField("months", "must be between 1 and 36");
        }
        OffsetDateTime now = overview.now();
        return projects.summary(projectId).flatMap(p -> {
            ZoneId zone = ZoneId.of(p.timezone());
            OffsetDateTime from = YearMonth.from(now.atZoneSameInstant(zone)).minusMonths(months - 1L).atDay(1).atStartOfDay(zone)
                    .toOffsetDateTime();
            return overview.overview(ids, from, now, now, GroupBy.MONTH).map(groups -> {
                Double target = null;
                List<TrendPoint> points = new java.util.ArrayList<>();
                for (var g : groups) {
                    Figure f = g.figures().stream().filter(x -> x.key().equals(metric)).findFirst().orElseThrow();
                    if (f.target() != null) {
                        target = f.target().value();
                    }
                    points.add(new TrendPoint(g.key(), f.value(), f.numerator(), f.denominator(), f.drillDown()));
                }
                points.sort(java.util.Comparator.comparing(TrendPoint::month));
                return new Trend(projectId, metric, target, points);
            });
        });
    }
}
