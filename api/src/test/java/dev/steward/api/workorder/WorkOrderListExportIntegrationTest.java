package dev.steward.api.workorder;

import static dev.steward.api.support.ExportFiles.column;
import static dev.steward.api.support.ExportFiles.csv;
import static dev.steward.api.support.ExportFiles.rejectsBadFormat;
import static dev.steward.api.support.ExportFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The work-order export's SLA and return-visit columns, and the complaint review (投诉每日盘点) as a file. */
class WorkOrderListExportIntegrationTest extends WorkOrderTestSupport {

    @Test
    void theWorkOrderExportHasTheSlaAndReturnVisitColumnsOfEachOrder() {
        // Every order that missed its response deadline is flagged so; no other one is.
        List<List<String>> late = csv(as("manager"), BASE + "/export?format=csv&late=response&projectId=" + sg());
        assertThat(late).hasSizeGreaterThan(1);
        assertThat(column(late, "响应超时 Response late")).containsOnly("Y");
        assertThat(late.get(0)).contains("响应期限 Response due", "响应时间 Responded", "完成期限 Resolution due", "完成时间 Completed",
                "完成超时 Resolution late", "回访期限 Return visit due", "回访时间 Return visit at", "回访超时 Return visit late",
                "回访满意度 Return visit score");

        // Closed repairs were closed by a return visit: its time and score are there, and late only when after the due time.
        List<List<String>> closed = csv(as("manager"), BASE + "/export?format=csv&status=CLOSED&type=REPAIR&projectId=" + sg());
        assertThat(closed).hasSizeGreaterThan(1);
        assertThat(column(closed, "回访时间 Return visit at")).doesNotContain("");
        assertThat(column(closed, "回访满意度 Return visit score")).allSatisfy(s -> assertThat(s).isIn("3", "4", "5"));
        for (List<String> row : closed.subList(1, closed.size())) {
            String due = row.get(closed.get(0).indexOf("回访期限 Return visit due"));
            String at = row.get(closed.get(0).indexOf("回访时间 Return visit at"));
            String flag = row.get(closed.get(0).indexOf("回访超时 Return visit late"));
            // Both in the project's zone as yyyy-MM-dd HH:mm, so text order is time order (within a minute it cannot tell).
            if (!at.equals(due)) {
                assertThat(flag).isEqualTo(!due.isEmpty() && at.compareTo(due) > 0 ? "Y" : "");
            }
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void theComplaintReviewExportHasTheReviewsComplaintsOldestFirst() {
        String m = marker();
        create("agent", order(sg(), null, "COMPLAINT", "NOISE", "NORMAL", "=HYPERLINK(\"x\") 噪音 " + m));
        Map<String, Object> review = as("agent").get().uri(BASE + "/complaint-review?projectId=" + sg()).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<String> codes = ((List<Map<String, Object>>) review.get("buckets")).stream()
                .flatMap(b -> ((List<Map<String, Object>>) b.get("items")).stream()).map(i -> (String) i.get("code")).toList();

        List<List<String>> rows = csv(as("agent"), BASE + "/complaint-review/export?format=csv&projectId=" + sg());
        assertThat(column(rows, "编号 Code")).containsExactlyElementsOf(codes);
        assertThat(column(rows, "标题 Title")).contains("'=HYPERLINK(\"x\") 噪音 " + m);
        assertThat(column(rows, "账龄 Age")).isSortedAccordingTo((a, b) -> order(a) - order(b));

        List<List<String>> sheet = xlsx(as("agent"), BASE + "/complaint-review/export?format=xlsx&projectId=" + sg());
        assertThat(column(sheet, "编号 Code")).containsExactlyElementsOf(codes);

        // The review's readers only: a technician is a 403, another project a 404, a bad format a 400 naming it.
        as("tech1").get().uri(BASE + "/complaint-review/export?format=csv&projectId=" + sg()).exchange().expectStatus().isForbidden();
        as("agent").get().uri(BASE + "/complaint-review/export?format=csv&projectId=" + jl()).exchange().expectStatus().isNotFound();
        rejectsBadFormat(as("agent"), BASE + "/complaint-review/export?projectId=" + sg());
    }

    private static int order(String age) {
        return List.of("MORE_THAN_7_DAYS", "DAYS_3_TO_7", "DAYS_1_TO_3", "LESS_THAN_1_DAY").indexOf(age);
    }
}
