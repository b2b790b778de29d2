package dev.steward.api.fuzz;

import java.util.Base64;
import java.util.List;
import java.util.Random;

/** The hostile values the fuzzer tries; raw JSON literals, so that numbers no Java type holds can be sent too. */
final class BadValues {

    private BadValues() {}

    /** JSON literals for a body field. */
    static final List<String> JSON = List.of(
            "null", "\"\"", "\" \"", "\"\\u0000\"", "\"a\\u0000b\"", "\"\\u0001\\u001f\"", "\"\\ud800\"", "true", "false",
            "0", "-1", "1.5", "-0.0", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
            "-9223372036854775809", "1e400", "-1e400", "1e-400", "123456789012345678901234567890",
            "[]", "{}", "[null]", "[\"\\u0000\"]", "[1,\"a\",null,{}]", "{\"a\":null}",
            "\"FOO\"", "\"not-a-uuid\"", "\"00000000-0000-0000-0000-000000000000\"",
            "\"2026-01-01T00:00:00-18:00\"", "\"2026-01-01T00:00:00+18:00\"", "\"0000-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59-15:59\"",
            "\"2026-02-30T00:00:00Z\"", "\"2026-01-01\"", "\"25:61\"", "\"<script>alert(1)</script>\"", "\"' or 1=1 --\"",
            "\"%s%n\"", "\"${jndi:ldap://x}\"", "\"阳光花园😀\"");

    /** Text for a query or path parameter (before URL encoding). */
    static final List<String> TEXT = List.of(
            "", " ", "\u0000", "a\u0000b", "\u0001", "abc", "-1", "0", "1.5", "201", "2147483648", "-2147483649",
            "99999999999999999999", "1e400", "FOO", "foo", "null", "true", "AAAA", "____", "-", "not-a-uuid",
            "00000000-0000-0000-0000-000000000000", "2026-01-01T00:00:00-18:00", "2026-01-01T00:00:00+18:00",
            "0000-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-02-30T00:00:00Z", "%", "%00", "..", "/", "\\", "'", "\"",
            "<x>", "阳光", "😀");

    static String longText(Random r) {
        return "x".repeat(new int[] {256, 1001, 3000}[r.nextInt(3)]);
    }

    /** A cursor a list never produced: random bytes, or text with control characters, base64url-encoded. */
    static String cursor(Random r) {
        byte[] bytes = new byte[1 + r.nextInt(40)];
        r.nextBytes(bytes);
        String[] forged = {"a\u001fb", "\u0000\u001f\u0000", "2026-01-01T00:00:00-18:00\u001f00000000-0000-0000-0000-000000000000",
                "0000-01-01T00:00:00Z\u001fx", "x\u001fy\u001fz", "\u001f", "999999999999999999999\u001f1"};
        String text = r.nextBoolean() ? new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1) : forged[r.nextInt(forged.length)];
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                r.nextBoolean() ? bytes : text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    static final List<String> IF_MATCH = List.of("*", "\"x\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "\"1\", \"2\"",
            "", "\"", "1");

    static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml", "application/json; charset=latin1",
            "application/json; charset=utf-16", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "*/*",
            "application/merge-patch+json", "a/b/c", "application/json; charset=nonsense");

    static final List<String> ACCEPTS = List.of("text/html", "application/xml", "*/*;q=0", "image/png", "application/problem+json",
            "text/event-stream", "nonsense", "application/json;q=abc");

    static final List<String> BODIES = List.of("", "{", "[]", "\"text\"", "123", "null", "{}", "{\"a\":", "[" .repeat(2000),
            "{\"a\":1,\"a\":2}", "\u00ff\u00fe", "{\"x\":\"\\u0000\"}");
}
