package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import dev.steward.api.support.Races;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Residents: correct, move out with a date (kept in the unit's history), and who sees phones in full. */
class ResidentAdminIntegrationTest extends IntegrationTest {

    /** The first logins of a cold JVM on a busy machine can take longer than the client's default 5 s. */
    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    private String base(String user) {
        String jl = projectId(user, "JL");
        return "/api/v1/projects/" + jl + "/units/" + firstUnit(user, jl).get("id") + "/residents";
    }

    private Map<?, ?> create(String base, String name, String movedInOn) {
        return as("admin").post().uri(base).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", name, "phone", "13900001111", "relation", "TENANT", "movedInOn", movedInOn))
                .exchange().expectStatus().isCreated().expectHeader().exists("ETag")
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String base, String status) {
        return (List<Map<String, Object>>) as("admin").get().uri(base + (status == null ? "" : "?status=" + status)).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("items");
    }

    @Test
    void aMoveOutKeepsTheResidentInTheUnitsHistory() {
        String base = base("admin");
        Map<?, ?> r = create(base, "搬走的人", "2024-03-01");
        String url = base + "/" + r.get("id");

        as("admin").post().uri(url + "/move-out").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("movedOutOn", "2024-02-01")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("movedOutOn");
        as("admin").post().uri(url + "/move-out").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("movedOutOn", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(2).toString()))
                .exchange().expectStatus().isBadRequest();
        as("agent2").post().uri(url + "/move-out").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("movedOutOn", "2025-06-30")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.movedOutOn").isEqualTo("2025-06-30").jsonPath("$.movedInOn").isEqualTo("2024-03-01");

        assertThat(list(base, null)).noneMatch(x -> x.get("id").equals(r.get("id")));
        assertThat(list(base, "FORMER")).anyMatch(x -> x.get("id").equals(r.get("id")) && "2025-06-30".equals(x.get("movedOutOn")));
        assertThat(list(base, "ALL")).anyMatch(x -> x.get("id").equals(r.get("id")));
        as("admin").post().uri(url + "/move-out").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("RESIDENT_ALREADY_MOVED_OUT");
    }

    @Test
    void concurrentMoveOutsRecordExactlyOne() throws Exception {
        String base = base("admin");
        Map<?, ?> r = create(base, "并发搬出", "2023-01-01");
        List<Integer> statuses = Races.race(6, i -> as("admin").post().uri(base + "/" + r.get("id") + "/move-out")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("movedOutOn", "2024-0" + (i + 1) + "-15"))
                .exchange().returnResult(String.class).getStatus().value());
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
    }

    @Test
    void correctionsNeedIfMatchAndNameTheirFields() {
        String base = base("admin");
        Map<?, ?> r = create(base, "改名前", "2022-05-05");
        String url = base + "/" + r.get("id");
        as("admin").patch().uri(url).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("name", "改名后"))
                .exchange().expectStatus().isEqualTo(428);
        as("admin").patch().uri(url).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("phone", "abc")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("phone");
        as("admin").patch().uri(url).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "改名后", "relation", "OWNER")).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().jsonPath("$.name").isEqualTo("改名后").jsonPath("$.relation").isEqualTo("OWNER")
                .jsonPath("$.phone").isEqualTo("13900001111");
        as("admin").patch().uri(url).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "过期")).exchange().expectStatus().isEqualTo(412);
        as("tech3").patch().uri(url).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "维修工改不了")).exchange().expectStatus().isForbidden();
    }

    /** Issue 9: ADMIN and MANAGER see residents' phones in full wherever the desk (AGENT) does. */
    @Test
    void adminAndManagerSeePhonesInFullWhereTheDeskDoes() {
        String base = base("admin");
        Map<?, ?> r = create(base, "电话可见", "2021-01-01");
        for (String user : List.of("agent2", "manager", "admin")) {
            as(user).get().uri(base + "/" + r.get("id")).exchange().expectStatus().isOk()
                    .expectBody().jsonPath("$.phone").isEqualTo("13900001111").jsonPath("$.phoneMasked").isEqualTo(false);
        }
        as("tech3").get().uri(base + "/" + r.get("id")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.phone").isEqualTo("139****1111");
        as("integration").get().uri(base + "/" + r.get("id")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.phoneMasked").isEqualTo(true);
    }
}
