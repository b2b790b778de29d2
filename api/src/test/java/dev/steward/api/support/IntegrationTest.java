package dev.steward.api.support;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Base of the integration tests: the whole app on a random port, on its own fresh PostgreSQL database
 * with the demo data and every exchange validated against openapi.yaml. BlockHound is armed for the
 * whole test run by {@link BlockHoundInstaller}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"steward.demo-data=true", "steward.jwt.key-file=", "logging.level.root=WARN",
                // Tests run the SLA breach scan themselves, so it never changes data under another test.
                "steward.sla.breach-scan=P1D", "steward.keys.overdue-scan=P1D",
                "steward.inspections.task-scan=P1D", "steward.inspections.missed-scan=P1D",
                "steward.quality.warning-scan=P1D", "steward.quality.warning-follow=P1D",
                // Every test request comes from one address; SurveyRateLimitTest checks the limits with low values.
                "steward.rate-limit.survey-per-address=100000", "steward.rate-limit.survey-per-link=1000",
                // Likewise for the API budget per user and address; TwoInstancesTest checks it with low values.
                "steward.rate-limit.requests-per-minute=1000000",
                // Webhook receivers run by the tests listen on loopback (GeneratedClientSyncTest).
                "steward.webhooks.allowed-targets=127.0.0.1"})
// A context's first requests warm up the JIT, pools and caches; on a busy shared machine that exceeds the default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
@Import(ContractCheck.class)
public abstract class IntegrationTest {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DatabaseUrl db = TestDatabase.get();
        db.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @LocalServerPort
    private int port;

    /**
     * A bearer token for a demo user (all share the demo password), cached per application context (its port): each
     * context signs with a key of its own.
     */
    protected String token(String username) {
        return TOKENS.computeIfAbsent(port + "|" + username, k -> client.post().uri("/api/v1/auth/token")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "steward-demo"))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("accessToken").toString());
    }

    protected WebTestClient as(String username) {
        String token = token(username);
        return client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
    }

    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> projectItems(String user) {
        Map<String, Object> page = as(user).get().uri("/api/v1/projects").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) page.get("items");
    }

    protected String projectId(String user, String code) {
        return projectItems(user).stream().filter(p -> code.equals(p.get("code"))).findFirst().orElseThrow().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> firstUnit(String user, String projectId) {
        Map<String, Object> page = as(user).get().uri("/api/v1/projects/" + projectId + "/units?limit=1").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).get(0);
    }

    @SuppressWarnings("unchecked")
    protected Map<String, Object> firstBuilding(String user, String projectId) {
        Map<String, Object> page = as(user).get().uri("/api/v1/projects/" + projectId + "/buildings?limit=1").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).get(0);
    }
}
