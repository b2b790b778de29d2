package dev.steward.api.webhook;

import dev.steward.api.contract.WebhooksApi;
import dev.steward.api.contract.model.WebhookDeliveryDto;
import dev.steward.api.contract.model.WebhookDeliveryPageDto;
import dev.steward.api.contract.model.WebhookDeliveryStatusDto;
import dev.steward.api.contract.model.WebhookEventTypeDto;
import dev.steward.api.contract.model.WebhookMessageDto;
import dev.steward.api.contract.model.WebhookSubscriptionCreateDto;
import dev.steward.api.contract.model.WebhookSubscriptionDto;
import dev.steward.api.contract.model.WebhookSubscriptionPageDto;
import dev.steward.api.contract.model.WebhookSubscriptionUpdateDto;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Idempotency;
import dev.steward.api.platform.ProjectScope;
import java.net.URI;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

@RestController
class WebhookController implements WebhooksApi {

    private final WebhookService webhooks;
    private final ProjectScope scope;
    private final Idempotency idempotency;
    private final JsonMapper json;

    WebhookController(WebhookService webhooks, ProjectScope scope, Idempotency idempotency, JsonMapper json) {
        this.webhooks = webhooks;
        this.scope = scope;
        this.idempotency = idempotency;
        this.json = json;
    }

    @Override
    public Mono<ResponseEntity<WebhookSubscriptionPageDto>> listWebhooks(Integer limit, String cursor, ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> webhooks.list(caller, limit, cursor))
                .map(page -> ResponseEntity.ok(new WebhookSubscriptionPageDto()
                        .items(page.items().stream().map(WebhookController::dto).toList()).nextCursor(page.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<WebhookSubscriptionDto>> createWebhook(Mono<WebhookSubscriptionCreateDto> body, String idempotencyKey,
            ServerWebExchange exchange) {
        return body.flatMap(req -> idempotency.create(exchange, idempotencyKey, req, WebhookSubscriptionDto.class, () -> scope.current()
                .flatMap(caller -> webhooks.create(caller, req.getUrl(), req.getDescription(), types(req.getEventTypes()),
                        List.copyOf(req.getProjectIds())))
                .map(s -> ResponseEntity.created(URI.create("/api/v1/webhooks/" + s.id())).eTag(ETags.of(s.version())).body(dto(s)))));
    }

    @Override
    public Mono<ResponseEntity<WebhookSubscriptionDto>> getWebhook(UUID webhookId, ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> webhooks.get(caller, webhookId)).map(WebhookController::ok);
    }

    @Override
    public Mono<ResponseEntity<WebhookSubscriptionDto>> updateWebhook(UUID webhookId, Mono<WebhookSubscriptionUpdateDto> body,
            String ifMatch, ServerWebExchange exchange) {
        return body.flatMap(req -> scope.current().flatMap(caller -> webhooks.update(caller, webhookId, ifMatch, req.getUrl(),
                req.getDescription(), isEmpty(req.getEventTypes()) ? null : types(req.getEventTypes()),
                isEmpty(req.getProjectIds()) ? null : List.copyOf(req.getProjectIds()), req.getActive())))
                .map(WebhookController::ok);
    }

    @Override
    public Mono<ResponseEntity<Void>> deleteWebhook(UUID webhookId, ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> webhooks.delete(caller, webhookId))
                .then(Mono.fromSupplier(() -> ResponseEntity.noContent().build()));
    }

    @Override
    public Mono<ResponseEntity<WebhookSubscriptionDto>> rotateWebhookSecret(UUID webhookId, ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> webhooks.rotate(caller, webhookId)).map(WebhookController::ok);
    }

    @Override
    public Mono<ResponseEntity<WebhookDeliveryDto>> testWebhook(UUID webhookId, ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> webhooks.test(caller, webhookId))
                .map(d -> ResponseEntity.status(HttpStatus.ACCEPTED).body(dto(d)));
    }

    @Override
    public Mono<ResponseEntity<WebhookDeliveryPageDto>> listWebhookDeliveries(UUID webhookId, Integer limit, String cursor,
            WebhookDeliveryStatusDto status, ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> webhooks.deliveries(caller, webhookId, limit, cursor,
                        status == null ? null : status.getValue()))
                .map(page -> ResponseEntity.ok(new WebhookDeliveryPageDto()
                        .items(page.items().stream().map(this::dto).toList()).nextCursor(page.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<WebhookDeliveryDto>> replayWebhookDelivery(UUID webhookId, UUID deliveryId, ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> webhooks.replay(caller, webhookId, deliveryId))
                .map(d -> ResponseEntity.status(HttpStatus.ACCEPTED).body(dto(d)));
    }

    private static ResponseEntity<WebhookSubscriptionDto> ok(Subscription s) {
        return ResponseEntity.ok().eTag(ETags.of(s.version())).body(dto(s));
    }

    /** The generated DTO holds an empty set for a list left out: both mean "unchanged". */
    private static boolean isEmpty(Collection<?> values) {
        return values == null || values.isEmpty();
    }

    private static List<String> types(Collection<WebhookEventTypeDto> types) {
        return types.stream().map(WebhookEventTypeDto::getValue).toList();
    }

    static WebhookSubscriptionDto dto(Subscription s) {
        return new WebhookSubscriptionDto()
                .id(s.id())
                .url(URI.create(s.url()))
                .description(s.description())
                .eventTypes(new LinkedHashSet<>(s.eventTypes().stream().map(WebhookEventTypeDto::fromValue).toList()))
                .projectIds(new LinkedHashSet<>(s.projectIds()))
                .active(s.active())
                .version(s.version())
                .disabledReason(s.disabledReason())
                .disabledAt(s.disabledAt())
                .failures(s.failures())
                .failingSince(s.failingSince())
                .secret(s.secret())
                .previousSecretUntil(s.previousUntil() != null && s.previousUntil().toInstant().isAfter(Instant.now())
                        ? s.previousUntil() : null)
                .createdAt(s.createdAt())
                .updatedAt(s.updatedAt());
    }

    private WebhookDeliveryDto dto(Delivery d) {
        return new WebhookDeliveryDto()
                .id(d.id())
                .webhookId(d.subscriptionId())
                .eventId(d.eventId())
                .messageId(WebhookDispatcher.messageId(d.eventId()))
                .eventType(WebhookEventTypeDto.fromValue(d.eventType()))
                .status(WebhookDeliveryStatusDto.fromValue(d.status()))
                .attempts(d.attempts())
                .nextAttemptAt("PENDING".equals(d.status()) ? d.nextAttemptAt() : null)
                .lastAttemptAt(d.lastAttemptAt())
                .lastStatus(d.lastStatus())
                .lastDurationMs(d.lastDurationMs())
                .lastError(d.lastError())
                .deliveredAt(d.deliveredAt())
                .createdAt(d.createdAt())
                .message(json.readValue(d.payload(), WebhookMessageDto.class));
    }
}
