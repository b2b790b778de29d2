package dev.steward.api.webhook;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Delivers webhooks, on every instance: each poll takes due deliveries (several instances never take the same one) and
 * sends them, signed, at most {@link #CONCURRENCY} at a time. A delivery taken by an instance that dies is taken again
 * when its lease ends, so every event is delivered at least once. 2xx = delivered; anything else (or no answer) is
 * tried again on the retry schedule until 24 h after the event; a subscription failing on and on is disabled.
 */
@Component
class WebhookDispatcher {

    static final int CONCURRENCY = 16;
    private static final Logger log = LoggerFactory.getLogger(WebhookDispatcher.class);

    private final DispatchRepository repo;
    private final TargetGuard guard;
    private final WebhookSender sender;
    private final WebhookProperties props;

    WebhookDispatcher(DispatchRepository repo, TargetGuard guard, WebhookSender sender, WebhookProperties props) {
        this.repo = repo;
        this.guard = guard;
        this.sender = sender;
        this.props = props;
    }

    @Scheduled(fixedDelayString = "${steward.webhooks.poll}", initialDelayString = "${steward.webhooks.poll}")
    Mono<Long> poll() {
        // A full batch means more may be due: take the next one at once.
        return round().expand(n -> n >= props.batch() ? round() : Mono.empty())
                .reduce(0L, Long::sum)
                .onErrorResume(e -> {
                    log.warn("Webhook dispatch failed; will retry: {}", e.toString());
                    return Mono.just(0L);
                });
    }

    @Scheduled(fixedDelayString = "${steward.webhooks.retention-scan}", initialDelayString = "${steward.webhooks.retention-scan}")
    Mono<Long> purge() {
        return repo.purge(props.retention()).onErrorResume(e -> {
            log.warn("Webhook log purge failed; will retry: {}", e.toString());
            return Mono.just(0L);
        });
    }

    private Mono<Long> round() {
        // Only unique, not secret: no SecureRandom (which may read /dev/urandom) needed.
        UUID claim = new UUID(ThreadLocalRandom.current().nextLong(), ThreadLocalRandom.current().nextLong());
        return repo.take(props.batch(), props.lease(), claim)
                .flatMap(this::attempt, CONCURRENCY)
                .count();
    }

    private Mono<Void> attempt(DispatchRepository.Taken t) {
        byte[] body = t.payload().getBytes(StandardCharsets.UTF_8);
        String messageId = messageId(t.eventId());
        List<String> secrets = new ArrayList<>(List.of(t.secret()));
        if (t.previousSecret() != null && t.previousUntil() != null && t.previousUntil().toInstant().isAfter(Instant.now())) {
            secrets.add(t.previousSecret());
        }
        return Mono.fromCallable(() -> URI.create(t.url()))
                .flatMap(guard::vet)
                .flatMap(target -> {
                    // Signed just before sending: webhook-timestamp is this attempt's time.
                    long timestamp = Instant.now().getEpochSecond();
                    String signature = WebhookSigner.signature(secrets, messageId, timestamp, body);
                    return sender.send(target, messageId, timestamp, signature, body);
                })
                .onErrorResume(e -> Mono.just(new WebhookSender.Outcome(null, 0,
                        e instanceof TargetGuard.Refused ? "refused target: " + e.getMessage() : WebhookSender.describe(e))))
                .flatMap(o -> o.delivered() ? repo.delivered(t, o) : failed(t, o));
    }

    private Mono<Void> failed(DispatchRepository.Taken t, WebhookSender.Outcome o) {
        Duration wait = jitter(props.retryAfter(t.attempts()));
        return repo.failed(t, o, wait, props.maxAge()).flatMap(streak -> {
            boolean gone = o.status() != null && o.status() == 410;
            boolean tooLong = streak.failures() >= props.disableAfterFailures() && streak.failingSince() != null
                    && !streak.failingSince().plus(props.disableAfter()).isAfter(streak.now());
            if (!streak.active() || !(gone || tooLong)) {
                return Mono.empty();
            }
            String reason = gone ? "The receiver answered 410 Gone." : "Every attempt failed for " + props.disableAfter()
                    + " (" + streak.failures() + " attempts in a row); last: " + o.error();
            return repo.disable(streak.subscriptionId(), reason.length() > 500 ? reason.substring(0, 500) : reason)
                    .doOnNext(disabled -> {
                        if (disabled) {
                            log.warn("Disabled webhook subscription {}: {}", streak.subscriptionId(), reason);
                        }
                    }).then();
        });
    }

    /** The Standard Webhooks message id: the event's, so a retry or a replay of one event carries the same id. */
    static String messageId(UUID eventId) {
        return "msg_" + eventId.toString().replace("-", "");
    }

    private static Duration jitter(Duration d) {
        double factor = 0.9 + ThreadLocalRandom.current().nextDouble() * 0.2;
        return Duration.ofMillis(Math.max(1, (long) (d.toMillis() * factor)));
    }
}
