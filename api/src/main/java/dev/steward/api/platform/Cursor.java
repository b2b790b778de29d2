package dev.steward.api.platform;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
            return Times.required(value, "cursor");
        } catch (ApiException e) {
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
        String raw;
        try {
            raw = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getUrlDecoder().decode(cursor)))
                    .toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
        // Sort values are printable text; control characters (a NUL above all) only come from a forged cursor.
        if (raw.chars().anyMatch(c -> c < 0x20 && c != SEPARATOR.charAt(0))) {
            throw invalid();
        }
        List<String> values = List.of(raw.split(SEPARATOR, -1));
        if (values.size() != parts) {
            throw invalid();
        }
        return values;
    }
}
