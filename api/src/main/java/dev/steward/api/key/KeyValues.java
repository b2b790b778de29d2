package dev.steward.api.key;

import dev.steward.api.platform.ApiException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/** Small conversions the key feature's services share. */
final class KeyValues {

    private KeyValues() {
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A sequence number read back from a cursor. */
    static long cursorNumber(String value) {
        try {
            long n = Long.parseLong(value);
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalidField("cursor", "is not a cursor this list produced");
    }

    static boolean isUniqueViolation(Throwable e) {
        return e instanceof org.springframework.dao.DataIntegrityViolationException && e.getMessage() != null
                && e.getMessage().contains("duplicate key");
    }

    /** Text details for a ledger entry; null values are left out. */
    static Map<String, String> details(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                m.put(pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String required(String value, String field) {
        String v = blankToNull(value);
        if (v == null) {
            throw ApiException.invalidField(field, "must not be blank");
        }
        return v;
    }

    static String slotText(String cabinet, Integer slot) {
        return cabinet == null ? null : cabinet + "#" + slot;
    }
}
