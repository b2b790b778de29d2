package dev.steward.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.standardwebhooks.Webhook;
import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import dev.steward.api.support.ApiInstance;
import dev.steward.api.support.ApiProcess;
import dev.steward.api.support.TestDatabase;
import dev.steward.api.support.WebhookReceiver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An API process killed (SIGKILL, as in a crash or an out-of-memory kill) while its delivery waits for the receiver's
 * answer loses nothing: the delivery's lease runs out and another instance sends the same message (same webhook-id)
 * again — at least once.
 */
class WebhookKillTest {

    @Test
    @SuppressWarnings("unchecked")
    void killingTheProcessMidDeliveryLosesNothing() throws Exception {
        DatabaseUrl db = TestDatabase.createAnother("steward_hookkill_");
        Path jwtKey = Files.createTempDirectory("steward-hookkill").resolve("jwt.pem");
        Map<String, String> props = WebhookDeliveryTest.with(WebhookDeliveryTest.FAST, "steward.jwt.key-file", jwtKey.toString());
        // The instance that sets things up and checks them never dispatches (its first poll is a day away) …
        try (WebhookReceiver receiver = WebhookReceiver.hangingFirst();
                ApiInstance desk = ApiInstance.start(db, WebhookDeliveryTest.with(props, "steward.webhooks.poll", "P1D"))) {
            // … the child process is the one that takes the delivery, and is killed in the middle of it.
            ApiProcess dispatcher = ApiProcess.start(db, List.of("-Xmx256m", "-XX:TieredStopAtLevel=1"),
                    WebhookDeliveryTest.with(props, "steward.demo-data", "false"));
            try {
                String admin = desk.login("admin");
                String projectId = ((List<Map<String, Object>>) ApiInstance.json(desk.get("/api/v1/projects", admin).body())
                        .get("items")).get(0).get("id").toString();
                Map<String, Object> sub = WebhookDeliveryTest.subscribe(desk, admin, projectId, receiver.url(),
                        List.of("work_order.created"));
                String order = WebhookDeliveryTest.createOrder(desk, admin, projectId, "停机");
                assertThat(receiver.awaitFirst(60)).as("the first attempt reached the receiver").isTrue();

                dispatcher.kill();   // SIGKILL mid-delivery: the receiver has not answered
                assertThat(dispatcher.process().isAlive()).isFalse();
                receiver.release();

                try (ApiInstance second = ApiInstance.start(db, WebhookDeliveryTest.with(props, "steward.demo-data", "false"))) {
                    List<WebhookReceiver.Received> got = receiver.await(60, r -> r.size() >= 2);
                    assertThat(got).hasSizeGreaterThanOrEqualTo(2);
                    assertThat(got.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(1);
                    Webhook verifier = new Webhook(sub.get("secret").toString());
                    for (WebhookReceiver.Received r : got) {
                        assertThat(WebhookDeliveryTest.dataOf(r)).containsEntry("workOrderId", order);
                        assertThatCode(() -> verifier.verify(r.body(), WebhookDeliveryTest.headers(r))).doesNotThrowAnyException();
                    }
                    Map<String, Object> delivery = null;
                    for (int i = 0; i < 100; i++) {
                        delivery = ((List<Map<String, Object>>) ApiInstance.json(second.get("/api/v1/webhooks/" + sub.get("id")
                                + "/deliveries", admin).body()).get("items")).get(0);
                        if ("DELIVERED".equals(delivery.get("status"))) {
                            break;
                        }
                        Thread.sleep(200);
                    }
                    assertThat(delivery).containsEntry("status", "DELIVERED");
                }
            } finally {
                dispatcher.close();
            }
        } finally {
            Files.deleteIfExists(jwtKey);
        }
    }
}
