package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class PropertyIntegrationTest extends IntegrationTest {

    @Test
    @SuppressWarnings("unchecked")
    void unitsPageWithCursorsThroughTheWholeProjectWithoutOverlap() {
        String sg = sg();
        Set<Object> seen = new HashSet<>();
        String cursor = null;
        int pages = 0;
        do {
            String uri = "/api/v1/projects/" + sg + "/units?limit=100" + (cursor == null ? "" : "&cursor=" + cursor);
            Map<String, Object> page = as("manager").get().uri(uri).exchange().expectStatus().isOk()
                    .expectBody(Map.class).returnResult().getResponseBody();
            List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
            items.forEach(u -> assertThat(seen.add(u.get("id"))).as("unit seen twice").isTrue());
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null);
        assertThat(seen).hasSize(320);
        assertThat(pages).isEqualTo(4);
    }

    @Test
    void limitAbove200IsA400NamingLimit() {
        as("manager").get().uri("/api/v1/projects/" + sg() + "/units?limit=201").exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("limit");
    }

    @Test
    void aForgedCursorIsA400NamingCursor() {
        as("manager").get().uri("/api/v1/projects/" + sg() + "/units?cursor=bm90LWEtY3Vyc29y").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    @SuppressWarnings("unchecked")
    void unitsFilterByBuildingAndSearchByNumber() {
        String sg = sg();
        Map<String, Object> building = firstBuilding("manager", sg);
        Map<String, Object> page = as("agent").get()
                .uri("/api/v1/projects/" + sg + "/units?limit=200&buildingId=" + building.get("id") + "&q=120")
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).isNotEmpty().allSatisfy(u -> {
            assertThat(u.get("buildingId")).isEqualTo(building.get("id"));
            assertThat(u.get("label").toString()).contains("120");
        });
    }

    @Test
    void patchNeedsIfMatchAndRejectsAStaleOne() {
        String sg = sg();
        Map<String, Object> unit = firstUnit("admin", sg);
        String path = "/api/v1/projects/" + sg + "/units/" + unit.get("id");
        String etag = as("admin").get().uri(path).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();

        as("admin").patch().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "VACANT"))
                .exchange().expectStatus().isEqualTo(428).expectBody().jsonPath("$.code").isEqualTo("PRECONDITION_REQUIRED");

        as("admin").patch().uri(path).header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "VACANT"))
                .exchange().expectStatus().isOk()
                .expectHeader().value(HttpHeaders.ETAG, v -> assertThat(v).isNotEqualTo(etag))
                .expectBody().jsonPath("$.status").isEqualTo("VACANT");

        as("admin").patch().uri(path).header(HttpHeaders.IF_MATCH, etag).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("status", "OCCUPIED"))
                .exchange().expectStatus().isEqualTo(412).expectBody().jsonPath("$.code").isEqualTo("PRECONDITION_FAILED");
    }

    @Test
    void onlyAdminChangesStructure() {
        String sg = sg();
        as("manager").post().uri("/api/v1/projects/" + sg + "/buildings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "M1", "name", "经理楼"))
                .exchange().expectStatus().isForbidden().expectBody().jsonPath("$.code").isEqualTo("ROLE_NOT_ALLOWED");
    }

    @Test
    void idempotencyKeyReplaysTheFirstResultAndRejectsADifferentBody() {
        String sg = sg();
        String key = UUID.randomUUID().toString();
        String code = "I" + key.substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "7");
        Map<?, ?> first = createBuilding(sg, key, code, "幂等楼").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        Map<?, ?> replay = createBuilding(sg, key, code, "幂等楼").expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(replay.get("id")).isEqualTo(first.get("id"));

        createBuilding(sg, key, code, "另一个名字").expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.code").isEqualTo("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void concurrentDuplicatesWithOneKeyCreateExactlyOneBuilding() throws Exception {
        String sg = sg();
        String key = UUID.randomUUID().toString();
        String code = "C" + key.substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "7");
        as("admin"); // log in before the race
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> createBuilding(sg, key, code, "并发楼").expectStatus().isCreated()
                        .expectBody(Map.class).returnResult().getResponseBody().get("id"));
            }
            Set<Object> ids = new HashSet<>();
            for (Future<Object> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        // Without a key, the same code is now a conflict: the building exists exactly once.
        createBuilding(sg, null, code, "并发楼").expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("BUILDING_CODE_TAKEN");
    }

    @Test
    void invalidBodiesNameTheirFields() {
        String sg = sg();
        as("admin").post().uri("/api/v1/projects/" + sg + "/buildings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "has spaces!", "name", ""))
                .exchange().expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.errors[?(@.field == 'code')]").exists()
                .jsonPath("$.errors[?(@.field == 'name')]").exists();

        as("admin").post().uri("/api/v1/projects/" + sg + "/buildings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "Z9", "name", "Z", "color", "red"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("color");

        as("admin").post().uri("/api/v1/projects/" + sg + "/buildings").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{not json")
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.code").isEqualTo("MALFORMED_BODY");

        as("admin").get().uri("/api/v1/projects/not-a-uuid").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("projectId");
    }

    @Test
    void transportErrorsAreProblemsToo() {
        String sg = sg();
        as("admin").post().uri("/api/v1/projects/" + sg + "/buildings").contentType(MediaType.TEXT_PLAIN).bodyValue("code=Q")
                .exchange().expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("UNSUPPORTED_MEDIA_TYPE");

        as("admin").delete().uri("/api/v1/projects/" + sg).exchange()
                .expectStatus().isEqualTo(405).expectBody().jsonPath("$.code").isEqualTo("METHOD_NOT_ALLOWED");

        as("admin").get().uri("/api/v1/no-such-thing").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("NOT_FOUND");

        String huge = "{\"code\":\"H1\",\"name\":\"" + "x".repeat(2_000_000) + "\"}";
        as("admin").post().uri("/api/v1/projects/" + sg + "/buildings").contentType(MediaType.APPLICATION_JSON).bodyValue(huge)
                .exchange().expectStatus().isEqualTo(413).expectBody().jsonPath("$.code").isEqualTo("PAYLOAD_TOO_LARGE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void phonesAreMaskedInListsAndFullOnlyForFrontDeskRoles() {
        String sg = sg();
        Map<String, Object> unit = firstUnit("manager", sg);
        String base = "/api/v1/projects/" + sg + "/units/" + unit.get("id") + "/residents";
        Map<?, ?> created = as("agent").post().uri(base).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "测试住户", "phone", "13812345678", "relation", "TENANT"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(created.get("phone")).isEqualTo("13812345678");

        Map<String, Object> list = as("agent").get().uri(base).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Map<String, Object>>) list.get("items"))
                .filteredOn(r -> r.get("id").equals(created.get("id")))
                .singleElement().satisfies(r -> {
                    assertThat(r.get("phone")).isEqualTo("138****5678");
                    assertThat(r.get("phoneMasked")).isEqualTo(true);
                });

        as("agent").get().uri(base + "/" + created.get("id")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.phone").isEqualTo("13812345678");
        as("tech1").get().uri(base + "/" + created.get("id")).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.phone").isEqualTo("138****5678");
        as("tech1").post().uri(base).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "不行", "phone", "13812345678", "relation", "OWNER"))
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void adminCreatesAProjectWithDefaultsAndCodesAreUnique() {
        String code = "P" + UUID.randomUUID().toString().substring(0, 5).toUpperCase().replaceAll("[^A-Z0-9]", "8");
        as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "新项目"))
                .exchange().expectStatus().isCreated()
                .expectHeader().exists(HttpHeaders.LOCATION)
                .expectBody().jsonPath("$.timezone").isEqualTo("Asia/Shanghai").jsonPath("$.unitCount").isEqualTo(0);
        as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "重复"))
                .exchange().expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("PROJECT_CODE_TAKEN");
        as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "TZ" + code.substring(1, 4), "name", "时区", "timezone", "Mars/Olympus"))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("timezone");
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec createBuilding(String projectId, String key,
            String code, String name) {
        var request = as("admin").post().uri("/api/v1/projects/" + projectId + "/buildings").contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(Map.of("code", code, "name", name)).exchange();
    }

    private String sg() {
        return projectId("manager", "SG");
    }

}
