package dev.steward.api.key;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A key cabinet with the slots that hold a key (retired keys free theirs). */
record KeyCabinet(UUID id, UUID projectId, String name, String location, int slots, List<Integer> occupiedSlots, int keyCount,
        OffsetDateTime createdAt) {}
