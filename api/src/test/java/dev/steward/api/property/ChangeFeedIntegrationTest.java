package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import dev.steward.api.support.IntegrationTest;
import dev.steward.api.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Change feeds ({@code updatedFrom}): a client that resumes from its cursor never misses a change, even when a
 * transaction that changed a row earlier commits after one that changed a row later; the keyset order is stable;
 * removals (move-outs, cancellations) are changes in the feed.
 */
class ChangeFeedIntegrationTest extends IntegrationTest {

    private static final String FROM = "2000-01-01T00:00:00Z";

    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    record Page(List<Map<String, Object>> items, String nextCursor) {}

    @SuppressWarnings("unchecked")
    private Page page(String url, String cursor, int limit) {
        String sep = url.contains("?") ? "&" : "?";
        Map<String, Object> body = as("admin").get()
                .uri(url + sep + "updatedFrom=" + FROM + "&limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return new Page((List<Map<String, Object>>) body.get("items"), (String) body.get("nextCursor"));
    }

    /** Reads the feed from {@code cursor} until a page is not full; every item in order; the last cursor. */
    private String drain(String url, String cursor, int limit, List<Map<String, Object>> into) {
        while (true) {
            Page p = page(url, cursor, limit);
            assertThat(p.nextCursor()).as("a feed always gives a cursor").isNotNull();
            into.addAll(p.items());
            cursor = p.nextCursor();
            if (p.items().size() < limit) {
                return cursor;
            }
        }
    }

    private String units(String projectId) {
        return "/api/v1/projects/" + projectId + "/units";
    }

    private Map<?, ?> unit(String projectId, Object id) {
        return as("admin").get().uri(units(projectId) + "/" + id).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    /** Changes a unit's area through the API (If-Match on its current version; retried when a concurrent change won). */
    private void touch(String projectId, Object id, double area) {
        for (int attempt = 0; attempt < 20; attempt++) {
            Map<?, ?> u = unit(projectId, id);
            int status = as("admin").patch().uri(units(projectId) + "/" + id).header("If-Match", "\"" + u.get("version") + "\"")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("areaM2", area))
                    .exchange().returnResult(String.class).getStatus().value();
            if (status == 200) {
                return;
            }
            assertThat(status).isEqualTo(412);
        }
        throw new AssertionError("unit " + id + " could not be changed");
    }

    @Test
    void aChangeCommittedLateIsNotSkipped() throws Exception {
        String project = projectId("admin", "JL");
        List<Map<String, Object>> seen = new ArrayList<>();
        String cursor = drain(units(project), null, 50, seen);
        List<Map<String, Object>> all = new ArrayList<>(seen);
        Object early = all.get(0).get("id");
        Object late = all.get(1).get("id");

        DatabaseUrl db = TestDatabase.get();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password())) {
            c.setAutoCommit(false);
            // The "early" change: written first, committed last.
            try (PreparedStatement s = c.prepareStatement("update units set floor = coalesce(floor, 0) where id = ?::uuid")) {
                s.setString(1, early.toString());
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            touch(project, late, 77.5);

            // While the early transaction is open, the feed holds back everything after it, the committed change too.
            List<Map<String, Object>> meanwhile = new ArrayList<>();
            cursor = drain(units(project), cursor, 50, meanwhile);
            assertThat(meanwhile).noneMatch(u -> u.get("id").equals(late) || u.get("id").equals(early));

            c.commit();
        }
        // Once it commits, both changes come, the early one first (its transaction is the older one).
        List<Map<String, Object>> after = new ArrayList<>();
        drainUntil(units(project), cursor, after, List.of(early, late));
        List<Object> ids = after.stream().map(u -> u.get("id")).toList();
        assertThat(ids).contains(early, late);
        assertThat(ids.indexOf(early)).isLessThan(ids.indexOf(late));
        assertThat(after.stream().filter(u -> u.get("id").equals(late)).findFirst().orElseThrow().get("areaM2")).isEqualTo(77.5);
    }

    /** Drains until the given ids came (another test JVM's transaction on the same server may hold the horizon briefly). */
    private void drainUntil(String url, String cursor, List<Map<String, Object>> into, List<Object> ids) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (true) {
            cursor = drain(url, cursor, 50, into);
            if (into.stream().map(u -> u.get("id")).toList().containsAll(ids) || System.nanoTime() > deadline) {
                return;
            }
            Thread.sleep(200);
        }
    }

    @Test
    void pagingWhileUnitsChangeMissesNoChange() throws Exception {
        String project = projectId("admin", "JL");
        List<Map<String, Object>> start = new ArrayList<>();
        String cursor = drain(units(project), null, 200, start);
        List<Object> ids = start.stream().limit(12).map(u -> u.get("id")).toList();

        // Four writers change twelve units over and over while a reader follows the feed with small pages.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<Object, Double> written = new ConcurrentHashMap<>();
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(pool.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    Object id = ids.get((writer * 5 + i) % ids.size());
                    touch(project, id, 100 + writer * 100 + i);
                    written.put(id, 0.0);
                }
            }));
        }
        Map<Object, Object> lastSeenVersion = new HashMap<>();
        List<Map<String, Object>> read = new ArrayList<>();
        while (writers.stream().anyMatch(f -> !f.isDone())) {
            List<Map<String, Object>> batch = new ArrayList<>();
            cursor = drain(units(project), cursor, 3, batch);
            read.addAll(batch);
        }
        for (Future<?> f : writers) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        // After the writers: follow the feed until every unit's latest version has come.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        Map<Object, Object> finalVersion = new LinkedHashMap<>();
        for (Object id : written.keySet()) {
            finalVersion.put(id, unit(project, id).get("version"));
        }
        while (true) {
            List<Map<String, Object>> batch = new ArrayList<>();
            cursor = drain(units(project), cursor, 3, batch);
            read.addAll(batch);
            read.forEach(u -> lastSeenVersion.put(u.get("id"), u.get("version")));
            boolean complete = finalVersion.entrySet().stream().allMatch(e -> e.getValue().equals(lastSeenVersion.get(e.getKey())));
            if (complete || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(lastSeenVersion).as("every unit's last change reached the client").containsAllEntriesOf(finalVersion);
        // A unit never comes back with an older version than one already read: the feed's order is the commit order.
        Map<Object, Long> versions = new HashMap<>();
        for (Map<String, Object> u : read) {
            long v = ((Number) u.get("version")).longValue();
            Long before = versions.put(u.get("id"), v);
            assertThat(before == null || before < v).as("unit %s went back from %s to %s", u.get("id"), before, v).isTrue();
        }
    }

    @Test
    void theKeysetOrderIsStableWhateverThePageSize() {
        String project = projectId("admin", "JL");
        List<Map<String, Object>> big = new ArrayList<>();
        List<Map<String, Object>> small = new ArrayList<>();
        // Nothing else changes JL's residents: the same sequence page by page.
        String url = "/api/v1/projects/" + project + "/residents";
        drain(url, null, 200, big);
        drain(url, null, 7, small);
        assertThat(small.stream().map(r -> r.get("id")).toList()).isEqualTo(big.stream().map(r -> r.get("id")).toList());
        assertThat(big).isNotEmpty().allSatisfy(r -> assertThat(r.get("phoneMasked")).isEqualTo(true));
    }

    @Test
    void aMoveOutAndACancellationAreChangesInTheirFeeds() {
        String project = projectId("admin", "JL");
        String unitId = firstUnit("admin", project).get("id").toString();
        String base = "/api/v1/projects/" + project + "/units/" + unitId + "/residents";
        Map<?, ?> r = as("admin").post().uri(base).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "同步测试", "phone", "13900002222", "relation", "TENANT")).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String feed = "/api/v1/projects/" + project + "/residents";
        List<Map<String, Object>> before = new ArrayList<>();
        String cursor = drain(feed, null, 200, before);
        as("admin").post().uri(base + "/" + r.get("id") + "/move-out").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("movedOutOn", "2025-01-31")).exchange().expectStatus().isOk();
        List<Map<String, Object>> after = new ArrayList<>();
        drain(feed, cursor, 200, after);
        assertThat(after).anyMatch(x -> x.get("id").equals(r.get("id")) && "2025-01-31".equals(x.get("movedOutOn")));

        // Work orders: a cancelled order stays in the feed with its status.
        List<Map<String, Object>> orders = new ArrayList<>();
        String woFeed = "/api/v1/work-orders?projectId=" + project;
        String woCursor = drain(woFeed, null, 200, orders);
        // An order of its own (cancelling a demo order would change the demo's figures other tests check).
        @SuppressWarnings("unchecked")
        Map<String, Object> open = as("admin").post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("projectId", project, "location", "大堂", "type", "REPAIR", "category", "ELECTRICAL", "priority", "NORMAL",
                        "channel", "PHONE", "title", "同步测试", "reporter", Map.of("name", "王伟", "phone", "13812345678")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        woCursor = drain(woFeed, woCursor, 200, orders);
        as("admin").post().uri("/api/v1/work-orders/" + open.get("id") + "/cancel")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "同步测试取消")).exchange().expectStatus().isOk();
        List<Map<String, Object>> changed = new ArrayList<>();
        drain(woFeed, woCursor, 200, changed);
        assertThat(changed).anyMatch(o -> o.get("id").equals(open.get("id")) && "CANCELLED".equals(o.get("status")));
    }

    @Test
    void everySyncedListReadsAsAFeed() {
        String project = projectId("admin", "JL");
        for (String url : List.of("/api/v1/keys?projectId=" + project, "/api/v1/key-checkouts?projectId=" + project,
                "/api/v1/inspections?projectId=" + project, "/api/v1/work-orders?projectId=" + project, units(project),
                "/api/v1/projects/" + project + "/residents")) {
            List<Map<String, Object>> one = new ArrayList<>();
            List<Map<String, Object>> two = new ArrayList<>();
            drain(url, null, 200, one);
            drain(url, null, 5, two);
            assertThat(two.stream().map(x -> x.get("id")).toList()).as(url).isEqualTo(one.stream().map(x -> x.get("id")).toList());
        }
    }

    @Test
    void aCursorOfTheListIsNotAFeedCursor() {
        String project = projectId("admin", "JL");
        Map<?, ?> page = as("admin").get().uri(units(project) + "?limit=1").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        as("admin").get().uri(units(project) + "?updatedFrom=" + FROM + "&cursor=" + page.get("nextCursor")).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        as("admin").get().uri(units(project) + "?updatedFrom=yesterday").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("updatedFrom");
    }
}
