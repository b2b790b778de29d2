package dev.steward.api.quality;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The picture's fixture (docs/quality.md) plus five orders for the periodic reports, worked out by hand in
 * docs/quality.md "Reports — the hand-computed fixture" (times UTC; Shanghai is +8):
 * F complaint 2-101 NOISE 02-05 02:00 in progress; G complaint 1-101 NOISE 02-08 10:00 completed 02-10 02:00;
 * H complaint 1-102 CLEANING (tech2) 01-20 02:00 completed 02-04 03:00; I complaint 2-101 CLEANING 01-30 02:00 assigned,
 * nobody's; J repair 2-101 (tech1) 01-15 02:00 completed 06:00, visited unsatisfied (2) 01-16 03:00, back in progress.
 */
abstract class ReportFixture extends QualityFixture {

    void createReportFixture() {
        createFixture();
        String agent = userId("agent");
        orders.put("F", order(11, "COMPLAINT", "NOISE", "2-101", tech1, "IN_PROGRESS", "2026-02-05 02:00", null, null, null, 0, agent));
        orders.put("G", order(12, "COMPLAINT", "NOISE", "1-101", tech1, "COMPLETED", "2026-02-08 10:00", "2026-02-10 02:00",
                "已与楼上住户沟通，承诺夜间注意", null, 0, agent));
        orders.put("H", order(13, "COMPLAINT", "CLEANING", "1-102", tech2, "COMPLETED", "2026-01-20 02:00", "2026-02-04 03:00",
                "已督促保洁单位清运", null, 0, agent));
        orders.put("I", order(14, "COMPLAINT", "CLEANING", "2-101", null, "ASSIGNED", "2026-01-30 02:00", null, null, null, 0, agent));
        orders.put("J", order(15, "REPAIR", "PLUMBING", "2-101", tech1, "IN_PROGRESS", "2026-01-15 02:00", null, null, 2, 1, agent));
        sql("""
                insert into work_order_events (project_id, work_order_id, type, actor_id, at, note, from_status, to_status, changes)
                values ('%s', '%s', 'RETURN_VISITED', '%s', '2026-01-16 03:00+00', '仍然漏水', 'COMPLETED', 'REOPENED',
                        '[{"field": "satisfaction", "to": "2"}]')""".formatted(projectId, orders.get("J"), agent));
    }

    private String order(int n, String type, String category, String unitLabel, String assignee, String status, String created,
            String completed, String resolution, Integer satisfaction, int reopened, String agent) {
        String id = UUID.randomUUID().toString();
        String unit = db.sql("select id::text from units where project_id = '%s' and label = '%s'".formatted(projectId, unitLabel))
                .map(r -> r.get(0, String.class)).one().block();
        sql("""
                insert into work_orders (id, project_id, code, unit_id, type, category, priority, channel, title, reporter_name,
                    reporter_phone, first_responsible_id, assignee_id, status, response_due_at, resolution_due_at, completed_at, resolution,
                    satisfaction, reopen_count, created_at, updated_at)
                values ('%s', '%s', '%s', '%s', '%s', '%s', 'NORMAL', 'PHONE', '报表样例 %s', '李女士', '13900000000', '%s', %s, '%s',
                    '%s+00'::timestamptz + interval '30 minutes', '%s+00'::timestamptz + interval '1 day', %s, %s, %s, %d, '%s+00', '%s+00')
                """.formatted(id, projectId, code + "-2026020" + n + "-0001", unit, type, category, n, agent,
                assignee == null ? "null" : "'" + assignee + "'", status, created, created,
                completed == null ? "null" : "'" + completed + "+00'", resolution == null ? "null" : "'" + resolution + "'",
                satisfaction == null ? "null" : satisfaction.toString(), reopened, created, created));
        return id;
    }

    byte[] xlsx(String uri) {
        return as("admin").get().uri(uri).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    /** Every sheet's rows as text (numbers as their plain value), by sheet name. */
    static Map<String, List<List<String>>> read(byte[] xlsx) {
        Map<String, List<List<String>>> out = new java.util.LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb.getSheets().toList()) {
                List<List<String>> rows = new java.util.ArrayList<>();
                for (Row r : s.read()) {
                    List<String> cells = new java.util.ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        cells.add(r.getCell(i) == null ? null : r.getCell(i).getText());
                    }
                    rows.add(cells);
                }
                out.put(s.getName(), rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The row whose first cell is {@code label}. */
    static List<String> row(List<List<String>> rows, String label) {
        return rows.stream().filter(r -> !r.isEmpty() && label.equals(r.get(0))).findFirst().orElseThrow(() -> new AssertionError(label));
    }
}
