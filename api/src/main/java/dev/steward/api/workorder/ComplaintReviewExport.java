package dev.steward.api.workorder;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ListExport;
import dev.steward.api.property.Projects;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** 投诉每日盘点 as a file: the review's open complaints ({@link WorkOrderStatsService#complaintReview}), oldest bucket first. */
@Component
class ComplaintReviewExport {

    private static final ListExport.Layout LAYOUT = new ListExport.Layout("complaint-review", "Complaints", List.of(
            "账龄 Age", "编号 Code", "标题 Title", "房号 Unit", "位置 Location", "状态 Status", "优先级 Priority",
            "首问责任人 First responsible", "处理人 Assignee", "登记时间 Created", "已历时(小时) Age (hours)", "超时 Overdue",
            "最新备注时间 Last note at", "最新备注人 Last note by", "最新备注 Last note", "时区 Time zone"));

    private final WorkOrderStatsService stats;
    private final Projects projects;
    private final ListExport export;

    ComplaintReviewExport(WorkOrderStatsService stats, Projects projects, ListExport export) {
        this.stats = stats;
        this.projects = projects;
        this.export = export;
    }

    Mono<Void> write(ServerHttpResponse response, Caller caller, UUID projectId, String format) {
        ListExport.Format f = ListExport.Format.of(format);
        Flux<List<String>> rows = Mono.defer(() -> stats.complaintReview(caller, projectId))
                .zipWith(projects.zones(List.of(projectId)))
                .flatMapMany(t -> {
                    ZoneId zone = t.getT2().getOrDefault(projectId, ZoneId.of("Asia/Shanghai"));
                    return Flux.fromIterable(t.getT1().buckets())
                            .concatMapIterable(b -> b.items().stream().map(i -> row(b.age(), i, zone)).toList());
                });
        return export.write(response, f, LAYOUT, rows);
    }

    private static List<String> row(ComplaintReview.Age age, ComplaintReview.Item i, ZoneId zone) {
        ComplaintReview.LastNote note = i.lastNote();
        return Arrays.asList(age.name(), i.code(), i.title(), i.unitLabel(), i.location(), i.status(), i.priority(),
                i.firstResponsibleName(), i.assigneeName(), ListExport.time(i.createdAt(), zone), Long.toString(i.ageMinutes() / 60),
                i.overdue() ? "Y" : "", note == null ? null : ListExport.time(note.at(), zone), note == null ? null : note.actorName(),
                note == null ? null : note.note(), zone.getId());
    }
}
