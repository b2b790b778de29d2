package dev.steward.api.quality;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Bad input names its field; another project is a 404; only the quality readers read it; targets by MANAGER and ADMIN. */
class QualityAccessIntegrationTest extends QualityFixture {

    private void badRequest(String uri, String field) {
        as("admin").get().uri(uri).exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo(field);
    }

    @Test
    void badInputIsA400NamingTheField() {
        String sg = projectId("manager", "SG");
        String base = "/api/v1/quality/overview?projectId=" + sg;
        badRequest(base + "&groupBy=team", "groupBy");
        badRequest(base + "&from=yesterday", "from");
        badRequest(base + "&from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from");
        badRequest(base + "&from=2020-01-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from");
        badRequest("/api/v1/quality/trend?projectId=" + sg + "&metric=happiness", "metric");
        badRequest("/api/v1/quality/trend?projectId=" + sg + "&metric=reworkRate&months=40", "months");
        badRequest("/api/v1/quality/trend?metric=reworkRate", "projectId");
        badRequest("/api/v1/quality/warnings?projectId=nope", "projectId");
    }

    @Test
    void anotherProjectIsA404AndRolesAreScoped() {
        createFixture();
        // The manager is not a member of the fixture's project (the admin created it).
        as("manager").get().uri("/api/v1/quality/overview?projectId=" + projectId).exchange().expectStatus().isNotFound();
        as("manager").get().uri("/api/v1/quality/warnings?projectId=" + projectId).exchange().expectStatus().isNotFound();
        as("manager").get().uri("/api/v1/quality/trend?projectId=" + projectId + "&metric=reworkRate").exchange().expectStatus().isNotFound();
        as("manager").get().uri("/api/v1/quality/targets/" + projectId).exchange().expectStatus().isNotFound();
        String sg = projectId("manager", "SG");
        as("manager").get().uri("/api/v1/quality/overview?projectId=" + sg).exchange().expectStatus().isOk();
        as("supervisor").get().uri("/api/v1/quality/warnings?projectId=" + sg).exchange().expectStatus().isOk();
        as("tech1").get().uri("/api/v1/quality/overview?projectId=" + sg).exchange().expectStatus().isForbidden();
        as("agent").get().uri("/api/v1/quality/overview").exchange().expectStatus().isForbidden();
        as("supervisor").get().uri("/api/v1/quality/targets/" + sg).exchange().expectStatus().isForbidden();
    }

    @Test
    void targetsAreReadAndReplacedByManagers() {
        createFixture();
        as("admin").get().uri("/api/v1/quality/targets/" + projectId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.resolutionOnTimeRate").isEqualTo(0.9).jsonPath("$.rectificationRate").isEqualTo(0.9)
                .jsonPath("$.meanResponseMinutes").isEqualTo(30.0);
        as("admin").put().uri("/api/v1/quality/targets/" + projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("resolutionOnTimeRate", 0.4, "rectificationRate", 0.95, "meanResponseMinutes", 20)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.resolutionOnTimeRate").isEqualTo(0.4);
        // The overview now compares with the new targets: 0.5 ≥ 0.4 met, mean response 30 > 20 missed.
        as("admin").get().uri("/api/v1/quality/overview?projectId=" + projectId + "&from=" + FROM + "&to="
                        + TO).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.groups[0].figures[?(@.key == 'resolutionOnTimeRate')].meetsTarget").isEqualTo(true)
                .jsonPath("$.groups[0].figures[?(@.key == 'meanResponseMinutes')].meetsTarget").isEqualTo(false);
        as("admin").put().uri("/api/v1/quality/targets/" + projectId).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("resolutionOnTimeRate", 1.5, "rectificationRate", 0.9, "meanResponseMinutes", 20)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("resolutionOnTimeRate");
        String sg = projectId("manager", "SG");
        as("supervisor").put().uri("/api/v1/quality/targets/" + sg).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("resolutionOnTimeRate", 0.9, "rectificationRate", 0.9, "meanResponseMinutes", 30)).exchange()
                .expectStatus().isForbidden();
    }
}
