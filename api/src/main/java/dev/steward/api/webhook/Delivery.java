package dev.steward.api.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One message to one subscription, as the delivery log shows it ({@code payload}: the message body). */
record Delivery(UUID id, UUID subscriptionId, UUID eventId, String eventType, String status, int attempts,
        OffsetDateTime nextAttemptAt, OffsetDateTime lastAttemptAt, Integer lastStatus, Integer lastDurationMs, String lastError,
        OffsetDateTime deliveredAt, OffsetDateTime createdAt, String payload) {}
