package dev.steward.api.key;

import static dev.steward.api.support.ExportFiles.column;
import static dev.steward.api.support.ExportFiles.csv;
import static dev.steward.api.support.ExportFiles.listAll;
import static dev.steward.api.support.ExportFiles.rejectsBadFormat;
import static dev.steward.api.support.ExportFiles.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The key ledger (钥匙台账), the checkouts (借用登记) and a stock-take's report (盘点报告) as CSV and XLSX. */
class KeyExportIntegrationTest extends KeyTestSupport {

    private String jl() {
        return projectId("manager", "JL");
    }

    @Test
    void theLedgerExportHoldsTheListsKeysOfTheCallersProjectsOnly() {
        String filter = "/api/v1/keys?projectId=" + sg() + "&type=UNIT";
        List<Object> listed = listAll(as("custodian"), filter, k -> k.get("code"));
        List<List<String>> rows = csv(as("custodian"), filter.replace("/keys?", "/keys/export?format=csv&"));
        assertThat(column(rows, "编号 Code")).containsExactlyElementsOf(listed.stream().map(Object::toString).toList());
        assertThat(column(rows, "类型 Type")).containsOnly("UNIT");
        List<List<String>> sheet = xlsx(as("custodian"), filter.replace("/keys?", "/keys/export?format=xlsx&"));
        assertThat(column(sheet, "编号 Code")).containsExactlyElementsOf(column(rows, "编号 Code"));

        // Without a project: the manager's export holds both projects, the custodian's (SG only) never a JL key.
        assertThat(column(csv(as("manager"), "/api/v1/keys/export?format=csv"), "编号 Code"))
                .anyMatch(c -> c.startsWith("JL-")).anyMatch(c -> c.startsWith("SG-"));
        assertThat(column(csv(as("custodian"), "/api/v1/keys/export?format=csv"), "编号 Code")).noneMatch(c -> c.startsWith("JL-"));
        // A technician's ledger is the keys they hold, in the export as in the list.
        assertThat(column(csv(as("tech1"), "/api/v1/keys/export?format=csv"), "编号 Code"))
                .containsExactlyElementsOf(listAll(as("tech1"), "/api/v1/keys", k -> k.get("code").toString()));
        // The drill-down filters (building, lost between) apply to the export as to the list.
        String building = firstBuilding("manager", sg()).get("id").toString();
        String drill = "/api/v1/keys?projectId=" + sg() + "&buildingId=" + building + "&lostFrom=2020-01-01T00:00:00Z";
        List<Object> drilled = listAll(as("custodian"), drill, k -> k.get("code"));
        assertThat(column(csv(as("custodian"), drill.replace("/keys?", "/keys/export?format=csv&")), "编号 Code"))
                .containsExactlyElementsOf(drilled.stream().map(Object::toString).toList());
        String inBuilding = "/api/v1/keys?projectId=" + sg() + "&buildingId=" + building;
        List<Object> buildingKeys = listAll(as("custodian"), inBuilding, k -> k.get("code"));
        assertThat(buildingKeys).isNotEmpty().hasSizeLessThan(listAll(as("custodian"), "/api/v1/keys?projectId=" + sg(), k -> k.get("code")).size());
        assertThat(column(csv(as("custodian"), inBuilding.replace("/keys?", "/keys/export?format=csv&")), "编号 Code"))
                .containsExactlyElementsOf(buildingKeys.stream().map(Object::toString).toList());
        as("custodian").get().uri("/api/v1/keys/export?format=csv&projectId=" + jl()).exchange().expectStatus().isNotFound();
        rejectsBadFormat(as("custodian"), "/api/v1/keys/export");
    }

    @Test
    void theCheckoutExportMatchesTheListAndQuotesFormulas() {
        Map<String, Object> key = newKey("EQUIPMENT_ROOM");
        Map<String, Object> body = checkout(userId("tech1"), userId("manager"), null, 2);
        body.put("purpose", "=HYPERLINK(\"http://evil\") 检修");
        created("custodian", "/api/v1/keys/" + key.get("id") + "/checkouts", body);

        String filter = "/api/v1/key-checkouts?projectId=" + sg() + "&open=true";
        List<String> listed = listAll(as("custodian"), filter, c -> c.get("keyCode").toString());
        List<List<String>> rows = csv(as("custodian"), filter.replace("/key-checkouts?", "/key-checkouts/export?format=csv&"));
        assertThat(column(rows, "钥匙 Key")).containsExactlyElementsOf(listed).contains(key.get("code").toString());
        assertThat(column(rows, "事由 Purpose")).contains("'=HYPERLINK(\"http://evil\") 检修");
        assertThat(column(rows, "归还时间 Returned")).containsOnly("");
        List<List<String>> sheet = xlsx(as("custodian"), filter.replace("/key-checkouts?", "/key-checkouts/export?format=xlsx&"));
        assertThat(column(sheet, "钥匙 Key")).containsExactlyElementsOf(listed);

        // The drill-down filters (late, checked out between, building) apply to the export as to the list.
        String drill = "/api/v1/key-checkouts?projectId=" + sg() + "&late=false&checkedOutFrom=2020-01-01T00:00:00Z&checkedOutTo=2100-01-01T00:00:00Z";
        List<String> drilled = listAll(as("custodian"), drill, c -> c.get("keyCode").toString());
        assertThat(drilled).isNotEmpty();
        assertThat(column(csv(as("custodian"), drill.replace("/key-checkouts?", "/key-checkouts/export?format=csv&")), "钥匙 Key"))
                .containsExactlyElementsOf(drilled);
        String building = firstBuilding("manager", sg()).get("id").toString();
        String inBuilding = "/api/v1/key-checkouts?projectId=" + sg() + "&buildingId=" + building;
        assertThat(column(csv(as("custodian"), inBuilding.replace("/key-checkouts?", "/key-checkouts/export?format=csv&")), "钥匙 Key"))
                .containsExactlyElementsOf(listAll(as("custodian"), inBuilding, c -> c.get("keyCode").toString()));

        // A technician exports their own loans only; another project is a 404.
        assertThat(column(csv(as("tech2"), "/api/v1/key-checkouts/export?format=csv"), "借用人 Borrower")).doesNotContain("赵师傅");
        as("custodian").get().uri("/api/v1/key-checkouts/export?format=csv&projectId=" + jl()).exchange().expectStatus().isNotFound();
        rejectsBadFormat(as("custodian"), "/api/v1/key-checkouts/export?projectId=" + sg());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aStocktakeReportExportListsItsFindingsAndScans() {
        String cabinet = created("custodian", "/api/v1/key-cabinets",
                Map.of("projectId", sg(), "name", "导出柜 " + System.nanoTime(), "slots", 10)).get("id").toString();
        String prefix = "SG-E" + System.nanoTime() % 100000 + "-";
        for (int i = 1; i <= 3; i++) {
            created("custodian", "/api/v1/keys", Map.of("projectId", sg(), "code", prefix + i, "type", "EQUIPMENT_ROOM",
                    "facility", "机房" + i, "cabinetId", cabinet, "slot", i));
        }
        String id = created("custodian", "/api/v1/key-stocktakes", Map.of("projectId", sg(), "cabinetId", cabinet)).get("id").toString();
        created("custodian", "/api/v1/key-stocktakes/" + id + "/scans", Map.of("keyCode", prefix + 1, "slot", 1));
        created("custodian", "/api/v1/key-stocktakes/" + id + "/scans", Map.of("keyCode", prefix + 2, "slot", 5));
        created("custodian", "/api/v1/key-stocktakes/" + id + "/scans", Map.of("keyCode", "NO-SUCH-KEY"));

        String uri = "/api/v1/key-stocktakes/" + id + "/export";
        List<List<String>> open = csv(as("agent"), uri + "?format=csv");
        // Findings first, then every scan as the report lists them (newest first).
        assertThat(column(open, "结果 Finding")).containsExactly("NOT_SCANNED", "WRONG_SLOT", "UNKNOWN", "SCAN UNKNOWN", "SCAN WRONG_SLOT",
                "SCAN FOUND");
        assertThat(column(open, "钥匙 Key")).containsExactly(prefix + 3, prefix + 2, "NO-SUCH-KEY", "NO-SUCH-KEY", prefix + 2, prefix + 1);

        Map<String, Object> report = as("custodian").post().uri("/api/v1/key-stocktakes/" + id + "/complete").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<List<String>> done = xlsx(as("manager"), uri + "?format=xlsx");
        assertThat(column(done, "结果 Finding").subList(0, 1)).containsExactly("MISSING");
        assertThat(column(done, "钥匙 Key").get(0)).isEqualTo(((List<Map<String, Object>>) report.get("missing")).get(0).get("code"));
        assertThat(column(done, "应在格位 Expected slot").get(1)).isEqualTo("2");
        assertThat(column(done, "扫描格位 Scanned slot").get(1)).isEqualTo("5");

        // Whoever may read the stock-take: a technician is a 403, another project's reader a 404.
        as("tech1").get().uri(uri + "?format=csv").exchange().expectStatus().isForbidden();
        as("agent2").get().uri(uri + "?format=csv").exchange().expectStatus().isNotFound();
        rejectsBadFormat(as("agent"), uri);
    }
}
