package dev.steward.api.quality;

import dev.steward.api.inspection.InspectionFigures;
import dev.steward.api.key.KeyFigures;
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

    /** {@code key}: the warning's identity while it lasts (see {@link QualityWarnings}); a new key is announced once. */
    record Warning(String key, WarningKind kind, String severity, String metric, UUID buildingId, String buildingName, Double value,
            Double threshold, OffsetDateTime periodStart, OffsetDateTime periodEnd, String cause, DrillDown drillDown) {}

    record TrendPoint(String month, Double value, Long numerator, Long denominator, DrillDown drillDown) {}

    record Trend(UUID projectId, String metric, Double target, List<TrendPoint> points) {}

    /** Everything one group's figures are made of, for one period. */
    static final class Inputs {
        WorkOrderFigures.Counts orders;
        /** Per assignee: the rework attributed to them (the statistics' definition); null in other groupings. */
        Long attributedRework;
        long units;
        KeyFigures.Counts keys;
        InspectionFigures.Scores inspections;
        InspectionFigures.Rectifications rectifications;
        InspectionFigures.Tasks tasks;
        /** Open complaints now (a snapshot: read for the current period only, none per month). */
        WorkOrderFigures.OpenComplaints openComplaints;
        final List<SurveyIndexes.CampaignIndex> campaigns = new ArrayList<>();
        /** For a building group: that building's index per campaign. */
        final List<SurveyIndexes.BuildingIndex> buildingIndices = new ArrayList<>();
    }

    /** Every figure's key, in the order the picture shows them. */
    static final List<String> METRICS = List.of("ordersRegistered", "responseOnTimeRate", "resolutionOnTimeRate", "meanResponseMinutes",
            "p90ResponseMinutes", "meanResolutionMinutes", "p90ResolutionMinutes", "reworkRate", "returnVisitCoverage",
            "returnVisitOnTimeRate", "meanSatisfaction", "complaints", "complaintsPer100Units", "surveyIndex", "surveyNps", "keysOverdue",
            "keysLost", "inspectionScore", "rectificationRate", "rectificationOnTimeRate", "rectificationsOverdue", "openComplaints",
            "openComplaintsUnder1Day", "openComplaints1To3Days", "openComplaints3To7Days", "openComplaintsOver7Days",
            "openComplaintsMeanAgeDays", "surveyCustomerService", "surveyEngineering", "surveyCleaning", "surveyLandscaping",
            "surveySecurity", "surveyParking", "surveyCommunity", "surveyOverall", "inspectionTasksDue", "missedInspections",
            "missedInspectionRate");

    /** The open-complaint age buckets' figure keys, in the order of {@link WorkOrderFigures#AGE_BUCKET_DAYS}. */
    static final List<String> AGE_BUCKETS = List.of("openComplaintsUnder1Day", "openComplaints1To3Days", "openComplaints3To7Days",
            "openComplaintsOver7Days");

    /** A survey dimension's figure key: CUSTOMER_SERVICE → surveyCustomerService. */
    static String dimensionKey(String dimension) {
        StringBuilder b = new StringBuilder("survey");
        for (String part : dimension.split("_")) {
            b.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }
}
