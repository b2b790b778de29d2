package dev.steward.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.standardwebhooks.Webhook;
import dev.steward.api.support.IntegrationTest;
import dev.steward.api.support.WebhookReceiver;
import dev.steward.client.ApiClient;
import dev.steward.client.ApiResponse;
import dev.steward.client.api.WebhooksApi;
import dev.steward.client.api.WorkOrdersApi;
import dev.steward.client.model.ReporterInput;
import dev.steward.client.model.WebhookEventType;
import dev.steward.client.model.WebhookSubscription;
import dev.steward.client.model.WebhookSubscriptionCreate;
import dev.steward.client.model.WorkOrder;
import dev.steward.client.model.WorkOrderChannel;
import dev.steward.client.model.WorkOrderCreate;
import dev.steward.client.model.WorkOrderPage;
import dev.steward.client.model.WorkOrderPriority;
import dev.steward.client.model.WorkOrderType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * An integrator's synchronisation, through a Java client generated from openapi.yaml by openapi-generator in the test
 * build (java, library native): get a token by client credentials, register an order with its externalId, retry the
 * same registration (a lost answer, a re-run sync), read the order's status — one order in the end; then the sync's
 * other half: page through what changed since the last run ({@code updatedFrom}) and receive the webhook that announced
 * the order, signed (checked with the Standard Webhooks reference implementation), exactly once.
 */
class GeneratedClientSyncTest extends IntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    DatabaseClient db;

    @Test
    void aRetriedSyncRegistersOneOrder() throws Exception {
        String sg = projectId("admin", "SG");
        Map<?, ?> created = as("admin").post().uri("/api/v1/api-clients").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("name", "ERP 同步", "projectIds", List.of(sg), "scopes", List.of("work-orders:write", "webhooks:manage")))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        String clientId = created.get("clientId").toString();
        String secret = created.get("clientSecret").toString();
        String unitId = firstUnit("admin", sg).get("id").toString();

        // 1. the token, as any OAuth 2.0 client library asks for it
        String basic = Base64.getEncoder().encodeToString((URLEncoder.encode(clientId, StandardCharsets.UTF_8) + ":"
                + URLEncoder.encode(secret, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokenAnswer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + port + "/api/v1/auth/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokenAnswer.statusCode()).isEqualTo(200);
        JsonNode token = new ObjectMapper().readTree(tokenAnswer.body());
        String accessToken = token.get("access_token").asText();

        // 2. the generated client, with the bearer token
        ApiClient api = new ApiClient();
        api.updateBaseUri("http://localhost:" + port);
        api.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + accessToken));
        WorkOrdersApi workOrders = new WorkOrdersApi(api);

        // 3. the client subscribes itself to new orders of its project, received by a server of its own
        WebhookReceiver receiver = WebhookReceiver.answering(n -> 204);
        WebhooksApi webhooks = new WebhooksApi(api);
        WebhookSubscription subscription = webhooks.createWebhook(new WebhookSubscriptionCreate().url(receiver.url())
                .eventTypes(Set.of(WebhookEventType.WORK_ORDER_CREATED)).projectIds(Set.of(UUID.fromString(sg)))
                .description("ERP 新工单"), null);
        String lastRun = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();

        String externalId = "erp-" + UUID.randomUUID();
        WorkOrderCreate order = new WorkOrderCreate()
                .projectId(UUID.fromString(sg))
                .unitId(UUID.fromString(unitId))
                .type(WorkOrderType.REPAIR)
                .category("ELECTRICAL")
                .priority(WorkOrderPriority.NORMAL)
                .channel(WorkOrderChannel.INTEGRATION)
                .title("ERP 同步：楼道灯不亮")
                .reporter(new ReporterInput().name("李先生").phone("13900002222"))
                .externalId(externalId);

        ApiResponse<WorkOrder> first = workOrders.createWorkOrderWithHttpInfo(order, null);
        ApiResponse<WorkOrder> retried = workOrders.createWorkOrderWithHttpInfo(order, null);
        assertThat(first.getStatusCode()).isEqualTo(201);
        assertThat(retried.getStatusCode()).isEqualTo(200);
        assertThat(retried.getData().getId()).isEqualTo(first.getData().getId());
        assertThat(first.getData().getExternalId()).isEqualTo(externalId);
        assertThat(first.getData().getFirstResponsibleName()).isEqualTo("ERP 同步");

        // 3. read the status back
        WorkOrder read = workOrders.getWorkOrder(first.getData().getId());
        assertThat(read.getStatus().getValue()).isEqualTo("NEW");

        Long rows = db.sql("select count(*) from work_orders where external_id = $1").bind(0, externalId)
                .map((row, meta) -> row.get(0, Long.class)).one().block();
        assertThat(rows).isEqualTo(1L);

        // 4. what changed since the last run, page by page (small pages: other tests write to SG too); the order once
        List<WorkOrder> changed = new ArrayList<>();
        String cursor = null;
        while (true) {
            WorkOrderPage page = workOrders.listWorkOrders(5, cursor, lastRun, UUID.fromString(sg), null, null, null, null, null,
                    null, null, null, null, null, null, null, null, null, null, null, null, null);
            changed.addAll(page.getItems());
            cursor = page.getNextCursor();
            if (page.getItems().size() < 5) {
                break;   // caught up; the cursor is where the next run resumes
            }
        }
        assertThat(cursor).isNotNull();
        assertThat(changed.stream().filter(o -> o.getId().equals(first.getData().getId()))).hasSize(1);

        // 5. the webhook: the order's creation, once, signed with the subscription's secret
        try (receiver) {
            String orderId = first.getData().getId().toString();
            List<WebhookReceiver.Received> got = receiver.await(30, r -> r.stream().anyMatch(m -> m.body().contains(orderId)));
            Thread.sleep(1000);   // a second delivery would arrive by now
            List<WebhookReceiver.Received> ours = receiver.received().stream().filter(m -> m.body().contains(orderId)).toList();
            assertThat(got).isNotEmpty();
            assertThat(ours).hasSize(1);
            Map<String, Object> message = WebhookReceiver.json(ours.get(0).body());
            assertThat(message).containsEntry("type", "work_order.created");
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) message.get("data");
            assertThat(data).containsEntry("workOrderId", orderId).containsEntry("status", "NEW");
            Map<String, List<String>> headers = Map.of("webhook-id", List.of(ours.get(0).id()),
                    "webhook-timestamp", List.of(ours.get(0).timestamp()), "webhook-signature", List.of(ours.get(0).signature()));
            new Webhook(subscription.getSecret()).verify(ours.get(0).body(), java.net.http.HttpHeaders.of(headers, (k, v) -> true));
        } finally {
            webhooks.deleteWebhook(subscription.getId());
        }
    }
}
