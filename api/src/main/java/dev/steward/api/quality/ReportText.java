package dev.steward.api.quality;

import dev.steward.api.platform.ReportLabels;
import java.util.Map;

/** The report workbooks' labels in the language asked for (zh-CN by default, or en): headings, categories, statuses, figures. */
final class ReportText {

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("weekly", new String[] {"投诉周报", "Weekly complaint summary"}),
            Map.entry("monthly", new String[] {"回访月报", "Monthly return-visit report"}),
            Map.entry("quarterly", new String[] {"季度统计分析", "Quarterly analysis"}),
            Map.entry("summary", new String[] {"汇总", "Summary"}),
            Map.entry("project", new String[] {"项目", "Project"}),
            Map.entry("period", new String[] {"统计期间", "Period"}),
            Map.entry("asOf", new String[] {"统计截至", "As of"}),
            Map.entry("registered", new String[] {"新增投诉", "New complaints"}),
            Map.entry("completedInWeek", new String[] {"本周办结", "Completed in the week"}),
            Map.entry("openAtEnd", new String[] {"期末未结", "Open at the end"}),
            Map.entry("age", new String[] {"账龄", "Age"}),
            Map.entry("count", new String[] {"数量", "Count"}),
            Map.entry("LESS_THAN_1_DAY", new String[] {"< 1 天", "< 1 day"}),
            Map.entry("DAYS_1_TO_3", new String[] {"1–3 天", "1–3 days"}),
            Map.entry("DAYS_3_TO_7", new String[] {"3–7 天", "3–7 days"}),
            Map.entry("MORE_THAN_7_DAYS", new String[] {"≥ 7 天", "7 days or more"}),
            Map.entry("date", new String[] {"日期", "Date"}),
            Map.entry("completed", new String[] {"办结", "Completed"}),
            Map.entry("complaints", new String[] {"本周投诉", "Complaints"}),
            Map.entry("open", new String[] {"期末未结投诉", "Open at the end"}),
            Map.entry("causes", new String[] {"原因分析", "Root causes"}),
            Map.entry("category", new String[] {"类别", "Category"}),
            Map.entry("notes", new String[] {"处理说明（最近）", "Handling notes (latest)"}),
            Map.entry("repeatUnits", new String[] {"重复投诉房号（近 90 天 ≥ 2 次）", "Repeat units (≥ 2 in 90 days)"}),
            Map.entry("repeatSheet", new String[] {"重复投诉", "Repeat units"}),
            Map.entry("lastAt", new String[] {"最近投诉", "Latest"}),
            Map.entry("orders", new String[] {"工单", "Orders"}),
            Map.entry("code", new String[] {"工单号", "Order"}),
            Map.entry("title", new String[] {"标题", "Title"}),
            Map.entry("unit", new String[] {"房号/位置", "Unit / place"}),
            Map.entry("building", new String[] {"楼栋", "Building"}),
            Map.entry("status", new String[] {"状态", "Status"}),
            Map.entry("assignee", new String[] {"处理人", "Assignee"}),
            Map.entry("createdAt", new String[] {"登记时间", "Registered"}),
            Map.entry("completedAt", new String[] {"完成时间", "Completed"}),
            Map.entry("ageDays", new String[] {"账龄（天）", "Age (days)"}),
            Map.entry("resolution", new String[] {"处理结果", "Resolution"}),
            Map.entry("group", new String[] {"分组", "Group"}),
            Map.entry("due", new String[] {"应回访（已完成）", "Due (completed)"}),
            Map.entry("visited", new String[] {"已回访", "Visited"}),
            Map.entry("coverage", new String[] {"回访率", "Coverage"}),
            Map.entry("closed", new String[] {"已关闭", "Closed"}),
            Map.entry("closedOnTime", new String[] {"按时关闭", "Closed on time"}),
            Map.entry("onTimeRate", new String[] {"回访及时率", "On-time %"}),
            Map.entry("meanSatisfaction", new String[] {"平均满意度", "Mean satisfaction"}),
            Map.entry("unsatisfied", new String[] {"不满意（返修）", "Unsatisfied (rework)"}),
            Map.entry("byBuilding", new String[] {"按楼栋", "By building"}),
            Map.entry("byAssignee", new String[] {"按处理人", "By technician"}),
            Map.entry("score", new String[] {"评分", "Score"}),
            Map.entry("visitedAt", new String[] {"回访时间", "Visited"}),
            Map.entry("comment", new String[] {"回访意见", "Comment"}),
            Map.entry("all", new String[] {"合计", "Total"}),
            Map.entry("none", new String[] {"（无）", "(none)"}),
            Map.entry("figure", new String[] {"指标", "Figure"}),
            Map.entry("quarter", new String[] {"本季度", "Quarter"}),
            Map.entry("previousQuarter", new String[] {"上季度", "Previous quarter"}),
            Map.entry("change", new String[] {"变化", "Change"}),
            Map.entry("target", new String[] {"目标", "Target"}),
            Map.entry("ordersRegistered", new String[] {"工单量", "Orders"}),
            Map.entry("resolutionOnTimeRate", new String[] {"维修及时率", "Resolution on time"}),
            Map.entry("reworkRate", new String[] {"返修率", "Rework rate"}),
            Map.entry("complaintsPer100Units", new String[] {"每百户投诉", "Complaints per 100 units"}),
            Map.entry("returnVisitOnTimeRate", new String[] {"回访及时率", "Return visits on time"}),
            Map.entry("surveyIndex", new String[] {"满意度指数", "Survey index"}),
            Map.entry("inspectionScore", new String[] {"督导得分", "Inspection score"}),
            Map.entry("rectificationRate", new String[] {"整改率", "Rectification rate"}),
            Map.entry("PLUMBING", new String[] {"水暖管道", "Plumbing"}),
            Map.entry("ELECTRICAL", new String[] {"电气", "Electrical"}),
            Map.entry("ELEVATOR", new String[] {"电梯", "Elevator"}),
            Map.entry("DOOR_LOCK", new String[] {"门锁门禁", "Doors and access"}),
            Map.entry("CIVIL", new String[] {"土建", "Civil works"}),
            Map.entry("CLEANING", new String[] {"保洁", "Cleaning"}),
            Map.entry("LANDSCAPING", new String[] {"绿化", "Landscaping"}),
            Map.entry("SECURITY", new String[] {"安防", "Security"}),
            Map.entry("PARKING", new String[] {"停车", "Parking"}),
            Map.entry("NOISE", new String[] {"噪音", "Noise"}),
            Map.entry("OTHER", new String[] {"其他", "Other"}),
            Map.entry("S_NEW", new String[] {"新建", "New"}),
            Map.entry("S_ASSIGNED", new String[] {"已派单", "Assigned"}),
            Map.entry("S_IN_PROGRESS", new String[] {"处理中", "In progress"}),
            Map.entry("S_ON_HOLD", new String[] {"挂起", "On hold"}),
            Map.entry("S_COMPLETED", new String[] {"已完成", "Completed"}),
            Map.entry("S_CLOSED", new String[] {"已关闭", "Closed"}),
            Map.entry("S_REOPENED", new String[] {"已重开", "Reopened"}),
            Map.entry("S_CANCELLED", new String[] {"已取消", "Cancelled"}));

    private final ReportLabels labels;

    private ReportText(ReportLabels labels) {
        this.labels = labels;
    }

    /** {@code en} gives English; zh-CN or none Chinese; anything else is a 400 naming {@code lang}. */
    static ReportText of(String lang) {
        return new ReportText(ReportLabels.of(LABELS, lang));
    }

    String t(String key) {
        return labels.t(key);
    }

    String status(String status) {
        return t("S_" + status);
    }
}
