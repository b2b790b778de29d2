package dev.steward.api.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.standardwebhooks.Webhook;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A webhook subscription of the test's own to a receiver on loopback, for checking what each kind of event sends: every
 * message taken from it is signed (checked with the Standard Webhooks reference implementation) and shaped as the
 * contract says (the whole message against {@code WebhookMessage}, its {@code data} against the type's schema).
 */
public final class WebhookCapture implements AutoCloseable {

    private static final OpenAPI CONTRACT = new OpenAPIV3Parser().read(ContractValidator.contractPath().toString());
    private static final SchemaValidator SCHEMAS = new SchemaValidator(CONTRACT, new MessageResolver());
    /** The contract's schema for each event type's {@code data}. */
    private static final Map<String, String> DATA_SCHEMAS = Map.ofEntries(
            Map.entry("work_order.created", "WorkOrderCreatedWebhookData"),
            Map.entry("work_order.status_changed", "WorkOrderStatusChangedWebhookData"),
            Map.entry("work_order.sla_breached", "SlaBreachedWebhookData"),
            Map.entry("work_order.return_visit_recorded", "ReturnVisitRecordedWebhookData"),
            Map.entry("survey.response_submitted", "SurveyResponseSubmittedWebhookData"),
            Map.entry("key.checked_out", "KeyWebhookData"), Map.entry("key.returned", "KeyWebhookData"),
            Map.entry("key.overdue", "KeyWebhookData"), Map.entry("key.lost", "KeyWebhookData"),
            Map.entry("inspection.submitted", "InspectionSubmittedWebhookData"),
            Map.entry("rectification.raised", "RectificationRaisedWebhookData"),
            Map.entry("rectification.reinspected", "RectificationReinspectedWebhookData"));

    private final WebTestClient admin;
    private final WebhookReceiver receiver;
    private final String id;
    private final String secret;

    private WebhookCapture(WebTestClient admin, WebhookReceiver receiver, String id, String secret) {
        this.admin = admin;
        this.receiver = receiver;
        this.id = id;
        this.secret = secret;
    }

    /** Subscribes (as the given ADMIN client) to these event types of the project. */
    @SuppressWarnings("unchecked")
    public static WebhookCapture subscribe(WebTestClient admin, String projectId, List<String> types) throws Exception {
        WebhookReceiver receiver = WebhookReceiver.answering(n -> 204);
        Map<String, Object> sub = admin.post().uri("/api/v1/webhooks").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("url", receiver.url(), "eventTypes", types, "projectIds", List.of(projectId), "description", "载荷检查"))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return new WebhookCapture(admin, receiver, sub.get("id").toString(), sub.get("secret").toString());
    }

    /**
     * The {@code data} of the first message of this type whose data matches, waiting up to 30 s; fails unless it is
     * signed and shaped as the contract says.
     */
    @SuppressWarnings("unchecked")
    public Map<String, Object> await(String type, Predicate<Map<String, Object>> match) throws InterruptedException {
        Predicate<WebhookReceiver.Received> wanted = r -> {
            Map<String, Object> body = WebhookReceiver.json(r.body());
            return type.equals(body.get("type")) && match.test((Map<String, Object>) body.get("data"));
        };
        receiver.await(30, all -> all.stream().anyMatch(wanted));
        Optional<WebhookReceiver.Received> found = receiver.received().stream().filter(wanted).findFirst();
        assertThat(found).as("a %s message", type).isPresent();
        WebhookReceiver.Received message = found.get();
        HttpHeaders headers = HttpHeaders.of(Map.of("webhook-id", List.of(message.id()), "webhook-timestamp",
                List.of(message.timestamp()), "webhook-signature", List.of(message.signature())), (k, v) -> true);
        assertThatCode(() -> new Webhook(secret).verify(message.body(), headers)).as("signature").doesNotThrowAnyException();
        Map<String, Object> body = WebhookReceiver.json(message.body());
        assertValid(message.body(), "WebhookMessage");
        String data = tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(body.get("data"));
        assertValid(data, DATA_SCHEMAS.get(type));
        return (Map<String, Object>) body.get("data");
    }

    private static void assertValid(String json, String schemaName) {
        assertThat(schemaName).as("a schema for the event type").isNotNull();
        Schema<?> schema = new Schema<>().$ref("#/components/schemas/" + schemaName);
        ValidationReport report = SCHEMAS.validate(json, schema, "webhook");
        assertThat(report.getMessages()).as("%s as %s", json, schemaName).isEmpty();
    }

    @Override
    public void close() {
        try {
            admin.delete().uri("/api/v1/webhooks/" + id).exchange().expectStatus().isNoContent();
        } finally {
            receiver.close();
        }
    }
}
