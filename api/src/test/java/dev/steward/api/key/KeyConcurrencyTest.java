package dev.steward.api.key;

import static dev.steward.api.support.Races.race;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** One key, many counters: at most one open checkout, whatever arrives at once. */
class KeyConcurrencyTest extends KeyTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aHundredSimultaneousCheckoutsOfOneKeyLendItExactlyOnce() throws Exception {
        Map<String, Object> key = newKey("COMMON_AREA");
        String uri = "/api/v1/keys/" + key.get("id") + "/checkouts";
        Map<String, Object> body = checkout(userId("tech1"), userId("manager"), null, 2);
        WebTestClient custodian = as("custodian").mutate().responseTimeout(Duration.ofSeconds(60)).build();
        List<EntityExchangeResult<Map<String, Object>>> results = race(100, i -> custodian.post().uri(uri)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectBody(new org.springframework.core.ParameterizedTypeReference<Map<String, Object>>() {}).returnResult());
        assertThat(results).extracting(r -> r.getStatus().value()).containsOnly(201, 409);
        assertThat(results).filteredOn(r -> r.getStatus().value() == 201).hasSize(1);
        assertThat(results).filteredOn(r -> r.getStatus().value() == 409)
                .allSatisfy(r -> assertThat(r.getResponseBody()).containsEntry("code", "KEY_NOT_AVAILABLE"));
        assertThat(items("custodian", "/api/v1/key-checkouts?keyId=" + key.get("id"))).hasSize(1);
        assertThat(items("custodian", "/api/v1/keys/" + key.get("id") + "/events")).extracting(e -> e.get("type"))
                .containsExactly("REGISTERED", "CHECKED_OUT");
        assertThat(get("custodian", "/api/v1/keys/" + key.get("id")).get("status")).isEqualTo("CHECKED_OUT");
    }
}
