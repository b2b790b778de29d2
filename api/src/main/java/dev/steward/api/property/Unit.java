package dev.steward.api.property;

import java.util.UUID;

record Unit(UUID id, UUID projectId, UUID buildingId, String buildingCode, String number, String label, Integer floor,
        Double areaM2, String status, int residentCount, long version, String sortKey) {}
