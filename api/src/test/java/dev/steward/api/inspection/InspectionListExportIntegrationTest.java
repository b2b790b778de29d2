package dev.steward.api.inspection;

import static dev.steward.api.support.ExportFiles.column;
import static dev.steward.api.support.ExportFiles.csv;
import static dev.steward.api.support.ExportFiles.listAll;
import static dev.steward.api.support.ExportFiles.rejectsBadFormat;
import static dev.steward.api.support.ExportFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The inspection list and the rectification register (整改台账) as CSV and XLSX: the lists' rows, filters and scope. */
class InspectionListExportIntegrationTest extends InspectionTestSupport {

    @Test
    void theInspectionExportHoldsTheListsInspections() {
        String filter = "/api/v1/inspections?status=SUBMITTED&projectId=" + sg();
        List<String> listed = listAll(as("supervisor"), filter, i -> i.get("code").toString());
        assertThat(listed).isNotEmpty();
        List<List<String>> rows = csv(as("supervisor"), filter.replace("/inspections?", "/inspections/export?format=csv&"));
        assertThat(column(rows, "编号 Code")).containsExactlyElementsOf(listed);
        assertThat(column(rows, "状态 Status")).containsOnly("SUBMITTED");
        List<List<String>> en = xlsx(as("supervisor"), filter.replace("/inspections?", "/inspections/export?format=xlsx&lang=en&"));
        assertThat(column(en, "编号 Code")).containsExactlyElementsOf(listed);
        // The rubric's name in the asked language, as the list gives it.
        List<Object> names = listAll(as("supervisor"), filter, i -> ((Map<?, ?>) i.get("templateName")).get("en"));
        assertThat(column(en, "检查表 Rubric")).containsExactlyElementsOf(names.stream().map(Object::toString).toList());

        // Project scope: agent2 (JL only) exports no SG inspection, and asking for SG is a 404.
        List<String> jlOnly = column(csv(as("agent2"), "/api/v1/inspections/export?format=csv"), "编号 Code");
        assertThat(jlOnly).containsExactlyElementsOf(listAll(as("agent2"), "/api/v1/inspections", i -> i.get("code").toString()))
                .doesNotContainAnyElementsOf(listed);
        as("agent2").get().uri("/api/v1/inspections/export?format=csv&projectId=" + sg()).exchange().expectStatus().isNotFound();
        rejectsBadFormat(as("supervisor"), "/api/v1/inspections/export");
        as("supervisor").get().uri("/api/v1/inspections/export?format=csv&lang=fr").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("lang");
    }

    @Test
    void theRectificationExportHoldsTheRegistersRowsInItsOrder() {
        String filter = "/api/v1/rectifications?projectId=" + sg();
        List<String> listed = listAll(as("manager"), filter, r -> r.get("inspectionCode") + " " + r.get("checkPointCode"));
        assertThat(listed).isNotEmpty();
        List<List<String>> rows = csv(as("manager"), filter.replace("/rectifications?", "/rectifications/export?format=csv&"));
        List<String> exported = rows.subList(1, rows.size()).stream()
                .map(r -> r.get(rows.get(0).indexOf("检查 Inspection")) + " " + r.get(rows.get(0).indexOf("检查点 Check point"))).toList();
        assertThat(exported).containsExactlyElementsOf(listed);

        String overdue = "/api/v1/rectifications?overdue=true&projectId=" + sg();
        List<List<String>> late = xlsx(as("manager"), overdue.replace("/rectifications?", "/rectifications/export?format=xlsx&"));
        assertThat(late).hasSize(1 + listAll(as("manager"), overdue, r -> r.get("id")).size());
        assertThat(column(late, "逾期 Overdue")).containsOnly("Y");

        // The quality picture's drill-down filters apply to the export as to the register (one of them narrows the list).
        String drill = "/api/v1/rectifications?projectId=" + sg() + "&cancelled=false&due=true&raisedFrom=2020-01-01T00:00:00Z"
                + "&raisedTo=2100-01-01T00:00:00Z";
        List<Object> drilled = listAll(as("manager"), drill, r -> r.get("inspectionCode") + " " + r.get("checkPointCode"));
        assertThat(drilled).isNotEmpty().hasSizeLessThan(listed.size());
        List<List<String>> drillRows = csv(as("manager"), drill.replace("/rectifications?", "/rectifications/export?format=csv&"));
        assertThat(drillRows.subList(1, drillRows.size()).stream().map(r -> (Object) (r.get(drillRows.get(0).indexOf("检查 Inspection")) + " "
                + r.get(drillRows.get(0).indexOf("检查点 Check point")))).toList()).containsExactlyElementsOf(drilled);
        as("manager").get().uri("/api/v1/rectifications/export?format=csv&raisedFrom=yesterday").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("raisedFrom");

        List<String> jl = column(csv(as("agent2"), "/api/v1/rectifications/export?format=csv"), "检查 Inspection");
        assertThat(jl).containsExactlyElementsOf(listAll(as("agent2"), "/api/v1/rectifications", r -> r.get("inspectionCode").toString()));
        as("agent2").get().uri("/api/v1/rectifications/export?format=csv&projectId=" + sg()).exchange().expectStatus().isNotFound();
        rejectsBadFormat(as("manager"), "/api/v1/rectifications/export");
    }
}
