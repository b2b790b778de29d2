package dev.steward.api.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A webhook subscription as stored; {@code secret} is set only when it is to be shown (created, rotated). */
record Subscription(UUID id, String url, String description, List<String> eventTypes, List<UUID> projectIds, boolean active,
        String disabledReason, OffsetDateTime disabledAt, int failures, OffsetDateTime failingSince,
        OffsetDateTime previousUntil, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version, String secret) {

    Subscription withSecret(String shown) {
        return new Subscription(id, url, description, eventTypes, projectIds, active, disabledReason, disabledAt, failures,
                failingSince, previousUntil, createdAt, updatedAt, version, shown);
    }
}
