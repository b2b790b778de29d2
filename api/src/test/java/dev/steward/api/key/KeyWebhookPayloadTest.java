package dev.steward.api.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.WebhookCapture;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What each key event sends to a webhook: one custody-ledger entry, signed and shaped as the contract says. */
class KeyWebhookPayloadTest extends KeyTestSupport {

    @Autowired
    KeyOverdueJob overdueJob;

    @Test
    void eachKeyEventSendsItsLedgerEntry() throws Exception {
        try (WebhookCapture hooks = WebhookCapture.subscribe(as("admin"), sg(),
                List.of("key.checked_out", "key.returned", "key.overdue", "key.lost"))) {
            Map<String, Object> key = newKey("COMMON_AREA");
            Object keyId = key.get("id");
            String first = created("custodian", "/api/v1/keys/" + keyId + "/checkouts",
                    checkout(userId("tech2"), userId("manager"), null, 1)).get("id").toString();
            Map<String, Object> out = hooks.await("key.checked_out", d -> keyId.equals(d.get("keyId")));
            assertThat(out).containsEntry("projectId", sg()).containsEntry("keyCode", key.get("code")).containsEntry("checkoutId", first);

            ok("custodian", "/api/v1/key-checkouts/" + first + "/return", Map.of("condition", "GOOD"));
            Map<String, Object> back = hooks.await("key.returned", d -> keyId.equals(d.get("keyId")));
            assertThat(back).containsEntry("checkoutId", first);
            assertThat(((Number) back.get("ledgerSeq")).longValue()).isGreaterThan(((Number) out.get("ledgerSeq")).longValue());

            // A second loan, due an hour ago: the overdue scan records it.
            String second = created("custodian", "/api/v1/keys/" + keyId + "/checkouts",
                    checkout(userId("tech2"), userId("manager"), null, 1)).get("id").toString();
            sql("update key_checkouts set checked_out_at = now() - interval '2 hours', due_at = now() - interval '1 hour' where id = '"
                    + second + "'");
            overdueJob.recordOverdue(OffsetDateTime.now(ZoneOffset.UTC)).block();
            assertThat(hooks.await("key.overdue", d -> keyId.equals(d.get("keyId")))).containsEntry("checkoutId", second);

            ok("custodian", "/api/v1/keys/" + keyId + "/report-lost", Map.of("reason", "借用人遗失"));
            assertThat(hooks.await("key.lost", d -> keyId.equals(d.get("keyId")))).containsEntry("keyCode", key.get("code"));
        }
    }
}
