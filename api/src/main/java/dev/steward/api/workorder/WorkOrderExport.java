package dev.steward.api.workorder;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ListExport;
import dev.steward.api.property.Projects;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * A list view as a file, streamed ({@link ListExport}): the orders are read a page at a time ({@link WorkOrderSearch#all}),
 * with their SLA (due, done, late) and return visit (due, done, late, score) columns.
 */
@Component
class WorkOrderExport {

    private static final List<String> HEADER = List.of("编号 Code", "状态 Status", "类型 Type", "类别 Category", "优先级 Priority",
            "房号 Unit", "位置 Location", "标题 Title", "报事人 Reporter", "电话 Phone", "处理人 Assignee", "首问责任人 First responsible",
            "登记时间 Created", "响应期限 Response due", "响应时间 Responded", "响应超时 Response late",
            "完成期限 Resolution due", "完成时间 Completed", "完成超时 Resolution late",
            "回访期限 Return visit due", "回访时间 Return visit at", "回访超时 Return visit late", "回访满意度 Return visit score",
            "返修次数 Reopened", "时区 Time zone");
    private static final ListExport.Layout LAYOUT = new ListExport.Layout("work-orders", "Work orders", HEADER);

    private final WorkOrderSearch search;
    private final Projects projects;
    private final ListExport export;
    private final Clock clock;

    WorkOrderExport(WorkOrderSearch search, Projects projects, ListExport export, Clock clock) {
        this.search = search;
        this.projects = projects;
        this.export = export;
        this.clock = clock;
    }

    /** Checks the filters (a 400 or 404 before anything is written), then writes the file to the response. */
    Mono<Void> write(ServerHttpResponse response, Caller caller, WorkOrderSearch.Filters filters, String format) {
        ListExport.Format f = ListExport.Format.of(format);
        var orders = search.all(caller, filters);
        Instant now = clock.instant();
        return projects.zones(Arrays.asList(caller.projectIdArray()))
                .flatMap(zones -> export.write(response, f, LAYOUT, orders.map(v -> row(v, zones, now))));
    }

    static List<String> row(WorkOrderView v, Map<UUID, ZoneId> zones, Instant now) {
        WorkOrder o = v.order();
        ZoneId zone = zones.getOrDefault(o.projectId(), ZoneId.of("Asia/Shanghai"));
        List<String> r = new ArrayList<>(HEADER.size());
        r.add(o.code());
        r.add(o.status().name());
        r.add(o.type());
        r.add(o.category());
        r.add(o.priority());
        r.add(o.unitLabel());
        r.add(o.location());
        r.add(o.title());
        r.add(v.reporter().name());
        r.add(v.reporter().phone());
        r.add(o.assigneeName());
        r.add(o.firstResponsibleName());
        r.add(ListExport.time(o.createdAt(), zone));
        r.add(ListExport.time(o.responseDueAt(), zone));
        r.add(ListExport.time(o.respondedAt(), zone));
        r.add(flag(v.sla().responseBreached()));
        r.add(ListExport.time(o.resolutionDueAt(), zone));
        r.add(ListExport.time(o.completedAt(), zone));
        r.add(flag(v.sla().resolutionBreached()));
        r.add(ListExport.time(o.returnVisitDueAt(), zone));
        // A satisfied return visit closes an order with its score (1–2 stars reopen it, with the due time cleared); a
        // rectification order is closed by its re-inspection instead, with no score and no return visit.
        OffsetDateTime visitedAt = o.status() == WorkOrderStatus.CLOSED && o.satisfaction() != null ? o.closedAt() : null;
        r.add(ListExport.time(visitedAt, zone));
        r.add(flag(returnVisitLate(o, visitedAt, now)));
        r.add(o.satisfaction() == null ? null : o.satisfaction().toString());
        r.add(Integer.toString(o.reopenCount()));
        r.add(zone.getId());
        return r;
    }

    /** Awaiting its visit past the due time, or closed by a visit after it (as the statistics' return-visit on-time rate). */
    private static boolean returnVisitLate(WorkOrder o, OffsetDateTime visitedAt, Instant now) {
        if (o.returnVisitDueAt() == null) {
            return false;
        }
        Instant due = o.returnVisitDueAt().toInstant();
        return switch (o.status()) {
            case COMPLETED -> now.isAfter(due);
            case CLOSED -> visitedAt != null && visitedAt.toInstant().isAfter(due);
            default -> false;
        };
    }

    private static String flag(boolean late) {
        return late ? "Y" : "";
    }
}
