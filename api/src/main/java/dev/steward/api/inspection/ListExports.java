package dev.steward.api.inspection;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ListExport;
import dev.steward.api.platform.Page;
import dev.steward.api.property.Projects;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The inspection list and the rectification register as files ({@link ListExport}), read through the lists' own page
 * reads (same filters, drafts only for their readers, project scope); the rubric's text in the requested language.
 */
@Component
class ListExports {

    private static final ListExport.Layout INSPECTIONS = new ListExport.Layout("inspections", "Inspections", List.of("编号 Code",
            "检查表 Rubric", "方式 Method", "状态 Status", "位置 Location", "检查人 Inspector", "开始时间 Started", "提交时间 Submitted",
            "得分 Score", "等级 Grade", "扣分项 Findings", "整改 Rectifications", "未销号整改 Open rectifications", "时区 Time zone"));
    private static final ListExport.Layout RECTIFICATIONS = new ListExport.Layout("rectifications", "Rectifications", List.of(
            "检查 Inspection", "检查表 Rubric", "分部 Section", "检查项 Item", "检查点 Check point", "问题 Finding", "说明 Note",
            "扣分 Deduction", "责任人 Owner", "提出人 Raised by", "提出时间 Raised", "原期限 Original deadline", "期限 Deadline",
            "剩余天数 Days left", "逾期 Overdue", "状态 Status", "复查轮次 Rounds", "工单 Work order", "工单状态 Work order status",
            "销号时间 Closed", "按时销号 Closed on time", "时区 Time zone"));
    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    private final InspectionService inspections;
    private final RectificationService rectifications;
    private final Projects projects;
    private final ListExport export;

    ListExports(InspectionService inspections, RectificationService rectifications, Projects projects, ListExport export) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.projects = projects;
        this.export = export;
    }

    Mono<Void> inspections(ServerHttpResponse response, Caller caller, UUID projectId, InspectionRepository.Query filters, String format,
            String lang) {
        ListExport.Format f = ListExport.Format.of(format);
        ReportText text = ReportText.of(lang);
        return projects.zones(Arrays.asList(caller.projectIdArray())).flatMap(zones -> export.write(response, f, INSPECTIONS,
                ListExport.pages(cursor -> inspections.list(caller, projectId, filters, Page.MAX_LIMIT, cursor, null)).map(x -> {
                    ZoneId zone = zones.getOrDefault(x.projectId(), DEFAULT_ZONE);
                    return Arrays.asList(x.code(), text.of(x.templateName()), x.method(), x.status(), x.location(), x.inspectorName(),
                            ListExport.time(x.startedAt(), zone), ListExport.time(x.submittedAt(), zone), number(x.total()), x.grade(),
                            Integer.toString(x.findingCount()), Integer.toString(x.rectificationCount()),
                            Integer.toString(x.openRectificationCount()), zone.getId());
                })));
    }

    Mono<Void> rectifications(ServerHttpResponse response, Caller caller, UUID projectId, RectificationRepository.Query filters,
            String format, String lang) {
        ListExport.Format f = ListExport.Format.of(format);
        ReportText text = ReportText.of(lang);
        return projects.zones(Arrays.asList(caller.projectIdArray())).flatMap(zones -> export.write(response, f, RECTIFICATIONS,
                ListExport.pages(cursor -> rectifications.list(caller, projectId, filters, Page.MAX_LIMIT, cursor)).map(v -> {
                    RectificationRepository.Row r = v.row();
                    ZoneId zone = zones.getOrDefault(r.projectId(), DEFAULT_ZONE);
                    return Arrays.asList(r.inspectionCode(), text.of(r.templateName()), text.of(r.sectionName()), text.of(r.itemName()),
                            r.checkPointCode(), text.of(r.findingText()), r.findingNote(), number(r.deduction()), r.ownerName(),
                            r.raisedByName(), ListExport.time(r.raisedAt(), zone), ListExport.time(r.originalDueAt(), zone),
                            ListExport.time(r.dueAt(), zone), Integer.toString(v.daysLeft()), v.overdue() ? "Y" : "", r.status(),
                            Integer.toString(r.rounds()), r.workOrderCode(), r.workOrderStatus(), ListExport.time(r.closedAt(), zone),
                            r.closedOnTime() == null ? null : r.closedOnTime() ? "Y" : "N", zone.getId());
                })));
    }

    private static String number(BigDecimal n) {
        return n == null ? null : n.stripTrailingZeros().toPlainString();
    }
}
