package dev.steward.api.property;

import java.util.UUID;

record Building(UUID id, UUID projectId, String code, String name, Integer floors, int unitCount, long version) {}
