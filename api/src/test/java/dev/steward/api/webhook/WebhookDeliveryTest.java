package dev.steward.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.standardwebhooks.Webhook;
import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import dev.steward.api.support.ApiInstance;
import dev.steward.api.support.TestDatabase;
import dev.steward.api.support.WebhookReceiver;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Webhooks end to end: two API instances on one database (as behind a load balancer), both dispatching, and a real
 * receiver on loopback (allowed by the test's {@code steward.webhooks.allowed-targets}). Signatures are checked with the
 * Standard Webhooks reference implementation ({@code com.standardwebhooks:standardwebhooks}).
 */
class WebhookDeliveryTest {

    static final Map<String, String> FAST = Map.of(
            "steward.webhooks.allowed-targets", "127.0.0.1",
            "steward.webhooks.poll", "PT0.2S",
            "steward.webhooks.retry-schedule", "300ms",
            "steward.webhooks.lease", "PT4S",
            "steward.webhooks.connect-timeout", "PT2S",
            "steward.webhooks.response-timeout", "PT2S");

    private static DatabaseUrl db;
    private static ApiInstance a;
    private static ApiInstance b;
    private static Path jwtKey;
    private static String admin;
    private static String projectId;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void start() throws Exception {
        db = TestDatabase.createAnother("steward_hooks_");
        jwtKey = Files.createTempDirectory("steward-hooks").resolve("jwt.pem");
        a = ApiInstance.start(db, with(FAST, "steward.jwt.key-file", jwtKey.toString()));
        b = ApiInstance.start(db, with(with(FAST, "steward.jwt.key-file", jwtKey.toString()), "steward.demo-data", "false"));
        admin = a.login("admin");
        Map<String, Object> projects = ApiInstance.json(a.get("/api/v1/projects", admin).body());
        projectId = ((List<Map<String, Object>>) projects.get("items")).get(0).get("id").toString();
    }

    @AfterAll
    static void stop() throws Exception {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        Files.deleteIfExists(jwtKey);
    }

    @Test
    void eachEventArrivesOnceSignedEvenWithTwoInstancesDispatching() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 200)) {
            Map<String, Object> sub = subscribe(b, receiver.url(), List.of("work_order.created"));
            assertThat(sub.get("secret").toString()).startsWith("whsec_");
            Set<String> orders = new java.util.HashSet<>();
            for (int i = 0; i < 6; i++) {
                orders.add(createOrder(i % 2 == 0 ? a : b, "钩子 " + i));
            }
            List<WebhookReceiver.Received> got = receiver.await(30, r -> r.size() >= orders.size());
            Thread.sleep(1500);   // anything sent twice would arrive by now
            got = receiver.received();
            assertThat(got).hasSize(orders.size());
            assertThat(got.stream().map(WebhookReceiver.Received::id).distinct()).hasSize(orders.size());
            Webhook verifier = new Webhook(sub.get("secret").toString());
            for (WebhookReceiver.Received r : got) {
                assertThatCode(() -> verifier.verify(r.body(), headers(r))).doesNotThrowAnyException();
                Map<String, Object> body = WebhookReceiver.json(r.body());
                assertThat(body).containsEntry("type", "work_order.created").containsKey("timestamp");
                @SuppressWarnings("unchecked")
                Map<String, Object> data = (Map<String, Object>) body.get("data");
                assertThat(data).containsEntry("projectId", projectId).containsEntry("status", "NEW");
                assertThat(r.id()).startsWith("msg_");
            }
            assertThat(got.stream().map(r -> dataOf(r).get("workOrderId").toString()).collect(Collectors.toSet()))
                    .isEqualTo(orders);
            // A wrong secret fails the reference check.
            Webhook other = new Webhook(WebhookSigner.newSecret());
            assertThat(catchVerify(other, got.get(0))).isNotNull();

            Map<String, Object> log = ApiInstance.json(a.get("/api/v1/webhooks/" + sub.get("id") + "/deliveries", admin).body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> items = (List<Map<String, Object>>) log.get("items");
            assertThat(items).hasSize(orders.size()).allSatisfy(d -> {
                assertThat(d).containsEntry("status", "DELIVERED").containsEntry("attempts", 1).containsEntry("lastStatus", 200);
                assertThat(d).containsKey("lastDurationMs").containsKey("message");
            });
            delete(sub);
        }
    }

    @Test
    void aReceiverThatFailsFiveTimesGetsTheEventAfterRetries() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n <= 5 ? 503 : 204)) {
            Map<String, Object> sub = subscribe(a, receiver.url(), List.of("work_order.created"));
            String order = createOrder(b, "重试");
            List<WebhookReceiver.Received> got = receiver.await(60, r -> r.stream().anyMatch(x -> x.answered() == 204));
            Thread.sleep(1000);
            got = receiver.received();
            assertThat(got).hasSize(6);
            assertThat(got.stream().map(WebhookReceiver.Received::id).distinct()).as("one message id for every attempt").hasSize(1);
            assertThat(got.stream().map(WebhookReceiver.Received::body).distinct()).as("the same bytes every time").hasSize(1);
            assertThat(dataOf(got.get(5))).containsEntry("workOrderId", order);
            Webhook verifier = new Webhook(sub.get("secret").toString());
            for (WebhookReceiver.Received r : got) {
                assertThatCode(() -> verifier.verify(r.body(), headers(r))).doesNotThrowAnyException();
            }
            Map<String, Object> delivery = onlyDelivery(sub);
            assertThat(delivery).containsEntry("status", "DELIVERED").containsEntry("attempts", 6).containsEntry("lastStatus", 204);
            Map<String, Object> after = ApiInstance.json(a.get("/api/v1/webhooks/" + sub.get("id"), admin).body());
            assertThat(after).containsEntry("failures", 0).containsEntry("active", true);
            delete(sub);
        }
    }

    @Test
    void replayResendsTheSameMessageAnd410DisablesTheSubscription() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> n <= 2 ? 200 : 410)) {
            Map<String, Object> sub = subscribe(a, receiver.url(), List.of("work_order.created"));
            createOrder(a, "重放");
            receiver.await(30, r -> r.size() >= 1);
            Map<String, Object> first = onlyDelivery(sub);
            HttpResponse<String> replay = a.post("/api/v1/webhooks/" + sub.get("id") + "/deliveries/" + first.get("id") + "/replay",
                    admin, Map.of(), Map.of());
            assertThat(replay.statusCode()).isEqualTo(202);
            List<WebhookReceiver.Received> got = receiver.await(30, r -> r.size() >= 2);
            assertThat(got).hasSize(2);
            assertThat(got.get(1).id()).isEqualTo(got.get(0).id());
            assertThat(got.get(1).body()).isEqualTo(got.get(0).body());

            // The third message meets 410 Gone: the subscription is disabled at once, ADMINs are told on the live stream
            // (whichever instance they are connected to) and can see why.
            java.util.concurrent.CompletableFuture<String> notice = firstLineWith(b, admin, "WEBHOOK_DISABLED");
            Thread.sleep(1000);
            createOrder(b, "已下线");
            receiver.await(30, r -> r.size() >= 3);
            Map<String, Object> after = awaitInactive(sub);
            assertThat(after).containsEntry("active", false);
            assertThat(after.get("disabledReason").toString()).contains("410");
            assertThat(notice.get(30, java.util.concurrent.TimeUnit.SECONDS)).contains(sub.get("id").toString());
            HttpResponse<String> replayInactive = a.post("/api/v1/webhooks/" + sub.get("id") + "/deliveries/" + first.get("id")
                    + "/replay", admin, Map.of(), Map.of());
            assertThat(replayInactive.statusCode()).isEqualTo(409);
            delete(sub);
        }
    }

    @Test
    void aStatusChangeIsSentWithItsFromAndToStatus() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.answering(n -> 200)) {
            Map<String, Object> sub = subscribe(a, receiver.url(), List.of("work_order.status_changed"));
            String order = createOrder(a, "取消");
            HttpResponse<String> cancelled = b.post("/api/v1/work-orders/" + order + "/cancel", admin,
                    Map.of("reason", "重复报修"), Map.of());
            assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
            List<WebhookReceiver.Received> got = receiver.await(30, r -> r.size() >= 1);
            Thread.sleep(1000);
            got = receiver.received();
            assertThat(got).as("the creation is not a status change; the cancellation is").hasSize(1);
            assertThat(WebhookReceiver.json(got.get(0).body())).containsEntry("type", "work_order.status_changed");
            assertThat(dataOf(got.get(0))).containsEntry("workOrderId", order).containsEntry("fromStatus", "NEW")
                    .containsEntry("toStatus", "CANCELLED").containsEntry("eventType", "CANCELLED");
            WebhookReceiver.Received message = got.get(0);
            assertThatCode(() -> new Webhook(sub.get("secret").toString()).verify(message.body(), headers(message)))
                    .doesNotThrowAnyException();
            delete(sub);
        }
    }

    @Test
    void onlyAdminsManageWebhooksAndTargetsMustBePublicUnlessAllowed() throws Exception {
        String manager = a.login("manager");
        HttpResponse<String> r = a.post("/api/v1/webhooks", manager, Map.of("url", "https://example.com/hook",
                "eventTypes", List.of("work_order.created"), "projectIds", List.of(projectId)), Map.of());
        assertThat(r.statusCode()).isEqualTo(403);
        for (String url : List.of("http://10.1.2.3/hook", "https://169.254.169.254/latest/meta-data", "https://[::1]/x",
                "https://[fd00::1]/x", "https://100.64.0.1/x", "ftp://example.com/x", "https://user:pw@example.com/x", "/relative")) {
            HttpResponse<String> refused = a.post("/api/v1/webhooks", admin, Map.of("url", url,
                    "eventTypes", List.of("work_order.created"), "projectIds", List.of(projectId)), Map.of());
            assertThat(refused.statusCode()).as(url).isEqualTo(400);
            assertThat(refused.body()).as(url).contains("\"url\"");
        }
        HttpResponse<String> foreign = a.post("/api/v1/webhooks", admin, Map.of("url", "http://127.0.0.1:9/x",
                "eventTypes", List.of("work_order.created"), "projectIds", List.of(UUID.randomUUID().toString())), Map.of());
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("projectIds");
    }

    /** The request's headers as the reference implementation takes them. */
    static java.net.http.HttpHeaders headers(WebhookReceiver.Received r) {
        Map<String, List<String>> h = new HashMap<>();
        h.put("webhook-id", List.of(r.id()));
        h.put("webhook-timestamp", List.of(r.timestamp()));
        h.put("webhook-signature", List.of(r.signature()));
        return java.net.http.HttpHeaders.of(h, (name, value) -> true);
    }

    private static Exception catchVerify(Webhook verifier, WebhookReceiver.Received r) {
        try {
            verifier.verify(r.body(), headers(r));
            return null;
        } catch (Exception e) {
            return e;
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> dataOf(WebhookReceiver.Received r) {
        return (Map<String, Object>) WebhookReceiver.json(r.body()).get("data");
    }

    private static Map<String, Object> subscribe(ApiInstance api, String url, List<String> types) throws Exception {
        return subscribe(api, admin, projectId, url, types);
    }

    static Map<String, Object> subscribe(ApiInstance api, String token, String project, String url, List<String> types)
            throws Exception {
        HttpResponse<String> r = api.post("/api/v1/webhooks", token, Map.of("url", url, "eventTypes", types,
                "projectIds", List.of(project), "description", "测试接收端"), Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ApiInstance.json(r.body());
    }

    private static String createOrder(ApiInstance api, String title) throws Exception {
        return createOrder(api, admin, projectId, title);
    }

    static String createOrder(ApiInstance api, String token, String project, String title) throws Exception {
        HttpResponse<String> r = api.post("/api/v1/work-orders", token, Map.of("projectId", project, "location", "大堂",
                "type", "REPAIR", "category", "PLUMBING", "priority", "NORMAL", "channel", "PHONE", "title", title,
                "reporter", Map.of("name", "王伟", "phone", "13812345678")), Map.of());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return ApiInstance.json(r.body()).get("id").toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyDelivery(Map<String, Object> sub) throws Exception {
        List<Map<String, Object>> items = (List<Map<String, Object>>) ApiInstance.json(
                a.get("/api/v1/webhooks/" + sub.get("id") + "/deliveries", admin).body()).get("items");
        assertThat(items).hasSize(1);
        return items.get(0);
    }

    private static Map<String, Object> awaitInactive(Map<String, Object> sub) throws Exception {
        return awaitInactive(a, admin, sub, 20);
    }

    /** The subscription once it is inactive (or as it is after the given seconds). */
    static Map<String, Object> awaitInactive(ApiInstance api, String token, Map<String, Object> sub, int seconds) throws Exception {
        Map<String, Object> s = Map.of();
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            s = ApiInstance.json(api.get("/api/v1/webhooks/" + sub.get("id"), token).body());
            if (Boolean.FALSE.equals(s.get("active"))) {
                return s;
            }
            Thread.sleep(100);
        }
        return s;
    }

    private static void delete(Map<String, Object> sub) throws Exception {
        delete(a, admin, sub);
    }

    static void delete(ApiInstance api, String token, Map<String, Object> sub) throws Exception {
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(api.uri("/api/v1/webhooks/" + sub.get("id")))
                .header("Authorization", "Bearer " + token).DELETE());
        assertThat(r.statusCode()).isEqualTo(204);
    }

    /** The first line of the caller's live stream that contains every one of the texts (the stream is closed then). */
    static java.util.concurrent.CompletableFuture<String> firstLineWith(ApiInstance instance, String token, String... texts) {
        HttpRequest request = HttpRequest.newBuilder(instance.uri("/api/v1/events/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        return java.net.http.HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(r -> {
                    try (java.util.stream.Stream<String> lines = r.body()) {
                        return lines.filter(line -> java.util.Arrays.stream(texts).allMatch(line::contains)).findFirst().orElse("");
                    }
                });
    }

    static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> m = new HashMap<>(base);
        m.put(key, value);
        return m;
    }
}
