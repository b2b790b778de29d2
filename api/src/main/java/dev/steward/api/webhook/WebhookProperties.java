package dev.steward.api.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code steward.webhooks.*} (docs/webhooks.md). {@code allowedTargets}: hosts, addresses or CIDR ranges that may be
 * targets although they are not public HTTPS addresses (tests, on-premise receivers); empty by default.
 * {@code retrySchedule}: the waits after the 1st, 2nd, … failed attempt (the last one repeats), each with ±10 % jitter,
 * until {@code maxAge} after the event. A subscription is disabled once {@code disableAfterFailures} attempts in a row
 * failed over at least {@code disableAfter}.
 */
@ConfigurationProperties("steward.webhooks")
record WebhookProperties(List<String> allowedTargets, Duration poll, Duration lease, int batch, List<Duration> retrySchedule,
        Duration maxAge, Duration connectTimeout, Duration responseTimeout, int disableAfterFailures, Duration disableAfter,
        Duration retention, Duration retentionScan) {

    WebhookProperties {
        allowedTargets = allowedTargets == null ? List.of()
                : allowedTargets.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        retrySchedule = retrySchedule == null || retrySchedule.isEmpty() ? List.of(Duration.ofSeconds(5)) : List.copyOf(retrySchedule);
    }

    /** The wait after the given number of failed attempts (1 = the first failure). */
    Duration retryAfter(int failedAttempts) {
        return retrySchedule.get(Math.min(failedAttempts, retrySchedule.size()) - 1);
    }
}
