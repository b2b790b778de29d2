package dev.steward.api.fault;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import dev.steward.api.support.ApiInstance;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * PostgreSQL stopped and started again under a write load, on a private embedded server this test controls. While
 * it is down every request is a 503 problem with Retry-After (never a 500); writes resume within 2 s of it being
 * back; every acknowledged write is there exactly once (clients retry with the same Idempotency-Key, as they should).
 */
class DatabaseOutageFaultTest {

    private static final int WRITERS = 4;

    @Test
    @SuppressWarnings("unchecked")
    void anOutageIsA503WithRetryAfterAndLosesOrDoublesNothing() throws Exception {
        File data = Files.createTempDirectory("steward-outage-pg").toFile();
        int pgPort;
        try (ServerSocket s = new ServerSocket(0)) {
            pgPort = s.getLocalPort();
        }
        EmbeddedPostgres pg = startPostgres(data, pgPort);
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute("create database steward_outage");
        }
        DatabaseUrl db = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:" + pgPort + "/steward_outage");
        ApiInstance api = ApiInstance.start(db, Map.of());
        try {
            String token = api.login("agent");
            Map<String, Object> projects = ApiInstance.json(api.get("/api/v1/projects", token).body());
            String projectId = ((List<Map<String, Object>>) projects.get("items")).get(0).get("id").toString();
            String marker = "outage-" + UUID.randomUUID().toString().substring(0, 8);

            Set<String> acknowledged = ConcurrentHashMap.newKeySet();
            AtomicInteger unavailable = new AtomicInteger();
            AtomicInteger withoutRetryAfter = new AtomicInteger();
            List<String> unexpected = new ArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong stopAt = new AtomicLong();
            AtomicBoolean down = new AtomicBoolean();
            AtomicLong firstAckAfterBack = new AtomicLong();
            AtomicLong backAt = new AtomicLong();
            ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
            List<Future<?>> running = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                running.add(writers.submit(() -> {
                    for (int i = 0; !stop.get(); i++) {
                        String key = UUID.randomUUID().toString();
                        Map<String, Object> body = Map.of("projectId", projectId, "location", "大堂", "type", "REPAIR",
                                "category", "PLUMBING", "priority", "NORMAL", "channel", "PHONE",
                                "title", marker + " " + writer + "-" + i, "reporter", Map.of("name", "王伟", "phone", "13812345678"));
                        // A well-behaved client: retry the same write, with the same key, until it is acknowledged —
                        // within 30 s of the end of the run: a write never acknowledged is a failure, not a hung test.
                        String last = "no answer";
                        while (true) {
                            long stoppedAt = stopAt.get();
                            if (stoppedAt != 0 && System.nanoTime() - stoppedAt > 30_000_000_000L) {
                                synchronized (unexpected) {
                                    unexpected.add("never acknowledged (key " + key + "), last answer: " + last);
                                }
                                break;
                            }
                            HttpResponse<String> r;
                            try {
                                r = api.post("/api/v1/work-orders", token, body, Map.of("Idempotency-Key", key));
                            } catch (Exception e) {
                                last = e.toString();
                                Thread.sleep(100);
                                continue;
                            }
                            last = r.statusCode() + " " + r.body();
                            if ((r.statusCode() == 201 || r.statusCode() == 200) && r.body().isBlank()) {
                                synchronized (unexpected) {
                                    unexpected.add(r.statusCode() + " without a body " + r.headers().map());
                                }
                                Thread.sleep(100);
                                continue;
                            }
                            if (r.statusCode() == 201 || r.statusCode() == 200) {
                                acknowledged.add(ApiInstance.json(r.body()).get("id").toString());
                                if (backAt.get() != 0) {
                                    firstAckAfterBack.compareAndSet(0, System.nanoTime());
                                }
                                break;
                            }
                            if (r.statusCode() == 503) {
                                unavailable.incrementAndGet();
                                if (r.headers().firstValue("Retry-After").isEmpty()
                                        || !r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                                    withoutRetryAfter.incrementAndGet();
                                }
                                Thread.sleep(100);
                                continue;
                            }
                            synchronized (unexpected) {
                                unexpected.add(r.statusCode() + " " + r.body());
                            }
                            Thread.sleep(100);
                        }
                    }
                    return null;
                }));
            }

            Thread.sleep(1500);
            pg.close();
            down.set(true);
            Thread.sleep(1000);
            HttpResponse<String> read = api.get("/api/v1/work-orders?limit=1", token);
            HttpResponse<String> readiness = api.get("/actuator/health/readiness", null);
            Thread.sleep(1500);
            int duringOutage = unavailable.get();
            pg = startPostgres(data, pgPort);
            backAt.set(System.nanoTime());
            down.set(false);
            while (firstAckAfterBack.get() == 0 && System.nanoTime() - backAt.get() < 10_000_000_000L) {
                Thread.sleep(20);
            }
            Thread.sleep(1500);
            stopAt.set(System.nanoTime());
            stop.set(true);
            for (Future<?> f : running) {
                f.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
            writers.shutdown();

            double recoverySeconds = (firstAckAfterBack.get() - backAt.get()) / 1e9;
            System.out.printf("outage: %d × 503 (%d while down), first write %.2f s after the database was back, %d acknowledged%n",
                    unavailable.get(), duringOutage, recoverySeconds, acknowledged.size());

            assertThat(unexpected).as("answers other than 201 or 503").isEmpty();
            assertThat(duringOutage).as("503s while the database was down").isPositive();
            assertThat(withoutRetryAfter.get()).as("503s without Retry-After or problem+json").isZero();
            assertThat(read.statusCode()).isEqualTo(503);
            assertThat(ApiInstance.json(read.body())).containsEntry("code", "DATABASE_UNAVAILABLE");
            assertThat(readiness.statusCode()).as("readiness follows the database").isEqualTo(503);
            assertThat(firstAckAfterBack.get()).as("a write succeeded after the database came back").isNotZero();
            assertThat(recoverySeconds).as("seconds until writes succeed again").isLessThanOrEqualTo(2.0);

            try (Connection c = pg.getDatabase("postgres", "steward_outage").getConnection(); Statement st = c.createStatement()) {
                Set<String> stored = ConcurrentHashMap.newKeySet();
                int doubled = 0;
                try (ResultSet rs = st.executeQuery("select id::text, count(*) over (partition by title) as n from work_orders"
                        + " where title like '" + marker + "%'")) {
                    while (rs.next()) {
                        stored.add(rs.getString(1));
                        doubled += rs.getInt(2) > 1 ? 1 : 0;
                    }
                }
                assertThat(stored).as("every acknowledged write is stored").containsAll(acknowledged);
                assertThat(stored).as("nothing stored that was not acknowledged").hasSameSizeAs(acknowledged);
                assertThat(doubled).as("writes stored twice").isZero();
            }
        } finally {
            api.close();
            pg.close();
            FileSystemUtils.deleteRecursively(data);
        }
    }

    private static EmbeddedPostgres startPostgres(File data, int port) throws Exception {
        return EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port).start();
    }
}
