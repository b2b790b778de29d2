package dev.steward.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import dev.steward.api.support.Races;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;

/** API clients (issue 15): client credentials, scopes per operation, rotation, revocation, integration writes. */
class ApiClientIntegrationTest extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    record Created(String id, String secret, String userId, long version) {}

    private Created create(String name, List<String> scopes, String... projectCodes) {
        List<String> projects = List.of(projectCodes).stream().map(code -> projectId("admin", code)).toList();
        Map<?, ?> body = as("admin").post().uri("/api/v1/api-clients").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "projectIds", projects, "scopes", scopes))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> c = (Map<?, ?>) body.get("client");
        return new Created(body.get("clientId").toString(), body.get("clientSecret").toString(), c.get("userId").toString(),
                ((Number) c.get("version")).longValue());
    }

    private WebTestClient.ResponseSpec tokenByBody(String id, String secret, String scope) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", id);
        form.add("client_secret", secret);
        if (scope != null) {
            form.add("scope", scope);
        }
        return client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData(form)).exchange();
    }

    private WebTestClient.ResponseSpec tokenByBasic(String id, String secret) {
        String basic = Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return client.post().uri("/api/v1/auth/token").header(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "client_credentials")).exchange();
    }

    private String token(Created c) {
        return tokenByBasic(c.id(), c.secret()).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("access_token").toString();
    }

    private WebTestClient bearer(String token) {
        return client.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).build();
    }

    private Map<String, Object> order(String projectId, String externalId, String channel) {
        Map<String, Object> unit = firstUnit("admin", projectId);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("projectId", projectId, "unitId", unit.get("id"),
                "type", "REPAIR", "category", "PLUMBING", "priority", "NORMAL", "channel", channel,
                "title", "微信报修：厨房漏水", "reporter", Map.of("name", "王女士", "phone", "13800001111")));
        if (externalId != null) {
            body.put("externalId", externalId);
        }
        return body;
    }

    /** Waits (≤ 10 s) for the database's announcement of a change this test made behind the API's back. */
    private static void eventuallyRefused(WebTestClient token) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            status = token.get().uri("/api/v1/work-orders?limit=1").exchange().returnResult(String.class).getStatus().value();
            Thread.sleep(status == 401 ? 0 : 50);
        } while (status != 401 && System.nanoTime() < until);
        assertThat(status).isEqualTo(401);
    }

    @Test
    void theSecretIsShownOnceAndStoredHashed() {
        Created c = create("BI 报表 " + UUID.randomUUID().toString().substring(0, 6), List.of("work-orders:read"), "SG");
        assertThat(c.secret()).startsWith("stw_").hasSize(47);
        String read = as("admin").get().uri("/api/v1/api-clients/" + c.id()).exchange().expectStatus().isOk()
                .expectHeader().exists("ETag").expectBody(String.class).returnResult().getResponseBody();
        assertThat(read).doesNotContain(c.secret()).contains(c.secret().substring(0, 8));
        String stored = db.sql("select secret_hash from api_client_secrets where client_id = $1").bind(0, UUID.fromString(c.id()))
                .map((row, meta) -> row.get(0, String.class)).one().block();
        assertThat(stored).isEqualTo(ClientSecrets.hash(c.secret())).doesNotContain(c.secret());
        // listed for the administrator, not for others
        String list = as("admin").get().uri("/api/v1/api-clients?limit=200").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).contains(c.id()).doesNotContain(c.secret());
        as("manager").get().uri("/api/v1/api-clients").exchange().expectStatus().isForbidden();
    }

    @Test
    void clientCredentialsByBasicOrBodyAndOAuthErrors() {
        Created c = create("呼叫中心", List.of("work-orders:read", "keys:read"), "SG");
        Map<?, ?> byBody = tokenByBody(c.id(), c.secret(), null).expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(byBody.get("token_type")).isEqualTo("Bearer");
        assertThat(byBody.get("scope")).isEqualTo("work-orders:read keys:read");
        assertThat(((Number) byBody.get("expires_in")).intValue()).isBetween(890, 900);
        assertThat(byBody.get("accessToken")).isEqualTo(byBody.get("access_token"));
        tokenByBasic(c.id(), c.secret()).expectStatus().isOk();
        // narrowed scope
        assertThat(tokenByBody(c.id(), c.secret(), "keys:read").expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody().get("scope")).isEqualTo("keys:read");
        tokenByBody(c.id(), c.secret(), "work-orders:write").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.error").isEqualTo("invalid_scope").jsonPath("$.code").isEqualTo("INVALID_SCOPE");
        tokenByBody(c.id(), c.secret() + "x", null).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.error").isEqualTo("invalid_client");
        tokenByBody(UUID.randomUUID().toString(), c.secret(), null).expectStatus().isUnauthorized();
        tokenByBody("not-a-uuid", c.secret(), null).expectStatus().isUnauthorized();
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(BodyInserters.fromFormData("grant_type", "password").with("username", "admin").with("password", "x"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.error").isEqualTo("unsupported_grant_type");
        // staff still log in with JSON
        as("agent").get().uri("/api/v1/me").exchange().expectStatus().isOk();
    }

    @Test
    void aReadOnlyClientCannotWriteAndTheAnswerNamesTheScope() {
        Created c = create("BI 只读", List.of("work-orders:read"), "SG");
        WebTestClient bi = bearer(token(c));
        bi.get().uri("/api/v1/work-orders?limit=5").exchange().expectStatus().isOk();
        bi.get().uri("/api/v1/me").exchange().expectStatus().isOk();
        bi.get().uri("/api/v1/projects").exchange().expectStatus().isOk();
        String sg = projectId("admin", "SG");
        bi.post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON).bodyValue(order(sg, "bi-1", "WECHAT"))
                .exchange().expectStatus().isForbidden()
                .expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, h -> assertThat(h)
                        .contains("error=\"insufficient_scope\"").contains("scope=\"work-orders:write\""))
                .expectBody().jsonPath("$.code").isEqualTo("INSUFFICIENT_SCOPE")
                .jsonPath("$.scope").isEqualTo("work-orders:write")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("work-orders:write"));
        bi.get().uri("/api/v1/keys?projectId=" + sg).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.scope").isEqualTo("keys:read");
        // not open to clients at all
        bi.get().uri("/api/v1/users").exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("API_CLIENT_NOT_ALLOWED");
        bi.get().uri("/api/v1/api-clients").exchange().expectStatus().isForbidden();
    }

    /** Webhook subscriptions: an ADMIN, or a client with webhooks:manage — not another client, nor a read-only password account. */
    @Test
    void webhooksAreManagedByAdminsAndClientsWithTheirScope() {
        WebTestClient hooks = bearer(token(create("ERP 推送", List.of("webhooks:manage"), "SG")));
        hooks.get().uri("/api/v1/webhooks").exchange().expectStatus().isOk().expectBody().jsonPath("$.items").isArray();
        hooks.post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://10.0.0.5/hook", "eventTypes", List.of("work_order.created"),
                        "projectIds", List.of(projectId("admin", "SG"))))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("url");
        bearer(token(create("BI", List.of("work-orders:read"), "SG"))).get().uri("/api/v1/webhooks").exchange()
                .expectStatus().isForbidden().expectBody().jsonPath("$.scope").isEqualTo("webhooks:manage");
        as("integration").get().uri("/api/v1/webhooks").exchange().expectStatus().isForbidden();
        as("admin").get().uri("/api/v1/webhooks").exchange().expectStatus().isOk();
    }

    @Test
    void aRevokedClientStopsAtOnceForNewAndIssuedTokens() {
        Created c = create("ERP 撤销", List.of("work-orders:read"), "SG");
        WebTestClient erp = bearer(token(c));
        erp.get().uri("/api/v1/work-orders?limit=1").exchange().expectStatus().isOk();
        Map<?, ?> revoked = as("admin").post().uri("/api/v1/api-clients/" + c.id() + "/revoke").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(revoked.get("status")).isEqualTo("REVOKED");
        assertThat((List<?>) revoked.get("secrets")).isEmpty();
        erp.get().uri("/api/v1/work-orders?limit=1").exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("API_CLIENT_REVOKED");
        tokenByBasic(c.id(), c.secret()).expectStatus().isUnauthorized();
        as("admin").post().uri("/api/v1/api-clients/" + c.id() + "/revoke").exchange().expectStatus().isEqualTo(409);
        as("admin").post().uri("/api/v1/api-clients/" + c.id() + "/secrets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of()).exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void aRotatedSecretKeepsWorkingDuringItsGracePeriodOnly() throws InterruptedException {
        Created c = create("小程序轮换", List.of("work-orders:read"), "SG");
        String oldToken = token(c);
        Map<?, ?> rotated = as("admin").post().uri("/api/v1/api-clients/" + c.id() + "/secrets")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("graceMinutes", 60))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String newSecret = rotated.get("clientSecret").toString();
        assertThat(newSecret).isNotEqualTo(c.secret());
        assertThat((List<?>) ((Map<?, ?>) rotated.get("client")).get("secrets")).hasSize(2);
        // during the grace period: both secrets, and the token obtained with the old one
        tokenByBasic(c.id(), c.secret()).expectStatus().isOk();
        tokenByBasic(c.id(), newSecret).expectStatus().isOk();
        bearer(oldToken).get().uri("/api/v1/work-orders?limit=1").exchange().expectStatus().isOk();
        // a token obtained with the old secret does not outlive its grace period
        Map<?, ?> graceToken = tokenByBasic(c.id(), c.secret()).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
        assertThat(((Number) graceToken.get("expires_in")).intValue()).isLessThanOrEqualTo(900);
        // the grace period ends (as if an hour had passed): the old secret and its tokens stop at once
        db.sql("update api_client_secrets set expires_at = now() - interval '1 second' where client_id = $1 and expires_at is not null")
                .bind(0, UUID.fromString(c.id())).fetch().rowsUpdated().block();
        tokenByBasic(c.id(), c.secret()).expectStatus().isUnauthorized();
        // the instance keeps the client's state until the database announces the change (here a direct update)
        eventuallyRefused(bearer(oldToken));
        String newToken = tokenByBasic(c.id(), newSecret).expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody().get("access_token").toString();
        bearer(newToken).get().uri("/api/v1/work-orders?limit=1").exchange().expectStatus().isOk();
        // rotation with no grace ends the previous secret now
        Map<?, ?> again = as("admin").post().uri("/api/v1/api-clients/" + c.id() + "/secrets")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("graceMinutes", 0))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        tokenByBasic(c.id(), newSecret).expectStatus().isUnauthorized();
        bearer(newToken).get().uri("/api/v1/work-orders?limit=1").exchange().expectStatus().isUnauthorized();
        tokenByBasic(c.id(), again.get("clientSecret").toString()).expectStatus().isOk();
        as("admin").post().uri("/api/v1/api-clients/" + c.id() + "/secrets").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("graceMinutes", 10081)).exchange().expectStatus().isBadRequest();
    }

    @Test
    void aScopeTakenAwayCountsForTokensAlreadyIssued() {
        Created c = create("范围收回", List.of("work-orders:read", "keys:read"), "SG");
        WebTestClient t = bearer(token(c));
        String sg = projectId("admin", "SG");
        t.get().uri("/api/v1/keys?projectId=" + sg).exchange().expectStatus().isOk();
        as("admin").patch().uri("/api/v1/api-clients/" + c.id()).header("If-Match", "\"" + c.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("scopes", List.of("work-orders:read"), "name", "范围收回 2"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.name").isEqualTo("范围收回 2");
        t.get().uri("/api/v1/keys?projectId=" + sg).exchange().expectStatus().isForbidden();
        as("admin").patch().uri("/api/v1/api-clients/" + c.id()).header("If-Match", "\"" + c.version() + "\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "stale")).exchange().expectStatus().isEqualTo(412);
    }

    @Test
    void aClientRegistersOrdersOnceByExternalIdAndComments() throws Exception {
        String name = "微信小程序 " + UUID.randomUUID().toString().substring(0, 6);
        Created c = create(name, List.of("work-orders:write"), "SG");
        WebTestClient wx = bearer(token(c));
        String sg = projectId("admin", "SG");
        String externalId = "wx-" + UUID.randomUUID();
        Map<?, ?> first = wx.post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order(sg, externalId, "WECHAT")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(first.get("firstResponsibleId")).isEqualTo(c.userId());
        assertThat(first.get("firstResponsibleName")).isEqualTo(name);
        assertThat(first.get("externalId")).isEqualTo(externalId);
        assertThat(first.get("channel")).isEqualTo("WECHAT");
        Map<?, ?> again = wx.post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order(sg, externalId, "WECHAT")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(again.get("id")).isEqualTo(first.get("id"));
        assertThat(again.get("code")).isEqualTo(first.get("code"));
        // comments and status
        wx.post().uri("/api/v1/work-orders/" + first.get("id") + "/comments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", "业主补充：请下午上门")).exchange().expectStatus().is2xxSuccessful();
        wx.get().uri("/api/v1/work-orders/" + first.get("id")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("NEW");
        // only the clients' channels, and no other action than comments
        wx.post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON).bodyValue(order(sg, null, "PHONE"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("channel");
        wx.post().uri("/api/v1/work-orders/" + first.get("id") + "/cancel").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "x")).exchange().expectStatus().isForbidden();
        // another project is not the client's
        wx.post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order(projectId("admin", "JL"), null, "APP")).exchange().expectStatus().isNotFound();

        // a retried sync racing with itself: exactly one order
        String raced = "wx-race-" + UUID.randomUUID();
        List<Integer> statuses = Races.race(8, i -> wx.post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order(sg, raced, "APP")).exchange().returnResult(String.class).getStatus().value());
        assertThat(statuses).containsOnly(200, 201).containsOnlyOnce(201);
        Long rows = db.sql("select count(*) from work_orders where external_id = $1").bind(0, raced)
                .map((row, meta) -> row.get(0, Long.class)).one().block();
        assertThat(rows).isEqualTo(1L);
        // the same external id from another caller is another order
        as("agent").post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order(sg, raced, "PHONE")).exchange().expectStatus().isCreated();
    }

    @Test
    void theClientsSystemUserIsNoStaffMember() {
        Created c = create("系统用户检查", List.of("work-orders:read"), "SG");
        String users = as("admin").get().uri("/api/v1/users?limit=200&role=INTEGRATION").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(users).doesNotContain(c.userId());
        as("admin").get().uri("/api/v1/users/" + c.userId()).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.displayName").isEqualTo("系统用户检查");
        as("admin").patch().uri("/api/v1/users/" + c.userId()).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("active", false)).exchange()
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("API_CLIENT_USER_READ_ONLY");
        String username = db.sql("select username from users where id = $1").bind(0, UUID.fromString(c.userId()))
                .map((row, meta) -> row.get(0, String.class)).one().block();
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", c.secret())).exchange().expectStatus().isUnauthorized();
    }

    @Test
    void passwordLoginsOfIntegrationAccountsAreDeprecatedAndStayReadOnly() {
        String token = client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "integration", "password", "steward-demo")).exchange()
                .expectStatus().isOk().expectHeader().value("Deprecation", d -> assertThat(d).startsWith("@"))
                .expectBody(Map.class).returnResult().getResponseBody().get("accessToken").toString();
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "agent", "password", "steward-demo")).exchange()
                .expectStatus().isOk().expectHeader().doesNotExist("Deprecation");
        String sg = projectId("admin", "SG");
        bearer(token).post().uri("/api/v1/work-orders").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order(sg, null, "INTEGRATION")).exchange().expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("READ_ONLY");
        bearer(token).get().uri("/api/v1/work-orders?limit=1").exchange().expectStatus().isOk();
    }
}
