package dev.steward.api.workorder;

import static dev.steward.api.support.Races.race;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Races with real parallel requests: exactly one winner, nothing lost, no duplicate codes, no 5xx. */
class WorkOrderConcurrencyTest extends WorkOrderTestSupport {

    @Test
    void thirtySimultaneousCancelsLeaveExactlyOneWinner() throws Exception {
        Map<String, Object> o = create("agent", repair(sg(), null, "三十个人同时取消"));
        WebTestClient manager = slowClient("manager");
        List<EntityExchangeResult<Map<String, Object>>> results = race(30, i -> manager.post()
                .uri(BASE + "/" + o.get("id") + "/cancel").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reason", "并发取消 " + i)).exchange()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {}).returnResult());

        assertThat(results).filteredOn(r -> r.getStatus().value() == 200).hasSize(1);
        assertThat(results).filteredOn(r -> r.getStatus().value() == 409).hasSize(29)
                .allSatisfy(r -> assertThat(r.getResponseBody().get("code")).isEqualTo("WORK_ORDER_ILLEGAL_TRANSITION"));
        assertThat(get("manager", o.get("id")).get("status")).isEqualTo("CANCELLED");
        assertThat(events("manager", o.get("id"))).filteredOn(e -> "CANCELLED".equals(e.get("type"))).hasSize(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sixtyFourSimultaneousCreatesOnABrandNewProjectGetDistinctConsecutiveCodes() throws Exception {
        String code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase().replaceAll("[^A-Z0-9]", "7");
        Map<String, Object> project = as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "新开盘项目")).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        String projectId = project.get("id").toString();
        WebTestClient admin = slowClient("admin");

        List<EntityExchangeResult<Map<String, Object>>> results = race(64, i -> admin.post().uri(BASE)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(order(projectId, null, "REPAIR", "CIVIL", "NORMAL", "开盘第 " + i + " 单")).exchange()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {}).returnResult());

        assertThat(results).allSatisfy(r -> assertThat(r.getStatus().value()).as(String.valueOf(r.getResponseBody())).isEqualTo(201));
        List<String> codes = results.stream().map(r -> r.getResponseBody().get("code").toString()).toList();
        assertThat(codes).doesNotHaveDuplicates().allSatisfy(c -> assertThat(c).matches(code + "-\\d{8}-\\d{4}"));
        // Per local day (a run across midnight in Shanghai starts a new day at 0001), numbers are 1..n without gaps.
        Map<String, List<Integer>> byDay = new TreeMap<>();
        for (String c : codes) {
            String[] parts = c.split("-");
            byDay.computeIfAbsent(parts[1], d -> new ArrayList<>()).add(Integer.parseInt(parts[2]));
        }
        byDay.values().forEach(numbers -> assertThat(numbers)
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, numbers.size()).boxed().toList()));
        assertThat(byDay.values().stream().mapToInt(List::size).sum()).isEqualTo(64);
        if (byDay.size() == 1) {
            assertThat(codes).contains(code + "-" + byDay.keySet().iterator().next() + "-0001", code + "-"
                    + byDay.keySet().iterator().next() + "-0064");
        }
        assertThat((List<Object>) page("admin", "projectId", projectId, "limit", 200).get("items")).hasSize(64);
    }

    private WebTestClient slowClient(String user) {
        return as(user).mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }
}
