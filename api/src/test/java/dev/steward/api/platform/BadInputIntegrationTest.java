package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.steward.api.support.IntegrationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bad input is a 400 problem naming the field, never a 500, and every 4xx — including those answered by Netty's
 * codec and Spring Security's firewall — carries a problem+json body. Client errors log no stack trace.
 */
class BadInputIntegrationTest extends IntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);

    @BeforeEach
    void captureLogs() {
        logged.start();
        root.addAppender(logged);
    }

    @AfterEach
    void releaseLogs() {
        root.detachAppender(logged);
    }

    @Test
    void aNulCharacterInAJsonStringIsA400NamingTheFieldEvenWithoutLogin() {
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"username\":\"a\\u0000b\",\"password\":\"x\"}")
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
        assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
    }

    @Test
    void aNulCharacterInAQueryParameterIsA400NamingIt() {
        field(as("admin").get().uri("/api/v1/work-orders?q={q}", "a\u0000b"), "q");
        field(as("admin").get().uri("/api/v1/users?q={q}", "\u0000"), "q");
    }

    @Test
    void aBlankOrMalformedPathIdIsA400NamingIt() {
        field(as("admin").get().uri("/api/v1/work-orders/{id}", " "), "workOrderId");
        field(as("admin").get().uri("/api/v1/work-orders/not-a-uuid"), "workOrderId");
    }

    @Test
    void aNullInsideAListIsA400NamingTheItem() {
        field(as("manager").post().uri("/api/v1/survey-campaigns").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"buildingIds\":[null]}"), "buildingIds[0]");
    }

    @Test
    void aTimeZoneOffsetPostgresqlCannotTakeIsA400NamingTheParameter() {
        field(as("admin").get().uri("/api/v1/work-orders?createdTo=2026-01-01T00:00:00-18:00"), "createdTo");
        field(as("admin").get().uri("/api/v1/work-orders?createdFrom=0000-01-01T00:00:00Z"), "createdFrom");
    }

    @Test
    void aForgedCursorIsA400OnTheCursor() {
        field(as("admin").get().uri("/api/v1/users?cursor=AAAA"), "cursor");
        field(as("admin").get().uri("/api/v1/projects?cursor=AAAA"), "cursor");
        field(as("admin").get().uri("/api/v1/work-orders?cursor=AAAA"), "cursor");
    }

    @Test
    void anUnknownEnumValueInAQueryIsA400NamingTheParameter() {
        field(as("admin").get().uri("/api/v1/key-stocktakes?status=FOO"), "status");
        field(as("admin").get().uri("/api/v1/survey-campaigns/00000000-0000-0000-0000-000000000001/export?format=pdf"), "format");
    }

    @Test
    void bodiesUpToOneMebibyteAreReadAndLargerOnesAre413() throws Exception {
        int limit = 1024 * 1024;
        String padding = "x".repeat(limit - "{\"username\":\"\",\"password\":\"x\"}".length());
        HttpResponse<String> atLimit = send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + padding + "\",\"password\":\"x\"}")));
        assertThat(atLimit.statusCode()).isEqualTo(400);   // read (and refused as a username), not 413
        HttpResponse<String> above = send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + padding + "x\",\"password\":\"x\"}")));
        assertProblem(above, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void requestsNettyCannotDecodeGetAProblemBody() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + "a".repeat(9000))),
                431, "HEADERS_TOO_LARGE");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/me?x=" + "a".repeat(9000)))), 414, "URI_TOO_LONG");
    }

    @Test
    void requestsTheSecurityFirewallRefusesGetAProblemBody() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/..;/x"))), 400, "REQUEST_REJECTED");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/projects%2Fx"))), 400, "REQUEST_REJECTED");
    }

    @Test
    void methodMediaTypeAndAcceptErrorsAreProblems() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + token("admin"))
                .DELETE()), 405, "METHOD_NOT_ALLOWED");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/me")).header("Authorization", "Bearer " + token("admin"))
                .header("Accept", "text/html")), 406, "NOT_ACCEPTABLE");
        assertProblem(send(HttpRequest.newBuilder(uri("/api/v1/auth/token")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("x"))), 415, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void metricsNeedAnAdminOrIntegrationLogin() throws Exception {
        assertProblem(send(HttpRequest.newBuilder(uri("/actuator/prometheus"))), 401, "UNAUTHENTICATED");
        assertProblem(send(HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Bearer " + token("manager"))),
                403, "ROLE_NOT_ALLOWED");
        HttpResponse<String> scrape = send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Authorization", "Bearer " + token("integration")));
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("jvm_memory_used_bytes");
        assertThat(send(HttpRequest.newBuilder(uri("/actuator/health/liveness"))).statusCode()).isEqualTo(200);
    }

    private static void field(WebTestClient.RequestHeadersSpec<?> request, String field) {
        request.exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo(field);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @SuppressWarnings("unchecked")
    static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        Map<String, Object> problem = JSON.readValue(response.body(), Map.class);
        assertThat(problem).containsEntry("status", status).containsEntry("code", code);
        assertThat(List.of("type", "title")).allMatch(problem::containsKey);
    }
}
