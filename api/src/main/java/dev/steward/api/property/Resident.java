package dev.steward.api.property;

import java.util.UUID;

record Resident(UUID id, UUID projectId, UUID unitId, String name, String phone, String relation) {

    /** 13812345678 → 138****5678: lists never show a full phone number. */
    Resident masked() {
        return new Resident(id, projectId, unitId, name, mask(phone), relation);
    }

    static String mask(String phone) {
        String digits = phone.replaceAll("\\s", "");
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        int keepStart = digits.length() >= 11 ? 3 : Math.min(2, digits.length() - 4);
        return digits.substring(0, keepStart) + "*".repeat(digits.length() - keepStart - 4) + digits.substring(digits.length() - 4);
    }
}
