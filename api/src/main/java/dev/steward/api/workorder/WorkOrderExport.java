package dev.steward.api.workorder;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Csv;
import dev.steward.api.platform.Xlsx;
import dev.steward.api.property.Projects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A list view as a file, streamed: the orders are read a page at a time ({@link WorkOrderSearch#all}) and each
 * batch of rows is written out before the next page is read, so an export of any size needs the memory of one page.
 */
@Component
class WorkOrderExport {

    /** Rows per written chunk. */
    private static final int BATCH = 200;
    /** An XLSX sheet holds 1 048 576 rows, the header included. */
    private static final int XLSX_MAX_ROWS = 1_048_575;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");
    private static final List<String> HEADER = List.of("编号 Code", "状态 Status", "类型 Type", "类别 Category", "优先级 Priority",
            "房号 Unit", "位置 Location", "标题 Title", "报事人 Reporter", "电话 Phone", "处理人 Assignee", "首问责任人 First responsible",
            "登记时间 Created", "响应期限 Response due", "完成期限 Resolution due", "回访期限 Return visit due", "完成时间 Completed",
            "满意度 Satisfaction", "返修次数 Reopened", "超时 Overdue", "时区 Time zone");

    private final WorkOrderSearch search;
    private final Projects projects;
    private final Clock clock;

    WorkOrderExport(WorkOrderSearch search, Projects projects, Clock clock) {
        this.search = search;
        this.projects = projects;
        this.clock = clock;
    }

    /** Checks the filters (a 400 or 404 before anything is written), then writes the file to the response. */
    Mono<Void> write(ServerHttpResponse response, Caller caller, WorkOrderSearch.Filters filters, String format) {
        boolean xlsx = switch (format) {
            case "csv" -> false;
            case "xlsx" -> true;
            default -> throw ApiException.invalidField("format", "is not csv or xlsx");
        };
        Flux<WorkOrderView> orders = search.all(caller, filters);
        return projects.summaries(Arrays.asList(caller.projectIdArray())).collectMap(Projects.Summary::id, p -> ZoneId.of(p.timezone()))
                .flatMap(zones -> {
                    Flux<List<String>> rows = orders.map(v -> row(v, zones));
                    DataBufferFactory buffers = response.bufferFactory();
                    HttpHeaders headers = response.getHeaders();
                    String name = "work-orders-" + FILE_TIME.format(OffsetDateTime.now(clock)) + (xlsx ? ".xlsx" : ".csv");
                    headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
                    headers.setContentType(xlsx ? MediaType.parseMediaType(Xlsx.CONTENT_TYPE)
                            : new MediaType("text", "csv", StandardCharsets.UTF_8));
                    return response.writeWith((xlsx ? xlsx(rows) : csv(rows)).map(buffers::wrap));
                });
    }

    private static List<String> row(WorkOrderView v, Map<UUID, ZoneId> zones) {
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
        r.add(time(o.createdAt(), zone));
        r.add(time(o.responseDueAt(), zone));
        r.add(time(o.resolutionDueAt(), zone));
        r.add(time(o.returnVisitDueAt(), zone));
        r.add(time(o.completedAt(), zone));
        r.add(o.satisfaction() == null ? null : o.satisfaction().toString());
        r.add(Integer.toString(o.reopenCount()));
        r.add(v.sla().responseBreached() || v.sla().resolutionBreached() ? "Y" : "");
        r.add(zone.getId());
        return r;
    }

    private static String time(OffsetDateTime t, ZoneId zone) {
        return t == null ? null : TIME.format(t.atZoneSameInstant(zone));
    }

    private static Flux<byte[]> csv(Flux<List<String>> rows) {
        StringBuilder head = new StringBuilder(Csv.BOM);
        Csv.line(head, HEADER);
        return Flux.just(head.toString().getBytes(StandardCharsets.UTF_8))
                .concatWith(rows.buffer(BATCH).map(batch -> {
                    StringBuilder out = new StringBuilder();
                    batch.forEach(r -> Csv.line(out, r));
                    return out.toString().getBytes(StandardCharsets.UTF_8);
                }));
    }

    /** fastexcel writes rows to a zip stream as they come: after each batch, what it wrote is sent on. */
    private static Flux<byte[]> xlsx(Flux<List<String>> rows) {
        return Flux.defer(() -> {
            Drain out = new Drain();
            Workbook wb = new Workbook(out, "Steward", "1.0");
            Worksheet sheet = wb.newWorksheet("Work orders");
            int[] next = {0};
            Xlsx.row(sheet, next[0]++, HEADER);
            return rows.take(XLSX_MAX_ROWS).buffer(BATCH).map(batch -> {
                        batch.forEach(r -> Xlsx.row(sheet, next[0]++, r));
                        io(sheet::flush);
                        return out.take();
                    })
                    .concatWith(Mono.fromCallable(() -> {
                        io(wb::finish);
                        return out.take();
                    }))
                    .filter(bytes -> bytes.length > 0);
        });
    }


    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An in-memory stream that hands over what was written so far. */
    private static final class Drain extends ByteArrayOutputStream {
        synchronized byte[] take() {
            byte[] bytes = toByteArray();
            reset();
            return bytes;
        }
    }
}
