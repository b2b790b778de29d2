package dev.steward.api.property;

import dev.steward.api.platform.Phones;
import java.time.LocalDate;
import java.util.UUID;

/** A person living (or who lived) in a unit; a move-out keeps the row, so the unit's history stays complete. */
record Resident(UUID id, UUID projectId, UUID unitId, String name, String phone, String relation, LocalDate movedInOn,
        LocalDate movedOutOn, long version) {

    /** 13812345678 → 138****5678: lists never show a full phone number. */
    Resident masked() {
        return new Resident(id, projectId, unitId, name, mask(phone), relation, movedInOn, movedOutOn, version);
    }

    static String mask(String phone) {
        return Phones.mask(phone);
    }
}
