package dev.steward.api.identity;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

record User(UUID id, String username, String displayName, String phone, String passwordHash, List<String> roles,
        boolean active, List<UUID> projectIds, long version, OffsetDateTime createdAt) {}
