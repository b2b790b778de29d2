package dev.steward.api.quality;

import dev.steward.api.contract.QualityApi;
import dev.steward.api.contract.model.QualityOverviewDto;
import dev.steward.api.contract.model.QualityTargetsDto;
import dev.steward.api.contract.model.QualityTargetsInputDto;
import dev.steward.api.contract.model.QualityTrendDto;
import dev.steward.api.contract.model.QualityWarningsDto;
import dev.steward.api.platform.ProjectScope;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class QualityController implements QualityApi {

    private final QualityService overview;
    private final QualityTrendService trends;
    private final QualityWarnings warnings;
    private final QualityTargetsService targets;
    private final ProjectScope scope;

    QualityController(QualityService overview, QualityTrendService trends, QualityWarnings warnings, QualityTargetsService targets,
            ProjectScope scope) {
        this.overview = overview;
        this.trends = trends;
        this.warnings = warnings;
        this.targets = targets;
        this.scope = scope;
    }

    @Override
    public Mono<ResponseEntity<QualityOverviewDto>> getQualityOverview(Set<UUID> projectId, String from, String to, String groupBy,
            ServerWebExchange exchange) {
        // A value that is not a UUID arrives as null (the converter's empty result).
        List<UUID> ids = projectId == null ? List.of() : new java.util.ArrayList<>(projectId);
        return scope.current().flatMap(c -> overview.overview(c, ids, from, to, groupBy)).map(o -> ResponseEntity.ok(QualityDtos.overview(o)));
    }

    @Override
    public Mono<ResponseEntity<QualityTrendDto>> getQualityTrend(UUID projectId, String metric, Integer months, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> trends.trend(c, projectId, metric, months)).map(t -> ResponseEntity.ok(QualityDtos.trend(t)));
    }

    @Override
    public Mono<ResponseEntity<QualityWarningsDto>> getQualityWarnings(UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> warnings.warnings(c, projectId)).map(w -> ResponseEntity.ok(QualityDtos.warnings(w)));
    }

    @Override
    public Mono<ResponseEntity<QualityTargetsDto>> getQualityTargets(UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> targets.get(c, projectId)).map(t -> ResponseEntity.ok(QualityDtos.targets(t)));
    }

    @Override
    public Mono<ResponseEntity<QualityTargetsDto>> replaceQualityTargets(UUID projectId, Mono<QualityTargetsInputDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(b -> scope.current().flatMap(c -> targets.replace(c, projectId, b.getResolutionOnTimeRate(),
                        b.getRectificationRate(), b.getMeanResponseMinutes())))
                .map(t -> ResponseEntity.ok(QualityDtos.targets(t)));
    }
}
