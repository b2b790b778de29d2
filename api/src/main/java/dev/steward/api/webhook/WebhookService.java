package dev.steward.api.webhook;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Managing webhook subscriptions (ADMIN): the rules; SQL in {@link SubscriptionRepository}. */
@Service
class WebhookService {

    /** How long messages also carry the signature under the previous secret after a rotation. */
    static final Duration ROTATION_OVERLAP = Duration.ofHours(24);
    static final String TEST_TYPE = "webhook.test";

    private final SubscriptionRepository repo;
    private final TargetGuard guard;
    private final Clock clock;

    WebhookService(SubscriptionRepository repo, TargetGuard guard, Clock clock) {
        WebhookSigner.warmUp();
        this.repo = repo;
        this.guard = guard;
        this.clock = clock;
    }

    /** ADMIN, or an API client (its token's {@code webhooks:manage} scope is checked for every webhook operation first). */
    private static void requireAdmin(Caller caller) {
        if (!caller.apiClient()) {
            caller.requireRole("manage webhooks", Role.ADMIN);
        }
    }

    Mono<Subscription> create(Caller caller, String url, String description, List<String> types, List<UUID> projects) {
        requireAdmin(caller);
        List<String> checkedTypes = types(types);
        List<UUID> checkedProjects = projects(caller, projects);
        String desc = blankToNull(description);
        String secret = WebhookSigner.newSecret();
        return guard.checkForSubscription(url)
                .then(Mono.defer(() -> repo.insert(url.trim(), desc, checkedTypes, checkedProjects, secret,
                        caller.userId(), now())))
                .map(s -> s.withSecret(secret));
    }

    Mono<Subscription> get(Caller caller, UUID id) {
        requireAdmin(caller);
        return repo.find(id, caller.projectIdArray()).switchIfEmpty(Mono.error(() -> ApiException.notFound("webhook", id)));
    }

    Mono<Page<Subscription>> list(Caller caller, Integer limit, String cursor) {
        requireAdmin(caller);
        int n = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        return Page.of(repo.list(caller.projectIdArray(), after == null ? null : Cursor.time(after.get(0)),
                        after == null ? null : Cursor.uuid(after.get(1)), n), n,
                s -> Cursor.encode(s.createdAt().toString(), s.id().toString()));
    }

    Mono<Subscription> update(Caller caller, UUID id, String ifMatch, String url, String description, List<String> types,
            List<UUID> projects, Boolean active) {
        requireAdmin(caller);
        long expected = ETags.expectedVersion(ifMatch);
        List<String> checkedTypes = types == null ? null : types(types);
        List<UUID> checkedProjects = projects == null ? null : projects(caller, projects);
        boolean clearDescription = description != null && description.isBlank();
        String desc = blankToNull(description);
        Mono<Void> urlCheck = url == null ? Mono.empty() : guard.checkForSubscription(url).then();
        return get(caller, id)
                .flatMap(current -> urlCheck.then(Mono.defer(() -> repo.update(id, expected, url == null ? null : url.trim(),
                        desc, clearDescription, checkedTypes, checkedProjects, active, now()))))
                .switchIfEmpty(Mono.error(ETags::stale));
    }

    Mono<Void> delete(Caller caller, UUID id) {
        return get(caller, id).flatMap(s -> repo.delete(id)).then();
    }

    Mono<Subscription> rotate(Caller caller, UUID id) {
        String secret = WebhookSigner.newSecret();
        OffsetDateTime now = now();
        return get(caller, id).flatMap(s -> repo.rotate(id, secret, now.plus(ROTATION_OVERLAP), now)).map(s -> s.withSecret(secret));
    }

    Mono<Delivery> test(Caller caller, UUID id) {
        OffsetDateTime now = now();
        return get(caller, id).flatMap(s -> {
            requireActive(s);
            String payload = "{\"type\":\"" + TEST_TYPE + "\",\"timestamp\":\"" + now + "\",\"data\":{\"webhookId\":\"" + s.id()
                    + "\",\"projectId\":\"" + s.projectIds().get(0) + "\"}}";
            return repo.queueTest(s, payload).flatMap(deliveryId -> repo.delivery(id, deliveryId));
        });
    }

    Mono<Delivery> replay(Caller caller, UUID id, UUID deliveryId) {
        return get(caller, id).flatMap(s -> {
            requireActive(s);
            return repo.replay(id, deliveryId)
                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("delivery", deliveryId)))
                    .flatMap(newId -> repo.delivery(id, newId));
        });
    }

    Mono<Page<Delivery>> deliveries(Caller caller, UUID id, Integer limit, String cursor, String status) {
        int n = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        return get(caller, id).flatMap(s -> Page.of(repo.deliveries(id, status,
                        after == null ? null : Cursor.time(after.get(0)), after == null ? null : Cursor.uuid(after.get(1)), n), n,
                d -> Cursor.encode(d.createdAt().toString(), d.id().toString())));
    }

    private static void requireActive(Subscription s) {
        if (!s.active()) {
            throw new ApiException(HttpStatus.CONFLICT, "WEBHOOK_INACTIVE", "Conflict",
                    "This subscription is disabled: enable it (PATCH active: true) first.");
        }
    }

    private static List<String> types(List<String> types) {
        if (types.contains(TEST_TYPE)) {
            throw ApiException.invalidField("eventTypes", TEST_TYPE + " cannot be subscribed to (POST …/test sends it)");
        }
        return types.stream().distinct().toList();
    }

    private static List<UUID> projects(Caller caller, List<UUID> projects) {
        for (UUID p : projects) {
            if (!caller.canSee(p)) {
                throw ApiException.invalidField("projectIds", "no project " + p + " among yours");
            }
        }
        return projects.stream().distinct().toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
