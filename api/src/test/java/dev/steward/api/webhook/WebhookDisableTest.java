package dev.steward.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import dev.steward.api.support.ApiInstance;
import dev.steward.api.support.TestDatabase;
import dev.steward.api.support.WebhookReceiver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Automatic disabling after repeated failures, with the thresholds made small (here: 4 failed attempts in a row over at
 * least 3 s; in production 10 over 24 h): a receiver that keeps failing is disabled and ADMINs are told; one that fails
 * fewer times than that and recovers is not, and its run of failures starts again from zero.
 */
class WebhookDisableTest {

    private static ApiInstance api;
    private static String admin;
    private static String projectId;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void start() throws Exception {
        DatabaseUrl db = TestDatabase.createAnother("steward_hookoff_");
        api = ApiInstance.start(db, WebhookDeliveryTest.with(WebhookDeliveryTest.with(WebhookDeliveryTest.FAST,
                "steward.webhooks.disable-after-failures", "4"), "steward.webhooks.disable-after", "PT3S"));
        admin = api.login("admin");
        projectId = ((List<Map<String, Object>>) ApiInstance.json(api.get("/api/v1/projects", admin).body()).get("items"))
                .get(0).get("id").toString();
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aReceiverThatKeepsFailingIsDisabledAndAdminsAreTold() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 500)) {
            Map<String, Object> sub = WebhookDeliveryTest.subscribe(api, admin, projectId, receiver.url(), List.of("work_order.created"));
            CompletableFuture<String> notice = WebhookDeliveryTest.firstLineWith(api, admin, "WEBHOOK_DISABLED", sub.get("id").toString());
            Thread.sleep(500);
            long started = System.nanoTime();
            WebhookDeliveryTest.createOrder(api, admin, projectId, "一直失败");
            Map<String, Object> after = WebhookDeliveryTest.awaitInactive(api, admin, sub, 60);
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(after).containsEntry("active", false);
            assertThat(after.get("disabledReason").toString()).contains("Every attempt failed").contains("500");
            assertThat((Integer) after.get("failures")).isGreaterThanOrEqualTo(4);
            assertThat(seconds).as("not before the failures spanned the period").isGreaterThanOrEqualTo(3.0);
            assertThat(notice.get(30, TimeUnit.SECONDS)).contains(sub.get("id").toString());

            // Disabled: nothing more is sent, new events included.
            int before = receiver.received().size();
            WebhookDeliveryTest.createOrder(api, admin, projectId, "停用后");
            Thread.sleep(2000);
            assertThat(receiver.received()).hasSize(before);
            WebhookDeliveryTest.delete(api, admin, sub);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReceiverThatRecoversInTimeStaysActive() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n <= 3 ? 503 : 200)) {
            Map<String, Object> sub = WebhookDeliveryTest.subscribe(api, admin, projectId, receiver.url(), List.of("work_order.created"));
            WebhookDeliveryTest.createOrder(api, admin, projectId, "偶尔失败");
            receiver.await(30, r -> r.stream().anyMatch(x -> x.answered() == 200));
            Map<String, Object> s = ApiInstance.json(api.get("/api/v1/webhooks/" + sub.get("id"), admin).body());
            assertThat(s).containsEntry("active", true).containsEntry("failures", 0);
            assertThat(s.get("failingSince")).isNull();
            WebhookDeliveryTest.delete(api, admin, sub);
        }
    }
}
