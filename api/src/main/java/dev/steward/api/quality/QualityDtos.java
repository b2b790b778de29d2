package dev.steward.api.quality;

import dev.steward.api.contract.model.QualityDrillDownDto;
import dev.steward.api.contract.model.QualityFigureDto;
import dev.steward.api.contract.model.QualityGroupDto;
import dev.steward.api.contract.model.QualityOverviewDto;
import dev.steward.api.contract.model.QualityTargetsDto;
import dev.steward.api.contract.model.QualityTrendDto;
import dev.steward.api.contract.model.QualityTrendPointDto;
import dev.steward.api.contract.model.QualityWarningDto;
import dev.steward.api.contract.model.QualityWarningKindDto;
import dev.steward.api.contract.model.QualityWarningsDto;
import dev.steward.api.quality.QualityModel.DrillDown;
import dev.steward.api.quality.QualityModel.Figure;
import java.util.LinkedHashMap;

/** The quality picture's values as the contract's DTOs. */
final class QualityDtos {

    private QualityDtos() {}

    static QualityOverviewDto overview(QualityModel.Overview o) {
        return new QualityOverviewDto().from(o.from()).to(o.to()).groupBy(QualityOverviewDto.GroupByEnum.fromValue(o.groupBy()))
                .groups(o.groups().stream().map(g -> new QualityGroupDto().projectId(g.projectId()).key(g.key()).label(g.label())
                        .figures(g.figures().stream().map(QualityDtos::figure).toList())).toList());
    }

    static QualityFigureDto figure(Figure f) {
        QualityFigureDto d = new QualityFigureDto().key(f.key()).value(f.value()).numerator(f.numerator()).denominator(f.denominator())
                .previous(f.previous()).change(f.change()).meetsTarget(f.meetsTarget()).drillDown(drill(f.drillDown()));
        if (f.target() != null) {
            d.target(f.target().value()).targetDirection(QualityFigureDto.TargetDirectionEnum.fromValue(f.target().direction().name()));
        }
        if (f.grade() != null) {
            d.grade(QualityFigureDto.GradeEnum.fromValue(f.grade().name()));
        }
        return d;
    }

    static QualityDrillDownDto drill(DrillDown d) {
        return d == null ? null : new QualityDrillDownDto().path(d.path()).query(new LinkedHashMap<>(d.query()));
    }

    static QualityTrendDto trend(QualityModel.Trend t) {
        return new QualityTrendDto().projectId(t.projectId()).metric(t.metric()).target(t.target())
                .points(t.points().stream().map(p -> new QualityTrendPointDto().month(p.month()).value(p.value()).numerator(p.numerator())
                        .denominator(p.denominator()).drillDown(drill(p.drillDown()))).toList());
    }

    static QualityWarningsDto warnings(QualityWarnings.Result r) {
        return new QualityWarningsDto().projectId(r.projectId()).generatedAt(r.generatedAt())
                .warnings(r.warnings().stream().map(w -> new QualityWarningDto().key(w.key()).kind(QualityWarningKindDto.fromValue(w.kind().name()))
                        .severity(QualityWarningDto.SeverityEnum.fromValue(w.severity())).metric(w.metric()).buildingId(w.buildingId())
                        .buildingName(w.buildingName()).value(w.value()).threshold(w.threshold()).periodStart(w.periodStart())
                        .periodEnd(w.periodEnd()).cause(w.cause()).drillDown(drill(w.drillDown()))).toList());
    }

    static QualityTargetsDto targets(QualityRepository.Targets t) {
        return new QualityTargetsDto().projectId(t.projectId()).resolutionOnTimeRate(t.resolutionOnTimeRate().doubleValue())
                .rectificationRate(t.rectificationRate().doubleValue()).meanResponseMinutes(t.meanResponseMinutes().doubleValue())
                .updatedAt(t.updatedAt());
    }
}
