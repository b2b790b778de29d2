package dev.steward.api.property;

import dev.steward.api.platform.Phones;
import java.util.UUID;

record Resident(UUID id, UUID projectId, UUID unitId, String name, String phone, String relation) {

    /** 13812345678 → 138****5678: lists never show a full phone number. */
    Resident masked() {
        return new Resident(id, projectId, unitId, name, mask(phone), relation);
    }

    static String mask(String phone) {
        return Phones.mask(phone);
    }
}
