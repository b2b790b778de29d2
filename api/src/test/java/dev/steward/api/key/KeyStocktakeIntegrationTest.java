package dev.steward.api.key;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;

/** 盘点: scan a cabinet's keys one after another; the report names what is missing, misplaced or unknown. */
class KeyStocktakeIntegrationTest extends KeyTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aStocktakeFindsTheOneMissingKeyAMisplacedOneAndAnUnknownCode() {
        String cabinet = created("custodian", "/api/v1/key-cabinets",
                Map.of("projectId", sg(), "name", "盘点柜 " + System.nanoTime(), "slots", 10)).get("id").toString();
        String prefix = "SG-S" + System.nanoTime() % 100000 + "-";
        for (int i = 1; i <= 5; i++) {
            created("custodian", "/api/v1/keys", Map.of("projectId", sg(), "code", prefix + i, "type", "EQUIPMENT_ROOM",
                    "facility", "泵房" + i, "cabinetId", cabinet, "slot", i));
        }
        // Key 5 is out on loan: not expected in the cabinet.
        String five = items("custodian", "/api/v1/keys?projectId=" + sg() + "&code=" + prefix + 5).get(0).get("id").toString();
        created("custodian", "/api/v1/keys/" + five + "/checkouts", checkout(userId("tech1"), userId("manager"), null, 2));

        Map<String, Object> st = created("custodian", "/api/v1/key-stocktakes", Map.of("projectId", sg(), "cabinetId", cabinet));
        String id = st.get("id").toString();
        assertThat((Map<String, Object>) st.get("tally")).containsEntry("expected", 4).containsEntry("remaining", 4);
        assertThat((List<Map<String, Object>>) st.get("checkedOut")).extracting(l -> l.get("holderName")).containsExactly("赵师傅");
        post("custodian", "/api/v1/key-stocktakes", Map.of("projectId", sg(), "cabinetId", cabinet))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_STOCKTAKE_OPEN");

        assertThat(scan(id, prefix + 1, 1)).containsEntry("result", "FOUND");
        assertThat(scan(id, (prefix + 2).toLowerCase(), null)).containsEntry("result", "FOUND");
        assertThat(scan(id, prefix + 3, 7)).containsEntry("result", "WRONG_SLOT").containsEntry("expectedSlot", 3);
        assertThat(scan(id, prefix + 1, 1)).containsEntry("result", "ALREADY_SCANNED");
        assertThat(scan(id, prefix + 5, 5)).containsEntry("result", "CHECKED_OUT");
        assertThat(scan(id, "NO-SUCH-KEY", 9)).containsEntry("result", "UNKNOWN");
        assertThat(scan(id, "SG-K-0001", null)).containsEntry("result", "NOT_EXPECTED");
        Map<String, Object> last = created("custodian", "/api/v1/key-stocktakes/" + id + "/scans", Map.of("keyCode", "SG-K-0002"));
        assertThat((Map<String, Object>) last.get("tally")).containsEntry("expected", 4).containsEntry("found", 3)
                .containsEntry("wrongSlot", 1).containsEntry("remaining", 1).containsEntry("unknown", 3).containsEntry("scans", 8);

        Map<String, Object> report = as("custodian").post().uri("/api/v1/key-stocktakes/" + id + "/complete").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(report.get("status")).isEqualTo("COMPLETED");
        assertThat((List<Map<String, Object>>) report.get("missing")).extracting(l -> l.get("code")).containsExactly(prefix + 4);
        assertThat((List<Map<String, Object>>) report.get("wrongSlot")).singleElement()
                .satisfies(l -> assertThat(l).containsEntry("code", prefix + 3).containsEntry("expectedSlot", 3).containsEntry("scannedSlot", 7));
        assertThat((List<Map<String, Object>>) report.get("unknown")).extracting(l -> l.get("keyCode"))
                .containsExactlyInAnyOrder("NO-SUCH-KEY", "SG-K-0001", "SG-K-0002");
        post("custodian", "/api/v1/key-stocktakes/" + id + "/scans", Map.of("keyCode", prefix + 4))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_STOCKTAKE_COMPLETED");
        as("custodian").post().uri("/api/v1/key-stocktakes/" + id + "/complete").exchange().expectStatus().isEqualTo(409);

        assertThat(get("manager", "/api/v1/key-stocktakes/" + id).get("status")).isEqualTo("COMPLETED");
        assertThat(items("manager", "/api/v1/key-stocktakes?projectId=" + sg() + "&status=COMPLETED")).extracting(s -> s.get("id")).contains(id);
        as("tech1").get().uri("/api/v1/key-stocktakes/" + id).exchange().expectStatus().isForbidden();
        as("agent2").get().uri("/api/v1/key-stocktakes/" + id).exchange().expectStatus().isNotFound();
        as("agent").post().uri("/api/v1/key-stocktakes/" + id + "/complete").exchange().expectStatus().isForbidden();
        List<Map<String, Object>> ledger = items("custodian", "/api/v1/keys/" + five + "/events");
        assertThat(ledger).extracting(e -> e.get("type")).contains("STOCKTAKE_SCANNED");
    }

    @Test
    void aMistakenStocktakeIsCancelledWithAReasonAndItsCabinetIsFreeAgain() {
        String cabinet = created("custodian", "/api/v1/key-cabinets",
                Map.of("projectId", sg(), "name", "误点柜 " + System.nanoTime(), "slots", 5)).get("id").toString();
        String code = "SG-C" + System.nanoTime() % 100000 + "-1";
        created("custodian", "/api/v1/keys", Map.of("projectId", sg(), "code", code, "type", "COMMON_AREA", "facility", "会所",
                "cabinetId", cabinet, "slot", 1));
        String id = created("custodian", "/api/v1/key-stocktakes", Map.of("projectId", sg(), "cabinetId", cabinet)).get("id").toString();
        scan(id, code, 1);

        post("custodian", "/api/v1/key-stocktakes/" + id + "/cancel", Map.of("reason", " "))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("reason");
        post("agent", "/api/v1/key-stocktakes/" + id + "/cancel", Map.of("reason", "选错柜子")).expectStatus().isForbidden();

        Map<String, Object> cancelled = post("custodian", "/api/v1/key-stocktakes/" + id + "/cancel", Map.of("reason", "选错柜子"))
                .expectStatus().isOk().expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult().getResponseBody();
        assertThat(cancelled).containsEntry("status", "CANCELLED").containsEntry("cancelReason", "选错柜子").containsKey("completedAt");

        post("custodian", "/api/v1/key-stocktakes/" + id + "/scans", Map.of("keyCode", code))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_STOCKTAKE_CANCELLED");
        as("custodian").post().uri("/api/v1/key-stocktakes/" + id + "/complete").exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_STOCKTAKE_CANCELLED");
        post("custodian", "/api/v1/key-stocktakes/" + id + "/cancel", Map.of("reason", "再次"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("KEY_STOCKTAKE_CANCELLED");

        // The cabinet can be counted again, and the ledger keeps the cancellation with its reason, still intact.
        created("custodian", "/api/v1/key-stocktakes", Map.of("projectId", sg(), "cabinetId", cabinet));
        assertThat(number("select count(*) from key_events where type = 'STOCKTAKE_CANCELLED' and stocktake_id = '" + id
                + "' and note = '选错柜子'")).isEqualTo(1);
        assertThat(get("manager", "/api/v1/keys/ledger/verify?projectId=" + sg())).containsEntry("intact", true);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> scan(String id, String code, Integer slot) {
        Map<String, Object> body = slot == null ? Map.of("keyCode", code) : Map.of("keyCode", code, "slot", slot);
        return (Map<String, Object>) created("custodian", "/api/v1/key-stocktakes/" + id + "/scans", body).get("scan");
    }
}
