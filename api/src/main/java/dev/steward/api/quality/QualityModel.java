package dev.steward.api.quality;

import dev.steward.api.survey.SurveyIndexes;
import dev.steward.api.workorder.WorkOrderFigures;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The quality picture's values: figures with targets and drill-downs, groups, warnings (see docs/quality.md). */
final class QualityModel {

    private QualityModel() {}

    enum Direction { AT_LEAST, AT_MOST }

    enum Grade { EXCELLENT, GOOD, FAIL;

        /** The inspection rubric's bands (Scoring.grade): 91+ excellent, 80+ good, below fail; on the mean rounded to 0.1. */
        static Grade of(Double mean) {
            if (mean == null) {
                return null;
            }
            double t = Math.round(mean * 10) / 10.0;
            return t >= 91 ? EXCELLENT : t >= 80 ? GOOD : FAIL;
        }
    }

    /** A ready query on a list: its API path and query parameters (several values of one parameter are comma-free). */
    record DrillDown(String path, Map<String, String> query) {}

    record Target(double value, Direction direction) {

        boolean met(Double v) {
            return v == null ? true : direction == Direction.AT_LEAST ? v >= value : v <= value;
        }
    }

    record Figure(String key, Double value, Long numerator, Long denominator, Target target, Double previous, Grade grade,
            DrillDown drillDown) {

        Double change() {
            return value == null || previous == null ? null : Math.round((value - previous) * 10000) / 10000.0;
        }

        Boolean meetsTarget() {
            return target == null || value == null ? null : target.met(value);
        }
    }

    record Group(UUID projectId, String key, String label, List<Figure> figures) {}

    record Overview(OffsetDateTime from, OffsetDateTime to, String groupBy, List<Group> groups) {}

    enum WarningKind { TARGET_MISSED, COMPLAINT_SPIKE, SATISFACTION_DROP, RECTIFICATION_OVERDUE }

    record Warning(WarningKind kind, String severity, String metric, UUID buildingId, String buildingName, Double value, Double threshold,
            OffsetDateTime periodStart, OffsetDateTime periodEnd, String cause, DrillDown drillDown) {}

    record TrendPoint(String month, Double value, Long numerator, Long denominator, DrillDown drillDown) {}

    record Trend(UUID projectId, String metric, Double target, List<TrendPoint> points) {}

    /** Everything one group's figures are made of, for one period. */
    static final class Inputs {
        WorkOrderFigures.Counts orders;
        /** Per assignee: the rework attributed to them (the statistics' definition); null in other groupings. */
        Long attributedRework;
        long units;
        QualityRepository.Row keys;
        QualityRepository.Row inspections;
        QualityRepository.Row rectifications;
        final List<SurveyIndexes.CampaignIndex> campaigns = new ArrayList<>();
        /** For a building group: that building's index per campaign (responses, index). */
        final List<double[]> buildingIndices = new ArrayList<>();
    }

    /** Every figure's key, in the order the picture shows them. */
    static final List<String> METRICS = List.of("ordersRegistered", "responseOnTimeRate", "resolutionOnTimeRate", "meanResponseMinutes",
            "p90ResponseMinutes", "meanResolutionMinutes", "p90ResolutionMinutes", "reworkRate", "returnVisitCoverage",
            "returnVisitOnTimeRate", "meanSatisfaction", "complaints", "complaintsPer100Units", "surveyIndex", "surveyNps", "keysOverdue",
            "keysLost", "inspectionScore", "rectificationRate", "rectificationOnTimeRate", "rectificationsOverdue");
}
