package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

/** The 督导报告 as XLSX: the sheet of a hand-known inspection read back cell by cell; drafts marked; other projects 404. */
class InspectionExportIntegrationTest extends InspectionTestSupport {

    /** The worked example of docs/inspections.md (JL, 95.5 EXCELLENT) with a photo and a rectification on CS-01-1. */
    @Test
    void theReportSheetsShowTheScoresDeductionsPhotosAndRectifications() throws IOException {
        Read x = start("supervisor", jl(), "CUSTOMER_SERVICE", "UNANNOUNCED");
        uploadPhoto("supervisor", x.id(), x.resultOf("CS-01-1").get("id"), "BEFORE").expectStatus().isCreated();
        Read done = submitted("supervisor", saved("supervisor", x, workedExample(x)));
        post("supervisor", "/api/v1/inspections/" + x.id() + "/results/" + done.resultOf("CS-01-1").get("id") + "/rectification",
                Map.of("assigneeId", userId("agent2"), "dueAt", inDays(3), "note", "制度上墙")).expectStatus().isCreated();

        try (ReadableWorkbook wb = workbook("agent2", x.id(), "")) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("督导报告", "扣分明细", "整改");
            List<Row> report = sheets.get(0).read();
            assertThat(text(report.get(0), 0)).isEqualTo("督导报告");
            assertThat(text(report.get(0), 1)).isEqualTo(done.body().get("code"));
            assertThat(text(labelled(report, "项目"), 1)).startsWith("JL ");
            assertThat(text(labelled(report, "评分细则"), 1)).matches("客户服务督导评分细则 v\\d+");
            assertThat(text(labelled(report, "检查方式"), 1)).isEqualTo("暗访");
            assertThat(text(labelled(report, "检查人"), 1)).isEqualTo("吴督导");
            assertThat(text(labelled(report, "地点"), 1)).isEqualTo("服务中心");
            assertThat(number(labelled(report, "总分"), 1)).isEqualByComparingTo("95.5");
            assertThat(text(labelled(report, "等级"), 1)).isEqualTo("优秀");
            assertThat(text(labelled(report, "奖罚"), 1)).isEqualTo("奖励：项目经理 1000 元，分管副经理 800 元，部门主任/副主任 600 元");
            assertThat(text(labelled(report, "照片"), 1)).endsWith("/inspections/" + x.id());
            assertThat(report).noneSatisfy(r -> assertThat(text(r, 0)).startsWith("草稿"));
            Row internal = report.stream().filter(r -> text(r, 0).startsWith("CS-INTERNAL")).findFirst().orElseThrow();
            assertThat(number(internal, 2)).isEqualByComparingTo("45");
            assertThat(number(internal, 3)).isEqualByComparingTo("40.5");
            assertThat(number(internal, 4)).isEqualByComparingTo("4.5");
            assertThat(number(internal, 5)).isEqualByComparingTo("90");
            Row onsite = report.stream().filter(r -> text(r, 0).startsWith("CS-ONSITE")).findFirst().orElseThrow();
            assertThat(number(onsite, 2)).isEqualByComparingTo("35");
            Row cs01 = report.stream().filter(r -> text(r, 1).startsWith("CS-01 ")).findFirst().orElseThrow();
            assertThat(number(cs01, 3)).isEqualByComparingTo(number(cs01, 2).subtract(new BigDecimal("3.5")));
            Row cs14 = report.stream().filter(r -> text(r, 1).startsWith("CS-14 ")).findFirst().orElseThrow();
            assertThat(text(cs14, 3)).isEqualTo("不适用");

            List<Row> deductions = sheets.get(1).read();
            assertThat(deductions).hasSize(4);
            assertThat(text(deductions.get(0), 2)).isEqualTo("检查点");
            Row first = deductions.get(1);
            assertThat(text(first, 2)).isEqualTo("CS-01-1");
            assertThat(number(first, 4)).isEqualByComparingTo("2");
            assertThat(text(first, 5)).isEqualTo("制度未上墙");
            assertThat(text(first, 6)).startsWith("finding.jpg (BEFORE) /api/v1/files/");
            assertThat(text(first, 8)).isEqualTo("王客服");
            assertThat(text(first, 10)).isEqualTo("整改中");
            assertThat(deductions.subList(1, 4)).extracting(r -> text(r, 2) + "=" + number(r, 4).stripTrailingZeros().toPlainString())
                    .containsExactly("CS-01-1=2", "CS-01-3=1.5", "CS-03-4=1");

            List<Row> rects = sheets.get(2).read();
            assertThat(rects).hasSize(2);
            assertThat(text(rects.get(1), 0)).startsWith("JL-");
            assertThat(text(rects.get(1), 1)).isEqualTo("CS-01-1");
            assertThat(text(rects.get(1), 3)).isEqualTo("王客服");
            assertThat(text(rects.get(1), 6)).isEqualTo("整改中");
            assertThat(number(rects.get(1), 7)).isEqualByComparingTo("1");
        }
        try (ReadableWorkbook wb = workbook("supervisor", x.id(), "&lang=en")) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Inspection report", "Deductions", "Rectifications");
            List<Row> report = sheets.get(0).read();
            assertThat(text(labelled(report, "Grade"), 1)).isEqualTo("Excellent");
            assertThat(text(labelled(report, "Method"), 1)).isEqualTo("Unannounced");
        }
    }

    /** A draft is marked and its score provisional; a format other than xlsx is a 400; another project's inspection a 404. */
    @Test
    void draftsAreMarkedAndOtherProjectsAreNotFound() throws IOException {
        Read draft = start("supervisor", jl(), "NIGHT_PATROL", "OPEN");
        try (ReadableWorkbook wb = workbook("supervisor", draft.id(), "")) {
            List<Row> report = wb.getFirstSheet().read();
            assertThat(text(report.get(1), 0)).isEqualTo("草稿：尚未提交，得分为临时得分");
            assertThat(number(labelled(report, "总分"), 1)).isEqualByComparingTo("100");
        }
        as("agent2").get().uri("/api/v1/inspections/" + draft.id() + "/export?format=xlsx").exchange().expectStatus().isNotFound();
        as("agent").get().uri("/api/v1/inspections/" + draft.id() + "/export?format=xlsx").exchange().expectStatus().isNotFound();
        Read done = submitted("supervisor", saved("supervisor", draft, answers(draft, cp -> null)));
        as("agent").get().uri("/api/v1/inspections/" + done.id() + "/export?format=xlsx").exchange().expectStatus().isNotFound();
        as("supervisor").get().uri("/api/v1/inspections/" + done.id() + "/export?format=csv").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
        as("supervisor").get().uri("/api/v1/inspections/" + done.id() + "/export?format=xlsx&lang=fr").exchange().expectStatus().isBadRequest();
    }

    private ReadableWorkbook workbook(String user, String id, String query) throws IOException {
        byte[] xlsx = as(user).get().uri("/api/v1/inspections/" + id + "/export?format=xlsx" + query).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectHeader().value("Content-Disposition", d -> assertThat(d).startsWith("attachment").contains(".xlsx"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        return new ReadableWorkbook(new ByteArrayInputStream(xlsx));
    }

    static Row labelled(List<Row> rows, String label) {
        return rows.stream().filter(r -> label.equals(text(r, 0))).findFirst().orElseThrow(() -> new AssertionError("no row " + label));
    }

    static String text(Row r, int col) {
        return r.getCellCount() > col && r.getCell(col) != null ? r.getCellText(col) : "";
    }

    static BigDecimal number(Row r, int col) {
        return r.getCellAsNumber(col).orElseThrow(() -> new AssertionError("no number in column " + col + " of row " + r.getRowNum()));
    }
}
