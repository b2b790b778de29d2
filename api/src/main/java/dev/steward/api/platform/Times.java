package dev.steward.api.platform;

import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * ISO-8601 date-times given as text (query parameters, request fields, cursors), read into values PostgreSQL
 * accepts: offsets within ±15:59 (PostgreSQL's limit, and every real time zone's) and years 1 to 9999.
 * Anything else is a 400 naming the field.
 */
public final class Times {

    private static final int MAX_OFFSET_SECONDS = 15 * 3600 + 59 * 60;
    private static final OffsetDateTime EARLIEST = OffsetDateTime.of(1, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATEST = OffsetDateTime.of(9999, 12, 30, 0, 0, 0, 0, ZoneOffset.UTC);

    private Times() {}

    /** The date-time, or null when there is none. */
    public static OffsetDateTime parse(String value, String field) {
        return value == null ? null : required(value, field);
    }

    /** The date-time; a missing one is a 400 too. */
    public static OffsetDateTime required(String value, String field) {
        OffsetDateTime time;
        try {
            time = OffsetDateTime.parse(value == null ? "" : value);
        } catch (DateTimeException e) {
            throw ApiException.invalidField(field, "is not an ISO-8601 date-time with offset");
        }
        if (Math.abs(time.getOffset().getTotalSeconds()) > MAX_OFFSET_SECONDS) {
            throw ApiException.invalidField(field, "has a time-zone offset beyond ±15:59");
        }
        if (time.isBefore(EARLIEST) || time.isAfter(LATEST)) {
            throw ApiException.invalidField(field, "is outside the years 1 to 9999");
        }
        return time;
    }
}
