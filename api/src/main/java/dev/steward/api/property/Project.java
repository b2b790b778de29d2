package dev.steward.api.property;

import java.time.OffsetDateTime;
import java.util.UUID;

record Project(UUID id, String code, String name, String timezone, String address, boolean afterPhotoRequired, int buildingCount, int unitCount,
        long version, OffsetDateTime createdAt) {}
