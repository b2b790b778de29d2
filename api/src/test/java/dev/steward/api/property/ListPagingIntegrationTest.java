package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * The lists that were answered whole (a unit's residents, key cabinets, a work order's timeline, a key's ledger) are
 * paged like the others: page by page with a small limit gives the same rows, in the same order, as one big page.
 */
class ListPagingIntegrationTest extends IntegrationTest {

    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @SuppressWarnings("unchecked")
    private List<Object> ids(String url, int limit) {
        List<Object> ids = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 500; page++) {
            String sep = url.contains("?") ? "&" : "?";
            Map<String, Object> body = as("admin").get().uri(url + sep + "limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor))
                    .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
            List<Map<String, Object>> items = (List<Map<String, Object>>) body.get("items");
            assertThat(items.size()).isLessThanOrEqualTo(limit);
            items.forEach(i -> ids.add(i.get("id")));
            cursor = (String) body.get("nextCursor");
            if (cursor == null) {
                return ids;
            }
        }
        throw new AssertionError("no last page");
    }

    private void samePages(String url) {
        List<Object> whole = ids(url, 200);
        assertThat(whole).as(url).isNotEmpty();
        assertThat(ids(url, 1)).as(url).isEqualTo(whole);
        assertThat(ids(url, 2)).as(url).isEqualTo(whole);
    }

    @SuppressWarnings("unchecked")
    @Test
    void everyFormerlyWholeListPagesToTheSameRows() {
        String project = projectId("admin", "JL");
        String unit = firstUnit("admin", project).get("id").toString();
        String residents = "/api/v1/projects/" + project + "/units/" + unit + "/residents";
        for (String name : List.of("甲", "乙", "丙")) {
            as("admin").post().uri(residents).contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("name", "分页" + name, "phone", "13900003333", "relation", "FAMILY")).exchange().expectStatus().isCreated();
        }
        samePages(residents + "?status=ALL");
        samePages("/api/v1/key-cabinets");

        Map<String, Object> orders = as("admin").get().uri("/api/v1/work-orders?projectId=" + project + "&limit=1").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Object order = ((List<Map<String, Object>>) orders.get("items")).get(0).get("id");
        for (int i = 0; i < 3; i++) {
            as("admin").post().uri("/api/v1/work-orders/" + order + "/comments").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("text", "分页备注 " + i)).exchange().expectStatus().is2xxSuccessful();
        }
        samePages("/api/v1/work-orders/" + order + "/events");

        Map<String, Object> keys = as("admin").get().uri("/api/v1/keys?projectId=" + project + "&limit=1").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        Object key = ((List<Map<String, Object>>) keys.get("items")).get(0).get("id");
        samePages("/api/v1/keys/" + key + "/events");

        as("admin").get().uri(residents + "?cursor=bm90LWEtY3Vyc29y").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }
}
