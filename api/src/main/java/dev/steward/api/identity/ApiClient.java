package dev.steward.api.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An API client as stored: its system user, scopes, projects (its user's memberships) and the secrets valid now. */
record ApiClient(UUID id, UUID userId, String name, List<String> scopes, List<UUID> projectIds, List<Secret> secrets,
        OffsetDateTime lastUsedAt, OffsetDateTime revokedAt, long version, OffsetDateTime createdAt) {

    /** A secret by its SHA-256 and shown prefix; {@code expiresAt} null for the current one. */
    record Secret(UUID id, String hash, String shown, OffsetDateTime createdAt, OffsetDateTime expiresAt) {}

    boolean active() {
        return revokedAt == null;
    }
}
