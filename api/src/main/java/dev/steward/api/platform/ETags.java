package dev.steward.api.platform;

import org.springframework.http.HttpStatus;

/** Strong ETags from row versions; {@code If-Match} is required on updates (428) and must be current (412). */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The version the client last saw, from its If-Match header. */
    public static long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(HttpStatus.PRECONDITION_REQUIRED, "PRECONDITION_REQUIRED", "Precondition required",
                    "Send If-Match with the ETag from your last read, so concurrent changes are not overwritten.");
        }
        String v = ifMatch.trim();
        if (v.startsWith("W/")) {
            v = v.substring(2);
        }
        v = v.replace("\"", "");
        try {
            return Long.parseLong(v);
        } catch (NumberFormatException e) {
            throw stale();
        }
    }

    public static ApiException stale() {
        return new ApiException(HttpStatus.PRECONDITION_FAILED, "PRECONDITION_FAILED", "Precondition failed",
                "Someone else changed this since you read it. Reload and try again.");
    }
}
