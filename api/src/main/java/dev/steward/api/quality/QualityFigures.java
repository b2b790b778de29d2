package dev.steward.api.quality;

import dev.steward.api.quality.QualityModel.Direction;
import dev.steward.api.quality.QualityModel.DrillDown;
import dev.steward.api.quality.QualityModel.Figure;
import dev.steward.api.quality.QualityModel.Grade;
import dev.steward.api.quality.QualityModel.Inputs;
import dev.steward.api.quality.QualityModel.Target;
import dev.steward.api.inspection.InspectionFigures;
import dev.steward.api.survey.SurveyIndexes;
import dev.steward.api.workorder.WorkOrderFigures;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One group's figures from its inputs (docs/quality.md "Figures"): rates are part ÷ whole rounded to 4 places like the
 * work-order statistics, minutes to 0.1, satisfaction to 0.01, indices to 0.1; null when the whole is 0.
 */
final class QualityFigures {

    private QualityFigures() {}

    /**
     * Where a group's figures point: the group's order filters (projectId, registration period, building or assignee), the
     * project alone, the period and the group's building / assignee for the other lists, the filter of the "none" group
     * ({@code withoutUnit} / {@code unassigned}: on the work-order and rectification lists, and {@code withoutUnit} on the key
     * lists), and the campaign when one.
     */
    record Drill(Map<String, String> orderQuery, Map<String, String> baseQuery, String from, String to, String buildingId,
            String assigneeId, String noneFilter, String campaignId, java.time.OffsetDateTime now) {

        DrillDown orders(String... more) {
            return with("/api/v1/work-orders", orderQuery, more);
        }

        DrillDown at(String path, String... more) {
            return with(path, baseQuery, more);
        }

        /** A list of the group's building or assignee (when it has one) with more parameters. */
        DrillDown grouped(String path, String... more) {
            Map<String, String> q = new LinkedHashMap<>(baseQuery);
            if (buildingId != null) {
                q.put("buildingId", buildingId);
            }
            if (assigneeId != null) {
                q.put("assigneeId", assigneeId);
            }
            // Both lists filter on the order: its unit (the building 'none') or its assignee.
            if (noneFilter != null && (path.equals("/api/v1/work-orders") || path.equals("/api/v1/rectifications"))) {
                q.put(noneFilter, "true");
            }
            return with(path, q, more);
        }

        /**
         * A list of the group's building (when it has one: the lists without an assignee) with more parameters; for the
         * "none" building, the keys to no unit ({@code withoutUnit}).
         */
        DrillDown inBuilding(String path, String... more) {
            Map<String, String> q = new LinkedHashMap<>(baseQuery);
            if (buildingId != null) {
                q.put("buildingId", buildingId);
            }
            if ("withoutUnit".equals(noneFilter)) {
                q.put("withoutUnit", "true");
            }
            return with(path, q, more);
        }

        private static DrillDown with(String path, Map<String, String> from, String... more) {
            Map<String, String> q = new LinkedHashMap<>(from);
            for (int i = 0; i + 1 < more.length; i += 2) {
                q.put(more[i], more[i + 1]);
            }
            return new DrillDown(path, q);
        }
    }

    static List<Figure> figures(Inputs now, Inputs before, QualityRepository.Targets targets, Drill drill) {
        List<Figure> out = new ArrayList<>();
        Map<String, Figure> prev = new LinkedHashMap<>();
        if (before != null) {
            for (Figure f : raw(before, targets, drill)) {
                prev.put(f.key(), f);
            }
        }
        for (Figure f : raw(now, targets, drill)) {
            Figure p = OpenComplaintFigures.KEYS.contains(f.key()) ? null : prev.get(f.key());
            out.add(new Figure(f.key(), f.value(), f.numerator(), f.denominator(), f.target(), p == null ? null : p.value(), f.grade(),
                    f.drillDown()));
        }
        return out;
    }

    private static List<Figure> raw(Inputs in, QualityRepository.Targets t, Drill d) {
        List<Figure> f = new ArrayList<>();
        WorkOrderFigures.Counts o = in.orders;
        Target resolutionTarget = t == null ? null : new Target(t.resolutionOnTimeRate().doubleValue(), Direction.AT_LEAST);
        Target responseTarget = t == null ? null : new Target(t.meanResponseMinutes().doubleValue(), Direction.AT_MOST);
        Target rectificationTarget = t == null ? null : new Target(t.rectificationRate().doubleValue(), Direction.AT_LEAST);
        long total = o == null ? 0 : o.total();
        f.add(count("ordersRegistered", total, d.orders()));
        f.add(rate("responseOnTimeRate", o == null ? 0 : o.responseOnTime(), o == null ? 0 : o.responseKnown(), null,
                d.orders("late", "response")));
        f.add(rate("resolutionOnTimeRate", o == null ? 0 : o.resolutionOnTime(), o == null ? 0 : o.resolutionKnown(), resolutionTarget,
                d.orders("late", "resolution")));
        f.add(value("meanResponseMinutes", o == null ? null : round(o.meanResponse(), 1), responseTarget, d.orders()));
        f.add(value("p90ResponseMinutes", o == null ? null : round(o.p90Response(), 1), null, d.orders()));
        f.add(value("meanResolutionMinutes", o == null ? null : round(o.meanResolution(), 1), null, d.orders()));
        f.add(value("p90ResolutionMinutes", o == null ? null : round(o.p90Resolution(), 1), null, d.orders()));
        long rework = in.attributedRework != null ? in.attributedRework : o == null ? 0 : o.rework();
        f.add(rate("reworkRate", rework, o == null ? 0 : o.completed(), null, d.orders("rework", "true")));
        f.add(rate("returnVisitCoverage", o == null ? 0 : o.visited(), o == null ? 0 : o.completed(), null, d.orders("status", "CLOSED")));
        f.add(rate("returnVisitOnTimeRate", o == null ? 0 : o.closedOnTime(), o == null ? 0 : o.closed(), null, d.orders("status", "CLOSED")));
        f.add(value("meanSatisfaction", o == null ? null : round(o.meanSatisfaction(), 2), null, d.orders("status", "CLOSED")));
        long complaints = o == null ? 0 : o.complaints();
        f.add(count("complaints", complaints, d.orders("type", "COMPLAINT")));
        f.add(new Figure("complaintsPer100Units", in.units == 0 ? null : round(complaints * 100.0 / in.units, 2), complaints,
                in.units == 0 ? null : in.units, null, null, null, d.orders("type", "COMPLAINT")));
        SurveyFigures.add(in, d, f);
        f.add(count("keysOverdue", in.keys == null ? 0 : in.keys.overdue(), d.inBuilding("/api/v1/key-checkouts", "late", "true",
                "checkedOutFrom", d.from(), "checkedOutTo", d.to())));
        f.add(count("keysLost", in.keys == null ? 0 : in.keys.lost(), d.inBuilding("/api/v1/keys", "lostFrom", d.from(), "lostTo", d.to())));
        Double score = in.inspections == null ? null : round(in.inspections.mean(), 1);
        f.add(new Figure("inspectionScore", score, null, in.inspections == null ? 0L : in.inspections.count(), null, null, Grade.of(score),
                d.at("/api/v1/inspections", "status", "SUBMITTED", "from", d.from(), "to", d.to())));
        InspectionFigures.Rectifications x = in.rectifications;
        String[] raised = {"raisedFrom", d.from(), "raisedTo", d.to(), "cancelled", "false"};
        f.add(rate("rectificationRate", x == null ? 0 : x.closed(), x == null ? 0 : x.raised(), rectificationTarget,
                d.grouped("/api/v1/rectifications", raised)));
        f.add(rate("rectificationOnTimeRate", x == null ? 0 : x.onTime(), x == null ? 0 : x.due(), null,
                d.grouped("/api/v1/rectifications", concat(raised, "due", "true"))));
        f.add(count("rectificationsOverdue", x == null ? 0 : x.overdue(), d.grouped("/api/v1/rectifications", concat(raised, "overdue", "true"))));
        OpenComplaintFigures.add(in.openComplaints, d, f);
        InspectionFigures.Tasks tasks = in.tasks;
        String[] due = {"dueFrom", d.from(), "dueTo", d.to()};
        f.add(count("inspectionTasksDue", tasks == null ? 0 : tasks.due(), d.at("/api/v1/inspection-tasks", due)));
        f.add(count("missedInspections", tasks == null ? 0 : tasks.missed(), d.at("/api/v1/inspection-tasks", concat(due, "late", "true"))));
        f.add(rate("missedInspectionRate", tasks == null ? 0 : tasks.missed(), tasks == null ? 0 : tasks.due(), null,
                d.at("/api/v1/inspection-tasks", concat(due, "late", "true"))));
        return f;
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    static Figure count(String key, long value, DrillDown drill) {
        return new Figure(key, (double) value, null, null, null, null, null, drill);
    }

    static Figure value(String key, Double value, Target target, DrillDown drill) {
        return new Figure(key, value, null, null, target, null, null, drill);
    }

    static Figure rate(String key, long part, long whole, Target target, DrillDown drill) {
        return new Figure(key, whole == 0 ? null : round((double) part / whole, 4), part, whole, target, null, null, drill);
    }

    static Double round(Double value, int places) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
