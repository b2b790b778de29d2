package dev.steward.api.inspection;

import dev.steward.api.platform.ReportLabels;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;

/** The labels of the report workbooks in the requested language (zh-CN by default, or en), and their formatting. */
final class ReportText {

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("report", new String[] {"督导报告", "Inspection report"}),
            Map.entry("draft", new String[] {"草稿：尚未提交，得分为临时得分", "DRAFT: not submitted, the score is provisional"}),
            Map.entry("project", new String[] {"项目", "Project"}),
            Map.entry("code", new String[] {"检查编号", "Inspection"}),
            Map.entry("template", new String[] {"评分细则", "Rubric"}),
            Map.entry("method", new String[] {"检查方式", "Method"}),
            Map.entry("inspector", new String[] {"检查人", "Inspector"}),
            Map.entry("time", new String[] {"检查时间", "Time"}),
            Map.entry("location", new String[] {"地点", "Location"}),
            Map.entry("total", new String[] {"总分", "Total"}),
            Map.entry("grade", new String[] {"等级", "Grade"}),
            Map.entry("consequence", new String[] {"奖罚", "Consequence"}),
            Map.entry("summary", new String[] {"检查小结", "Summary"}),
            Map.entry("scores", new String[] {"得分", "Scores"}),
            Map.entry("section", new String[] {"版块", "Section"}),
            Map.entry("item", new String[] {"细项", "Item"}),
            Map.entry("weight", new String[] {"权重 %", "Weight %"}),
            Map.entry("max", new String[] {"规定分值", "Points"}),
            Map.entry("score", new String[] {"得分", "Score"}),
            Map.entry("deducted", new String[] {"扣分", "Deducted"}),
            Map.entry("percent", new String[] {"得分率 %", "Percent"}),
            Map.entry("notApplicable", new String[] {"不适用", "not applicable"}),
            Map.entry("deductions", new String[] {"扣分明细", "Deductions"}),
            Map.entry("checkPoint", new String[] {"检查点", "Check point"}),
            Map.entry("requirement", new String[] {"要求", "Requirement"}),
            Map.entry("note", new String[] {"说明", "Note"}),
            Map.entry("photos", new String[] {"照片", "Photos"}),
            Map.entry("rectifications", new String[] {"整改", "Rectifications"}),
            Map.entry("order", new String[] {"工单", "Work order"}),
            Map.entry("owner", new String[] {"责任人", "Owner"}),
            Map.entry("raisedAt", new String[] {"下发时间", "Raised"}),
            Map.entry("dueAt", new String[] {"整改期限", "Deadline"}),
            Map.entry("status", new String[] {"状态", "Status"}),
            Map.entry("rounds", new String[] {"轮次", "Rounds"}),
            Map.entry("month", new String[] {"月份", "Month"}),
            Map.entry("brief", new String[] {"月度简报", "Monthly brief"}),
            Map.entry("ranking", new String[] {"评比排名", "Ranking"}),
            Map.entry("rank", new String[] {"名次", "Rank"}),
            Map.entry("rankDelta", new String[] {"名次变化", "Rank change"}),
            Map.entry("previousScore", new String[] {"上月得分", "Last month"}),
            Map.entry("scoreDelta", new String[] {"得分变化", "Change"}),
            Map.entry("inspections", new String[] {"检查次数", "Inspections"}),
            Map.entry("findings", new String[] {"扣分项数", "Findings"}),
            Map.entry("tasksDue", new String[] {"应查", "Tasks due"}),
            Map.entry("tasksMissed", new String[] {"应查未查", "Missed"}),
            Map.entry("topDeductions", new String[] {"主要扣分项", "Top deductions"}),
            Map.entry("count", new String[] {"次数", "Times"}),
            Map.entry("projectCount", new String[] {"涉及项目", "Projects"}),
            Map.entry("pointsLost", new String[] {"扣分合计", "Points lost"}),
            Map.entry("raised", new String[] {"下发", "Raised"}),
            Map.entry("closed", new String[] {"已销号", "Closed"}),
            Map.entry("open", new String[] {"整改中", "Open"}),
            Map.entry("awaiting", new String[] {"待复查", "Awaiting re-inspection"}),
            Map.entry("overdueCount", new String[] {"逾期", "Overdue"}),
            Map.entry("rate", new String[] {"整改率", "Rectification rate"}),
            Map.entry("onTimeRate", new String[] {"及时率", "On-time rate"}),
            Map.entry("overdue", new String[] {"逾期整改", "Overdue"}),
            Map.entry("asOf", new String[] {"统计截至", "As of"}),
            Map.entry("daysLate", new String[] {"逾期天数", "Days late"}),
            Map.entry("all", new String[] {"全部项目", "All projects"}),
            Map.entry("OPEN", new String[] {"明查", "Open"}),
            Map.entry("UNANNOUNCED", new String[] {"暗访", "Unannounced"}),
            Map.entry("POST_QUESTIONING", new String[] {"岗位询问", "Post questioning"}),
            Map.entry("CUSTOMER_CALLBACK", new String[] {"客户回访", "Customer callback"}),
            Map.entry("WRITTEN_TEST", new String[] {"笔试", "Written test"}),
            Map.entry("EXCELLENT", new String[] {"优秀", "Excellent"}),
            Map.entry("GOOD", new String[] {"良好", "Good"}),
            Map.entry("FAIL", new String[] {"不合格", "Fail"}),
            Map.entry("R_OPEN", new String[] {"整改中", "Open"}),
            Map.entry("R_AWAITING_REINSPECTION", new String[] {"待复查", "Awaiting re-inspection"}),
            Map.entry("R_CLOSED", new String[] {"已销号", "Closed"}),
            Map.entry("R_CANCELLED", new String[] {"已取消", "Cancelled"}));

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

    String of(Rubric.Text text) {
        return text == null ? null : labels.english() ? text.en() : text.zh();
    }

    static String time(OffsetDateTime at, ZoneId zone) {
        return ReportLabels.time(at, zone);
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? null : fraction.movePointRight(2).stripTrailingZeros().toPlainString() + " %";
    }
}
