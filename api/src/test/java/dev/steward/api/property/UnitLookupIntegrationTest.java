package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/** 来电登记: one search box for a unit, a unit number, a phone (or its last 4 digits) or a resident's name. */
class UnitLookupIntegrationTest extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> lookup(String user, String projectId, String q) {
        Map<String, Object> body = as(user).get().uri(b -> b.path("/api/v1/projects/" + projectId + "/unit-lookup").queryParam("q", "{q}")
                        .build(q))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) body.get("items");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> unit(String projectId, int index) {
        Map<String, Object> page = as("agent").get().uri("/api/v1/projects/" + projectId + "/units?limit=200").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<Map<String, Object>>) page.get("items")).get(index);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resident(String projectId, Object unitId, String name, String phone) {
        return as("agent").post().uri("/api/v1/projects/" + projectId + "/units/" + unitId + "/residents")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", name, "phone", phone, "relation", "OWNER"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCallerIsFoundByPhoneLastFourDigitsNameOrUnitWithTheUnitsResidentsMasked() {
        String sg = projectId("agent", "SG");
        Map<String, Object> unit = unit(sg, 37);
        String phone = "186" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String name = "司马" + Long.toString(System.nanoTime(), 36).substring(8);
        Object residentId = resident(sg, unit.get("id"), name, phone).get("id");

        List<Map<String, Object>> byPhone = lookup("agent", sg, phone);
        assertThat(byPhone).singleElement().satisfies(item -> {
            assertThat(item).containsEntry("matchedBy", "PHONE").containsEntry("matchedResidentIds", List.of(residentId));
            assertThat((Map<String, Object>) item.get("unit")).containsEntry("id", unit.get("id"));
            assertThat((List<Map<String, Object>>) item.get("residents")).extracting(r -> r.get("id")).contains(residentId);
            assertThat((List<Map<String, Object>>) item.get("residents")).allSatisfy(r -> assertThat(r).containsEntry("phoneMasked", true));
            assertThat(item.toString()).doesNotContain(phone);
        });
        assertThat(lookup("agent", sg, phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7)))
                .extracting(i -> ((Map<String, Object>) i.get("unit")).get("id")).containsExactly(unit.get("id"));

        // The last 4 digits: this resident's unit among possibly others, phone matches before unit numbers.
        List<Map<String, Object>> byFour = lookup("agent", sg, phone.substring(7));
        assertThat(byFour).extracting(i -> ((Map<String, Object>) i.get("unit")).get("id")).contains(unit.get("id"));
        assertThat(byFour.get(0)).containsEntry("matchedBy", "PHONE");

        assertThat(lookup("agent", sg, name)).singleElement().satisfies(item -> assertThat(item)
                .containsEntry("matchedBy", "RESIDENT_NAME").containsEntry("matchedResidentIds", List.of(residentId)));

        String label = unit.get("label").toString();
        String[] parts = label.split("-");
        for (String said : List.of(label, parts[0] + "栋" + parts[1], parts[0] + "#" + parts[1], parts[0] + "号楼" + parts[1] + "室")) {
            assertThat(lookup("agent", sg, said)).as(said).singleElement().satisfies(item -> {
                assertThat(item).containsEntry("matchedBy", "UNIT").containsEntry("matchedResidentIds", List.of());
                assertThat((Map<String, Object>) item.get("unit")).containsEntry("label", label);
            });
        }
        // A unit number alone: that number in every building.
        assertThat(lookup("agent", sg, parts[1])).extracting(i -> ((Map<String, Object>) i.get("unit")).get("number"))
                .isNotEmpty().containsOnly(parts[1]);
        assertThat(lookup("agent", sg, "没有这个人")).isEmpty();
    }

    @Test
    void theLookupIsProjectScopedAndNeedsAQuery() {
        // Read from the database: one login fewer (a slow shared machine makes logins the slowest step).
        String jl = String.valueOf(db.sql("select id from projects where code = 'JL'").map(row -> row.get(0)).one().block());
        as("agent").get().uri("/api/v1/projects/" + jl + "/unit-lookup?q=1201").exchange().expectStatus().isNotFound();
        String sg = projectId("agent", "SG");
        as("agent").get().uri(b -> b.path("/api/v1/projects/" + sg + "/unit-lookup").queryParam("q", "{q}").build(" ")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
        as("agent").get().uri("/api/v1/projects/" + sg + "/unit-lookup?q=1&limit=51").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("limit");
    }
}
