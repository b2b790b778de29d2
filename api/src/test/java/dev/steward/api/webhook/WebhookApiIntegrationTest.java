package dev.steward.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Managing subscriptions through the contract (responses checked against openapi.yaml): create (secret once), read
 * without the secret, If-Match on changes, disable, rotate, delete. The target is a public address literal, disabled
 * at once so nothing is sent to it (delivery itself: {@link WebhookDeliveryTest}).
 */
class WebhookApiIntegrationTest extends IntegrationTest {

    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    @SuppressWarnings("unchecked")
    void subscriptionsAreManagedWithTheSecretShownOnceAndIfMatch() {
        String project = projectItems("admin").get(0).get("id").toString();
        Map<String, Object> created = as("admin").post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://93.184.216.34/hooks", "eventTypes", List.of("key.lost", "work_order.created"),
                        "projectIds", List.of(project), "description", "ERP"))
                .exchange().expectStatus().isCreated().expectHeader().exists("ETag")
                .expectBody(Map.class).returnResult().getResponseBody();
        String id = created.get("id").toString();
        assertThat(created.get("secret").toString()).startsWith("whsec_");

        // Disabled before anything could be sent (the address is public; nothing in the test should reach it).
        as("admin").patch().uri("/api/v1/webhooks/" + id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("active", false)).exchange().expectStatus().isEqualTo(428);
        Map<String, Object> disabled = as("admin").patch().uri("/api/v1/webhooks/" + id).header("If-Match", "\"0\"")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("active", false, "description", ""))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(disabled).containsEntry("active", false).doesNotContainKey("description").doesNotContainKey("secret")
                .doesNotContainKey("disabledReason");
        as("admin").patch().uri("/api/v1/webhooks/" + id).header("If-Match", "\"0\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("active", true)).exchange().expectStatus().isEqualTo(412);
        as("admin").patch().uri("/api/v1/webhooks/" + id).header("If-Match", "\"1\"").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://10.0.0.8/hooks")).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("url");
        as("admin").post().uri("/api/v1/webhooks/" + id + "/test").exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("WEBHOOK_INACTIVE");

        Map<String, Object> read = as("admin").get().uri("/api/v1/webhooks/" + id).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("ETag", "\"1\"").expectBody(Map.class).returnResult().getResponseBody();
        assertThat(read).doesNotContainKey("secret").containsEntry("url", "https://93.184.216.34/hooks");
        Map<String, Object> page = as("admin").get().uri("/api/v1/webhooks?limit=200").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) page.get("items")).anySatisfy(item -> assertThat(((Map<String, Object>) item).get("id")).isEqualTo(id));

        Map<String, Object> rotated = as("admin").post().uri("/api/v1/webhooks/" + id + "/secret").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(rotated.get("secret").toString()).startsWith("whsec_").isNotEqualTo(created.get("secret"));
        assertThat(rotated).containsKey("previousSecretUntil");

        Map<String, Object> log = as("admin").get().uri("/api/v1/webhooks/" + id + "/deliveries?status=PENDING").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<?>) log.get("items")).isEmpty();
        as("manager").get().uri("/api/v1/webhooks").exchange().expectStatus().isForbidden();
        as("admin").post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", "https://93.184.216.34/hooks", "eventTypes", List.of("webhook.test"), "projectIds", List.of(project)))
                .exchange().expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("eventTypes");

        as("admin").delete().uri("/api/v1/webhooks/" + id).exchange().expectStatus().isNoContent();
        as("admin").get().uri("/api/v1/webhooks/" + id).exchange().expectStatus().isNotFound();
    }
}
