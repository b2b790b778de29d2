package dev.steward.api.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import dev.steward.api.support.ApiInstance;
import dev.steward.api.support.TestDatabase;
import java.lang.reflect.Method;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import reactor.core.publisher.Mono;

/**
 * Two API instances on one database, as behind a load balancer: one request budget for both, keyed by the verified
 * caller (a re-spelled token or a made-up one earns no fresh budget); X-Forwarded-For believed only from a trusted
 * proxy; login throttled per username and address; live events from either; scheduled scans recording once.
 * Instance A trusts 127.0.0.1 as its reverse proxy; B trusts nobody. Without a trusted proxy every request here comes
 * from 127.0.0.1, so the test that spends that address's budget runs last.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesTest {

    private static final int PER_MINUTE = 40;
    /** Live streams instance B serves in all (10 per user everywhere). */
    private static final int B_STREAMS = 12;

    private static DatabaseUrl db;
    private static ApiInstance a;
    private static ApiInstance b;
    private static Path jwtKey;

    @BeforeAll
    static void start() throws Exception {
        db = TestDatabase.createAnother("steward_two_");
        jwtKey = Files.createTempDirectory("steward-two").resolve("jwt.pem");
        Map<String, String> common = Map.of("steward.jwt.key-file", jwtKey.toString(),
                "steward.rate-limit.requests-per-minute", Integer.toString(PER_MINUTE),
                // An hour's window: no token comes back while a test spends the budget, however slow the machine.
                "steward.rate-limit.requests-window", "PT1H");
        a = ApiInstance.start(db, with(common, "steward.trusted-proxies", "127.0.0.1"));
        b = ApiInstance.start(db, with(with(common, "steward.demo-data", "false"), "steward.events.max-streams", Integer.toString(B_STREAMS)));
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
    @Order(3)
    void oneBudgetForBothInstancesKeyedByTheVerifiedCaller() throws Exception {
        String token = a.login("manager");
        List<Integer> statuses = new ArrayList<>();
        long lastRemaining = -1;
        for (int i = 0; i < PER_MINUTE; i++) {
            HttpResponse<String> r = (i % 2 == 0 ? a : b).get("/api/v1/me", token);
            statuses.add(r.statusCode());
            lastRemaining = Long.parseLong(r.headers().firstValue("RateLimit-Remaining").orElseThrow());
        }
        assertThat(statuses).containsOnly(200);
        assertThat(lastRemaining).as("the budget both instances drew on").isZero();
        HttpResponse<String> respelled = b.get("/api/v1/me", token + "=");
        assertThat(respelled.statusCode()).as("the same token with '=' appended earns no fresh budget").isEqualTo(429);
        assertThat(respelled.headers().firstValue("Retry-After")).isPresent();
        assertThat(ApiInstance.json(respelled.body())).containsEntry("code", "RATE_LIMITED");
        assertThat(a.get("/api/v1/me", token).statusCode()).isEqualTo(429);
    }

    @Test
    @Order(7)
    void madeUpTokensDrawOnTheAddressBudgetAndOnlyATrustedProxyNamesTheAddress() throws Exception {
        // Through A (which trusts this peer as its proxy) each forwarded address has a budget of its own.
        String client = "203.0.113." + (1 + (int) (Math.random() * 200));
        List<Integer> fromClient = new ArrayList<>();
        for (int i = 0; i <= PER_MINUTE; i++) {
            fromClient.add(randomBearer(a, client).statusCode());
        }
        assertThat(fromClient.subList(0, PER_MINUTE)).containsOnly(401);
        assertThat(fromClient.get(PER_MINUTE)).as("random bearer values are limited").isEqualTo(429);
        assertThat(randomBearer(a, "198.51.100.77").statusCode()).as("another client behind the proxy").isEqualTo(401);

        // B trusts no proxy: X-Forwarded-For is ignored, so changing it earns nothing.
        List<Integer> spoofed = new ArrayList<>();
        for (int i = 0; i <= PER_MINUTE + 5; i++) {
            spoofed.add(randomBearer(b, "192.0.2." + i).statusCode());
        }
        assertThat(spoofed).as("an untrusted X-Forwarded-For does not reset the budget").contains(429);
        assertThat(spoofed.get(spoofed.size() - 1)).isEqualTo(429);
    }

    @Test
    @Order(4)
    void wrongPasswordsSlowThatUsernameFromThatAddressOnly() throws Exception {
        String attacker = "198.51.100.10";
        List<String> attack = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attack.add(code(login(a, "tech1", "guess-" + i, attacker)));
        }
        assertThat(attack.subList(0, 3)).containsOnly("INVALID_CREDENTIALS");
        assertThat(attack).contains("LOGIN_THROTTLED");
        HttpResponse<String> throttled = login(a, "tech1", "steward-demo", attacker);
        assertThat(throttled.statusCode()).as("even the right password waits, from the attacker's address").isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();

        // The real user, from elsewhere, on either instance, is not locked out.
        assertThat(login(a, "tech1", "steward-demo", "198.51.100.11").statusCode()).isEqualTo(200);
        assertThat(login(b, "tech1", "steward-demo", null).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void manyFailuresFromOneAddressDoNotLockOutOthersBehindIt() throws Exception {
        String office = "198.51.100.20";
        for (int i = 0; i < 30; i++) {
            assertThat(login(a, "someone-" + i, "wrong", office).statusCode()).isEqualTo(401);
        }
        assertThat(login(a, "tech2", "steward-demo", office).statusCode()).isEqualTo(200);
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void eventsReachStreamsOnBothInstances() throws Exception {
        String token = a.login("agent");
        Map<String, Object> projects = ApiInstance.json(a.get("/api/v1/projects", token).body());
        String projectId = ((List<Map<String, Object>>) projects.get("items")).get(0).get("id").toString();
        CompletableFuture<String> onA = firstEventAbout(a, token, "双实例");
        CompletableFuture<String> onB = firstEventAbout(b, token, "双实例");
        Thread.sleep(1000);
        String title = "双实例 " + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = b.post("/api/v1/work-orders", token, order(projectId, title), Map.of());
        assertThat(created.statusCode()).isEqualTo(201);
        String id = ApiInstance.json(created.body()).get("id").toString();
        assertThat(onA.get(30, TimeUnit.SECONDS)).contains(id);
        assertThat(onB.get(30, TimeUnit.SECONDS)).contains(id);
    }

    @Test
    @Order(2)
    @SuppressWarnings("unchecked")
    void scheduledScansRacingOnBothInstancesRecordEachBreachAndOverdueLoanOnce() throws Exception {
        String token = b.login("agent");
        Map<String, Object> projects = ApiInstance.json(b.get("/api/v1/projects", token).body());
        String projectId = ((List<Map<String, Object>>) projects.get("items")).get(0).get("id").toString();
        HttpResponse<String> created = b.post("/api/v1/work-orders", token, order(projectId, "超时 " + UUID.randomUUID()), Map.of());
        String orderId = ApiInstance.json(created.body()).get("id").toString();
        String checkoutId;
        try (Connection c = jdbc(); Statement st = c.createStatement()) {
            st.execute("update work_orders set response_due_at = now() - interval '2 minutes' where id = '" + orderId + "'");
            try (ResultSet rs = st.executeQuery("select id from key_checkouts where returned_at is null"
                    + " and checked_out_at < now() - interval '5 minutes' order by id limit 1")) {
                assertThat(rs.next()).as("an open demo key loan").isTrue();
                checkoutId = rs.getString(1);
            }
            st.execute("update key_checkouts set due_at = now() - interval '1 minute', overdue_recorded_at = null where id = '"
                    + checkoutId + "'");
        }
        long overdueBefore = count("select count(*) from key_events where type = 'OVERDUE' and checkout_id = '" + checkoutId + "'");

        Mono.zip(scan(a, "slaBreachJob"), scan(b, "slaBreachJob"), scan(a, "keyOverdueJob"), scan(b, "keyOverdueJob"))
                .block(Duration.ofSeconds(30));

        assertThat(count("select count(*) from work_order_events where type = 'SLA_BREACHED' and work_order_id = '" + orderId + "'"))
                .as("SLA breaches recorded").isEqualTo(1);
        assertThat(count("select count(*) from key_events where type = 'OVERDUE' and checkout_id = '" + checkoutId + "'"))
                .as("overdue entries recorded").isEqualTo(overdueBefore + 1);
    }

    @Test
    @Order(0)
    void aUserMayHoldTenStreamsPerInstance() throws Exception {
        String token = b.login("custodian");
        List<java.io.InputStream> open = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                HttpResponse<java.io.InputStream> r = stream(b, token);
                assertThat(r.statusCode()).isEqualTo(200);
                open.add(r.body());
            }
            HttpResponse<java.io.InputStream> refused = stream(b, token);
            assertThat(refused.statusCode()).isEqualTo(429);
            assertThat(refused.headers().firstValue("Retry-After")).isPresent();
            assertThat(ApiInstance.json(new String(refused.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)))
                    .containsEntry("code", "TOO_MANY_STREAMS");
            HttpResponse<java.io.InputStream> elsewhere = stream(a, token);
            assertThat(elsewhere.statusCode()).as("the limit is per instance").isEqualTo(200);
            open.add(elsewhere.body());

            // B serves 12 streams in all: two other users fill it, and a third is sent to another instance (503).
            for (String user : List.of("agent", "admin")) {
                HttpResponse<java.io.InputStream> r = stream(b, b.login(user));
                assertThat(r.statusCode()).isEqualTo(200);
                open.add(r.body());
            }
            HttpResponse<java.io.InputStream> full = stream(b, b.login("tech1"));
            assertThat(full.statusCode()).as("an instance at its maximum of live streams").isEqualTo(503);
            assertThat(full.headers().firstValue("Retry-After")).isPresent();
            assertThat(ApiInstance.json(new String(full.body().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)))
                    .containsEntry("code", "TOO_MANY_STREAMS");
        } finally {
            for (java.io.InputStream in : open) {
                in.close();
            }
        }
        // The slots come back when the clients go (the next tests need streams on B).
        Object slots = b.context().getBean("streamSlots");
        Method openStreams = slots.getClass().getDeclaredMethod("open");
        openStreams.setAccessible(true);
        long deadline = System.nanoTime() + 10_000_000_000L;
        while ((int) openStreams.invoke(slots) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat((int) openStreams.invoke(slots)).as("streams still counted after their clients left").isZero();
    }

    @Test
    @Order(6)
    @SuppressWarnings("unchecked")
    void aListenerThatStopsReadingIsEndedAndTheInstanceStaysResponsive() throws Exception {
        String token = a.login("tech2");
        Map<String, Object> me = ApiInstance.json(a.get("/api/v1/me", token).body());
        String projectId = ((List<Map<String, Object>>) me.get("projects")).get(0).get("id").toString();
        try (java.net.Socket slow = new java.net.Socket()) {
            slow.setReceiveBufferSize(4096);
            slow.connect(new java.net.InetSocketAddress("127.0.0.1", a.port()), 5000);
            slow.setSoTimeout(20_000);
            slow.getOutputStream().write(("GET /api/v1/events/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n"
                    + "Authorization: Bearer " + token + "\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            java.io.InputStream in = slow.getInputStream();
            assertThat(new String(in.readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("HTTP/1.1 200");

            // 3,000 events of ~6 KB for its project (18 MB) while it reads nothing: far more than the socket buffers
            // and the 256 events a listener may fall behind hold.
            try (Connection c = jdbc(); java.sql.PreparedStatement flood = c.prepareStatement("select count(pg_notify('steward_events',"
                    + " json_build_object('type', 'WORK_ORDER_CHANGED', 'projectId', ?::uuid, 'code', i || repeat('x', 6000),"
                    + " 'at', now())::text)) from generate_series(1, 3000) i")) {
                flood.setString(1, projectId);
                flood.executeQuery().close();
            }
            long started = System.nanoTime();
            assertThat(a.get("/api/v1/me", token).statusCode()).isEqualTo(200);
            // Generous: a busy 2-core machine runs this; a stalled event loop would hold the request far longer.
            assertThat((System.nanoTime() - started) / 1_000_000).as("ms for a request right after the flood").isLessThan(10_000);

            // The instance gives up on the listener while it still reads nothing (on a busy machine the relay of the
            // flood takes a while; reading before it is through would let the listener catch up, and it would stay).
            io.micrometer.core.instrument.Counter fellBehind = a.context().getBean(io.micrometer.core.instrument.MeterRegistry.class)
                    .get("steward.events.fell.behind").counter();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (fellBehind.count() < 1 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(fellBehind.count()).as("streams ended for falling behind").isEqualTo(1);
            // Generous: a busy 2-core machine runs this; a stalled event loop would hold the request far longer.

            // Reading on, the stalled listener finds its stream ended with a retry hint — not an endless stream of
            // heartbeats without events (a read that waits 20 s for more fails the test).
            String rest = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(rest).contains("retry:1000");
        }
    }

    private static HttpResponse<java.io.InputStream> stream(ApiInstance instance, String token) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(HttpRequest.newBuilder(instance.uri("/api/v1/events/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofInputStream());
    }

    private static Mono<Object> scan(ApiInstance instance, String job) throws Exception {
        Object bean = instance.context().getBean(job);
        Method scan = bean.getClass().getDeclaredMethod("scan");
        scan.setAccessible(true);
        return ((Mono<?>) scan.invoke(bean)).map(Object.class::cast);
    }

    private static CompletableFuture<String> firstEventAbout(ApiInstance instance, String token, String text) {
        HttpRequest request = HttpRequest.newBuilder(instance.uri("/api/v1/events/stream"))
                .header("Authorization", "Bearer " + token).header("Accept", "text/event-stream").build();
        return java.net.http.HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenApply(r -> {
                    // Closed once the event is found: a listener left open and unread would fall behind later.
                    try (java.util.stream.Stream<String> lines = r.body()) {
                        return lines.filter(line -> line.contains("WORK_ORDER_CREATED")).findFirst().orElse("");
                    }
                });
    }

    private static Map<String, Object> order(String projectId, String title) {
        return Map.of("projectId", projectId, "location", "大堂", "type", "REPAIR", "category", "PLUMBING",
                "priority", "NORMAL", "channel", "PHONE", "title", title, "reporter", Map.of("name", "王伟", "phone", "13812345678"));
    }

    private static HttpResponse<String> randomBearer(ApiInstance instance, String forwardedFor) throws Exception {
        return instance.send(HttpRequest.newBuilder(instance.uri("/api/v1/me"))
                .header("Authorization", "Bearer " + UUID.randomUUID()).header("X-Forwarded-For", forwardedFor).GET());
    }

    private static HttpResponse<String> login(ApiInstance instance, String username, String password, String forwardedFor)
            throws Exception {
        return instance.post("/api/v1/auth/token", null, Map.of("username", username, "password", password),
                forwardedFor == null ? Map.of() : Map.of("X-Forwarded-For", forwardedFor));
    }

    private static String code(HttpResponse<String> r) {
        return String.valueOf(ApiInstance.json(r.body()).get("code"));
    }

    private static long count(String sql) throws Exception {
        try (Connection c = jdbc(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection jdbc() throws Exception {
        return DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
    }

    private static Map<String, String> with(Map<String, String> base, String key, String value) {
        Map<String, String> m = new java.util.HashMap<>(base);
        m.put(key, value);
        return m;
    }
}
