package dev.steward.api.key;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A key of the ledger as stored, with the names of what it refers to. */
record Key(UUID id, UUID projectId, String code, String type, UUID unitId, String unitLabel, String facility, int copies,
        UUID cabinetId, String cabinetName, Integer slot, UUID custodianId, String custodianName, KeyStatus status,
        UUID lockChangeWorkOrderId, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** The longest a checkout may last: an owner's home key comes back within 4 hours, any other key within 8. */
    int maxLoanMinutes() {
        return "UNIT".equals(type) ? 240 : 480;
    }

    /** What the key opens, as people say it: the unit label or the facility. */
    String label() {
        return unitLabel != null ? unitLabel : facility;
    }
}
