package dev.steward.api.platform;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Opaque keyset cursors: the sort values of the last row of a page, joined with a unit separator
 * and base64url-encoded. Clients pass them back unchanged; any tampering is a 400 on {@code cursor}.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";

    private Cursor() {}

    public static String encode(String... values) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, values).getBytes(StandardCharsets.UTF_8));
    }

    /** A UUID sort value read back from a cursor. */
    public static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A timestamp sort value read back from a cursor. */
    public static OffsetDateTime time(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalidField("cursor", "is not a cursor this list produced");
    }

    /** Decodes a cursor with exactly {@code parts} values; null when there is no cursor. */
    public static List<String> decode(String cursor, int parts) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> values = List.of(raw.split(SEPARATOR, -1));
            if (values.size() != parts) {
                throw invalid();
            }
            return values;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }
}
