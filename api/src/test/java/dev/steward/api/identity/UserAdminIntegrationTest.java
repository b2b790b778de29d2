package dev.steward.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import dev.steward.api.support.Races;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The administrator's user management (issue 9) and the PATCH that needed roles (issue 10, item 7). */
class UserAdminIntegrationTest extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    /** The first logins of a cold JVM on a busy machine can take longer than the client's default 5 s. */
    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private Map<?, ?> createUser(String username, String password, List<String> roles, List<String> projectIds) {
        return as("admin").post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "displayName", "测试 " + username, "password", password,
                        "roles", roles, "projectIds", projectIds))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    private WebTestClient.ResponseSpec login(String username, String password) {
        return client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", password)).exchange();
    }

    private String freshToken(String username, String password) {
        return login(username, password).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody()
                .get("accessToken").toString();
    }

    private WebTestClient.ResponseSpec patch(String asUser, Object id, long version, Map<String, ?> body) {
        return as(asUser).patch().uri("/api/v1/users/" + id).header("If-Match", "\"" + version + "\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static long version(Map<?, ?> user) {
        return ((Number) user.get("version")).longValue();
    }

    /**
     * Access is kept per instance between requests (ProjectScope); a change written by anyone else — another instance,
     * a script — reaches it through the database's announcement. Measured here: the time until the change shows.
     */
    @Test
    void aMembershipRemovedElsewhereStopsTheUsersAccessWithinASecond() throws Exception {
        String name = unique("desk");
        String jl = projectId("admin", "JL");
        Map<?, ?> user = createUser(name, "Desk-pass-1", List.of("AGENT"), List.of(jl));
        String token = freshToken(name, "Desk-pass-1");
        WebTestClient desk = client.mutate().defaultHeader("Authorization", "Bearer " + token).build();
        desk.get().uri("/api/v1/projects/" + jl).exchange().expectStatus().isOk();
        desk.get().uri("/api/v1/projects/" + jl).exchange().expectStatus().isOk();

        db.sql("delete from memberships where user_id = $1").bind(0, UUID.fromString(user.get("id").toString()))
                .fetch().rowsUpdated().block();
        long start = System.nanoTime();
        int status = 200;
        while (status == 200 && System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
            status = desk.get().uri("/api/v1/projects/" + jl).exchange().returnResult(String.class).getStatus().value();
        }
        assertThat(status).as("another project's resources are 404 once the membership is gone").isEqualTo(404);

        db.sql("update users set active = false where id = $1").bind(0, UUID.fromString(user.get("id").toString()))
                .fetch().rowsUpdated().block();
        start = System.nanoTime();
        while (status != 401 && System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
            status = desk.get().uri("/api/v1/me").exchange().returnResult(String.class).getStatus().value();
        }
        assertThat(status).as("a deactivated user is logged out").isEqualTo(401);
    }

    @Test
    void activeFalseAloneDeactivatesAndTheUsersTokenStopsAtItsNextRequest() {
        String name = unique("desk");
        Map<?, ?> user = createUser(name, "Desk-pass-1", List.of("AGENT"), List.of(projectId("admin", "JL")));
        String token = freshToken(name, "Desk-pass-1");
        client.get().uri("/api/v1/projects").header("Authorization", "Bearer " + token).exchange().expectStatus().isOk();

        // Issue 10 item 7: without roles this was a 400 (the generated DTO defaulted roles to an empty set).
        patch("admin", user.get("id"), version(user), Map.of("active", false)).expectStatus().isOk()
                .expectBody().jsonPath("$.active").isEqualTo(false).jsonPath("$.roles[0]").isEqualTo("AGENT");

        client.get().uri("/api/v1/projects").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized().expectBody().jsonPath("$.code").isEqualTo("USER_INACTIVE");
        client.get().uri("/api/v1/work-orders").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isUnauthorized();
        login(name, "Desk-pass-1").expectStatus().isUnauthorized();
        as("admin").get().uri("/api/v1/users?active=false&q=" + name).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);

        Map<?, ?> again = as("admin").get().uri("/api/v1/users/" + user.get("id")).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        patch("admin", user.get("id"), version(again), Map.of("active", true)).expectStatus().isOk();
        login(name, "Desk-pass-1").expectStatus().isOk();
    }

    @Test
    void aNewMemberSeesOnlyTheirProject() {
        String name = unique("jl");
        String jl = projectId("admin", "JL");
        Map<?, ?> user = createUser(name, "Jl-pass-12", List.of("AGENT"), List.of());
        as("admin").put().uri("/api/v1/users/" + user.get("id") + "/memberships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("projectIds", List.of(jl))).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.projectIds[0]").isEqualTo(jl);
        String token = freshToken(name, "Jl-pass-12");
        client.get().uri("/api/v1/me").header("Authorization", "Bearer " + token).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.projects.length()").isEqualTo(1).jsonPath("$.projects[0].code").isEqualTo("JL");
        client.get().uri("/api/v1/projects/" + projectId("admin", "SG")).header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void anAdminCannotDeactivateOrDemoteThemself() {
        Map<?, ?> me = as("admin").get().uri("/api/v1/me").exchange().expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> self = as("admin").get().uri("/api/v1/users/" + me.get("id")).exchange().expectBody(Map.class)
                .returnResult().getResponseBody();
        patch("admin", self.get("id"), version(self), Map.of("active", false)).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("CANNOT_DEMOTE_SELF");
        patch("admin", self.get("id"), version(self), Map.of("roles", List.of("MANAGER"))).expectStatus().isEqualTo(409);
    }

    @Test
    void twoAdministratorsDeactivatingEachOtherAtOnceLeaveOneActive() throws Exception {
        String a = unique("adm");
        String b = unique("adm");
        Map<?, ?> userA = createUser(a, "Admin-pass-1", List.of("ADMIN"), List.of());
        Map<?, ?> userB = createUser(b, "Admin-pass-1", List.of("ADMIN"), List.of());
        String tokenA = freshToken(a, "Admin-pass-1");
        String tokenB = freshToken(b, "Admin-pass-1");
        // Only A and B are administrators for the length of this test.
        db.sql("update users set active = false where username = 'admin'").fetch().rowsUpdated().block();
        try {
            List<Integer> statuses = Races.race(2, i -> client.patch().uri("/api/v1/users/" + (i == 0 ? userB : userA).get("id"))
                    .header("Authorization", "Bearer " + (i == 0 ? tokenA : tokenB))
                    .header("If-Match", "\"" + version(i == 0 ? userB : userA) + "\"")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("active", false))
                    .exchange().returnResult(String.class).getStatus().value());
            // One wins. The other is refused: 409 if its check sees the winner's change still running as the last
            // administrator, or 401 if the winner's change was already saved when the loser's token was checked —
            // a deactivated administrator is logged out at once.
            assertThat(statuses).containsOnlyOnce(200);
            assertThat(statuses).hasSize(2).allMatch(s -> s == 200 || s == 409 || s == 401);
            Long admins = db.sql("select count(*) as n from users where active and 'ADMIN' = any(roles)")
                    .map((row, meta) -> row.get("n", Long.class)).one().block();
            assertThat(admins).isEqualTo(1);
        } finally {
            db.sql("update users set active = true where username = 'admin'").fetch().rowsUpdated().block();
        }
    }

    @Test
    void passwordsFollowTheRuleEverywhereAndNameTheField() {
        as("admin").post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", unique("weak"), "displayName", "弱", "password", "12345678", "roles", List.of("AGENT")))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        String name = unique("reset");
        Map<?, ?> user = createUser(name, "First-pass-1", List.of("TECHNICIAN"), List.of());
        patch("admin", user.get("id"), version(user), Map.of("password", name + "-x")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("password");
        // The administrator's reset: the old password stops working, the new one works.
        patch("admin", user.get("id"), version(user), Map.of("password", "Reset-pass-2")).expectStatus().isOk();
        login(name, "First-pass-1").expectStatus().isUnauthorized();
        login(name, "Reset-pass-2").expectStatus().isOk();
    }

    @Test
    void aUserChangesTheirOwnPasswordWithTheCurrentOne() {
        String name = unique("own");
        createUser(name, "Own-pass-11", List.of("TECHNICIAN"), List.of());
        String token = freshToken(name, "Own-pass-11");
        WebTestClient me = client.mutate().defaultHeader("Authorization", "Bearer " + token).build();

        me.post().uri("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", "wrong-one-1", "newPassword", "New-pass-22"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("currentPassword");
        me.post().uri("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", "Own-pass-11", "newPassword", "abcdefgh"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("newPassword");
        me.post().uri("/api/v1/me/password").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("currentPassword", "Own-pass-11", "newPassword", "New-pass-22"))
                .exchange().expectStatus().isNoContent();
        login(name, "Own-pass-11").expectStatus().isUnauthorized();
        login(name, "New-pass-22").expectStatus().isOk();
    }

    @Test
    void onlyAdministratorsManageUsers() {
        as("manager").post().uri("/api/v1/users").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", unique("nope"), "displayName", "不行", "password", "Nope-pass-1", "roles", List.of("ADMIN")))
                .exchange().expectStatus().isForbidden();
        Map<?, ?> user = createUser(unique("mgr"), "Mgr-pass-11", List.of("AGENT"), List.of());
        patch("manager", user.get("id"), version(user), Map.of("active", false)).expectStatus().isForbidden();
    }

    /** Issue 9, defect 11: the built-in system account (the actor of automatic entries) is no staff member. */
    @Test
    void theSystemAccountIsNeverListedAndCannotBeChanged() {
        String system = "00000000-0000-0000-0000-000000000001";
        as("admin").get().uri("/api/v1/users?limit=200").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items[?(@.id == '" + system + "')]").doesNotExist();
        as("admin").get().uri("/api/v1/users?q=system&active=false").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        Map<?, ?> stored = as("admin").get().uri("/api/v1/users/" + system).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        patch("admin", system, version(stored), Map.of("active", true, "roles", List.of("ADMIN"))).expectStatus().isEqualTo(409)
                .expectHeader().contentTypeCompatibleWith("application/problem+json")
                .expectBody().jsonPath("$.code").isEqualTo("SYSTEM_USER_READ_ONLY");
        as("admin").put().uri("/api/v1/users/" + system + "/memberships").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("projectIds", List.of(projectId("admin", "SG")))).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SYSTEM_USER_READ_ONLY");
        Long memberships = db.sql("select count(*) as n from memberships where user_id = '" + system + "'")
                .map((row, meta) -> row.get("n", Long.class)).one().block();
        assertThat(memberships).isZero();
        Boolean active = db.sql("select active from users where id = '" + system + "'")
                .map((row, meta) -> row.get("active", Boolean.class)).one().block();
        assertThat(active).isFalse();
    }
}
