package dev.steward.api.key;

import java.time.OffsetDateTime;
import java.util.UUID;

record KeyCabinet(UUID id, UUID projectId, String name, String location, int slots, int usedSlots, int keyCount,
        OffsetDateTime createdAt) {}
