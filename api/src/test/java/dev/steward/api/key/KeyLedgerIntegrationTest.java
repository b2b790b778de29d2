package dev.steward.api.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The custody ledger cannot be changed through the application, and a change made around it shows. */
class KeyLedgerIntegrationTest extends KeyTestSupport {

    @Autowired
    KeyOverdueJob overdueJob;

    @Test
    void theDemoLedgersAreIntact() {
        for (String code : List.of("SG", "JL")) {
            Map<String, Object> v = get("manager", "/api/v1/keys/ledger/verify?projectId=" + projectId("manager", code));
            assertThat(v).containsEntry("intact", true).doesNotContainKey("firstBrokenEventId");
            assertThat(((Number) v.get("checked")).longValue()).isGreaterThan(50);
        }
        as("tech1").get().uri("/api/v1/keys/ledger/verify?projectId=" + sg()).exchange().expectStatus().isForbidden();
        as("agent2").get().uri("/api/v1/keys/ledger/verify?projectId=" + sg()).exchange().expectStatus().isNotFound();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRowChangedBehindTheApplicationsBackIsNamedByVerification() {
        String project = newProject();
        String cabinet = created("admin", "/api/v1/key-cabinets", Map.of("projectId", project, "name", "柜", "slots", 5)).get("id").toString();
        String[] ids = new String[3];
        for (int i = 0; i < 3; i++) {
            ids[i] = created("admin", "/api/v1/keys", Map.of("projectId", project, "code", "TP-K-" + i, "type", "OTHER",
                    "facility", "房间" + i, "cabinetId", cabinet, "slot", i + 1)).get("id").toString();
        }
        assertThat(get("admin", "/api/v1/keys/ledger/verify?projectId=" + project)).containsEntry("intact", true).containsEntry("checked", 3);
        Map<String, Object> second = items("admin", "/api/v1/keys/" + ids[1] + "/events").get(0);

        // The application's database user cannot rewrite or delete history…
        assertThatThrownBy(() -> sql("update key_events set note = 'x' where id = '" + second.get("id") + "'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("delete from key_events where id = '" + second.get("id") + "'")).hasMessageContaining("append-only");
        // …but a superuser who disables the triggers can; verification then names the first changed entry.
        sql("alter table key_events disable trigger user");
        try {
            sql("update key_events set details = details || '{\"slot\": \"柜#5\"}' where id = '" + second.get("id") + "'");
        } finally {
            sql("alter table key_events enable trigger user");
        }
        Map<String, Object> broken = get("admin", "/api/v1/keys/ledger/verify?projectId=" + project);
        assertThat(broken).containsEntry("intact", false).containsEntry("firstBrokenEventId", second.get("id"))
                .containsEntry("firstBrokenSeq", 2).containsEntry("reason", "CONTENT_CHANGED");
    }

    @Test
    void aRemovedEntryBreaksTheLink() {
        String project = newProject();
        for (int i = 0; i < 3; i++) {
            created("admin", "/api/v1/keys", Map.of("projectId", project, "code", "TD-K-" + i, "type", "OTHER", "facility", "房间" + i));
        }
        sql("alter table key_events disable trigger user");
        try {
            sql("delete from key_events where project_id = '" + project + "' and seq = 2");
        } finally {
            sql("alter table key_events enable trigger user");
        }
        Map<String, Object> broken = get("admin", "/api/v1/keys/ledger/verify?projectId=" + project);
        assertThat(broken).containsEntry("intact", false).containsEntry("firstBrokenSeq", 3).containsEntry("reason", "LINK_BROKEN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOverdueJobRecordsEachLateCheckoutOnceHoweverOftenItRuns() {
        Map<String, Object> key = newKey("COMMON_AREA");
        String checkoutId = created("custodian", "/api/v1/keys/" + key.get("id") + "/checkouts",
                checkout(userId("tech2"), userId("manager"), null, 1)).get("id").toString();
        // The loan went out two hours ago and was due back an hour ago.
        sql("update key_checkouts set checked_out_at = now() - interval '2 hours', due_at = now() - interval '1 hour' where id = '"
                + checkoutId + "'");
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        long first = overdueJob.recordOverdue(now).block();
        long second = overdueJob.recordOverdue(now.plusSeconds(1)).block();
        assertThat(first).isGreaterThanOrEqualTo(1);
        assertThat(second).isZero();
        assertThat(number("select count(*) from key_events where type = 'OVERDUE' and checkout_id = '" + checkoutId + "'")).isEqualTo(1);
        List<Map<String, Object>> events = items("custodian", "/api/v1/keys/" + key.get("id") + "/events");
        assertThat(events.get(events.size() - 1)).containsEntry("type", "OVERDUE").containsEntry("checkoutId", checkoutId);
        assertThat((Map<String, String>) events.get(events.size() - 1).get("details")).containsEntry("borrower", "钱师傅");
        // The demo's overdue loan shows on the overdue board.
        assertThat(items("manager", "/api/v1/key-checkouts?projectId=" + sg() + "&open=true&overdue=true"))
                .extracting(c -> c.get("keyCode")).isNotEmpty();
        assertThat(items("manager", "/api/v1/keys?projectId=" + sg() + "&overdue=true"))
                .allSatisfy(k -> assertThat(((Map<String, Object>) k.get("openCheckout")).get("overdue")).isEqualTo(true));
    }

    private String newProject() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").toUpperCase().substring(0, 6);
        return created("admin", "/api/v1/projects", Map.of("code", code, "name", "账本测试")).get("id").toString();
    }
}
