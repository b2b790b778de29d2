package dev.steward.api.workorder;

import dev.steward.api.platform.ApiException;
import dev.steward.api.property.Projects;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import reactor.core.publisher.Mono;

/** The small conversions the work-order rules share: input text, instants as stored, a project's time zone. */
final class WorkOrderValues {

    private WorkOrderValues() {}

    /** Now, to the microsecond PostgreSQL keeps. */
    static Instant now(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static Mono<ZoneId> zone(Projects projects, UUID projectId) {
        return projects.summary(projectId).map(p -> ZoneId.of(p.timezone()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("project", projectId)));
    }

    static String required(String value, String field) {
        String v = blankToNull(value);
        if (v == null) {
            throw ApiException.invalidField(field, "must not be blank");
        }
        return v;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
