package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Another project's resources are invisible: 404 on every {id} route, absent from every list. */
class ProjectScopeIntegrationTest extends IntegrationTest {

    @Test
    void agent2SeesOnlyJadeLake() {
        List<Map<String, Object>> items = projectItems("agent2");
        assertThat(items).extracting(p -> p.get("code")).containsExactly("JL");
    }

    @Test
    void managerSeesBothProjects() {
        assertThat(projectItems("manager")).extracting(p -> p.get("code")).containsExactly("JL", "SG");
    }

    @Test
    void sunshineGardenIs404ForAgent2Everywhere() {
        String sg = projectId("manager", "SG");
        Map<String, Object> unit = firstUnit("manager", sg);
        Map<String, Object> building = firstBuilding("manager", sg);
        for (String path : List.of("/api/v1/projects/" + sg, "/api/v1/projects/" + sg + "/buildings", "/api/v1/projects/" + sg + "/units",
                "/api/v1/projects/" + sg + "/buildings/" + building.get("id"), "/api/v1/projects/" + sg + "/units/" + unit.get("id"),
                "/api/v1/projects/" + sg + "/units/" + unit.get("id") + "/residents")) {
            as("agent2").get().uri(path).exchange()
                    .expectStatus().isNotFound()
                    .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void aUnitOfOneProjectCannotBeReachedThroughAnother() {
        String sg = projectId("manager", "SG");
        String jl = projectId("manager", "JL");
        Map<String, Object> sgUnit = firstUnit("manager", sg);
        as("manager").get().uri("/api/v1/projects/" + jl + "/units/" + sgUnit.get("id")).exchange().expectStatus().isNotFound();
    }
}
