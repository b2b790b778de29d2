package dev.steward.api.property;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Residents (住户): the front desk (AGENT) and managers register and correct them, as do administrators; a move-out
 * keeps the person in the unit's history with a date. Lists mask phone numbers; a single resident shows it in full
 * to the roles that call residents back.
 */
@Service
class ResidentService {

    private static final Role[] DESK = {Role.ADMIN, Role.MANAGER, Role.AGENT};

    private final ResidentRepository residents;
    private final PropertyService property;
    private final PropertyRepository places;
    private final Clock clock;

    ResidentService(ResidentRepository residents, PropertyService property, PropertyRepository places, Clock clock) {
        this.residents = residents;
        this.property = property;
        this.places = places;
        this.clock = clock;
    }

    Mono<Page<Resident>> list(Caller caller, UUID projectId, UUID unitId, String status, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        String afterKey = after == null ? null : after.get(0);
        UUID afterId = after == null ? null : Cursor.uuid(after.get(1));
        return property.unit(caller, projectId, unitId)
                .flatMap(u -> Page.of(residents.residents(projectId, unitId, status == null ? "CURRENT" : status, afterKey, afterId,
                        size + 1), size, r -> Cursor.encode(r.unitSortKey(), r.resident().id().toString())))
                .map(p -> p.map(r -> r.resident().masked()));
    }

    /** Every unit's residents, phones masked; with {@code updatedFrom} the residents' change feed (everybody by default). */
    Mono<Page<Resident>> page(Caller caller, UUID projectId, Integer limit, String cursor, String updatedFrom, String status) {
        caller.requireProject(projectId, "project");
        int size = Page.limit(limit);
        ChangeFeed feed = ChangeFeed.of(updatedFrom, cursor);
        if (feed != null) {
            return feed.page(residents.changes(projectId, status == null ? "ALL" : status, feed, size + 1), size)
                    .map(p -> p.map(Resident::masked));
        }
        List<String> after = Cursor.decode(cursor, 2);
        return Page.of(residents.page(projectId, status == null ? "CURRENT" : status, after == null ? null : after.get(0),
                        after == null ? null : Cursor.uuid(after.get(1)), size + 1), size,
                        r -> Cursor.encode(r.unitSortKey(), r.resident().id().toString()))
                .map(p -> p.map(r -> r.resident().masked()));
    }

    Mono<Resident> get(Caller caller, UUID projectId, UUID unitId, UUID id) {
        caller.requireProject(projectId, "project");
        return residents.resident(projectId, unitId, id)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("resident", id)))
                .map(r -> seesPhones(caller) ? r : r.masked());
    }

    Mono<Resident> create(Caller caller, UUID projectId, UUID unitId, String name, String phone, String relation,
            LocalDate movedInOn) {
        caller.requireProject(projectId, "project");
        caller.requireRole("register residents", DESK);
        requireText("name", name);
        return property.unit(caller, projectId, unitId)
                .flatMap(u -> residents.insert(projectId, unitId, name.trim(), phone.trim(), relation, movedInOn));
    }

    Mono<Resident> update(Caller caller, UUID projectId, UUID unitId, UUID id, String ifMatch, String name, String phone,
            String relation, LocalDate movedInOn) {
        caller.requireProject(projectId, "project");
        caller.requireRole("correct residents", DESK);
        long version = ETags.expectedVersion(ifMatch);
        if (name != null) {
            requireText("name", name);
        }
        return residents.resident(projectId, unitId, id)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("resident", id)))
                .flatMap(r -> {
                    if (movedInOn != null && r.movedOutOn() != null && movedInOn.isAfter(r.movedOutOn())) {
                        return Mono.error(ApiException.invalidField("movedInOn", "is after the move-out date " + r.movedOutOn()));
                    }
                    return PropertyService.versioned(residents.update(projectId, unitId, id, version, trim(name), trim(phone),
                            relation, movedInOn), () -> residents.resident(projectId, unitId, id), "resident", id);
                });
    }

    /** A move-out on a date (today in the project's zone by default), never in the future nor before the move-in. */
    Mono<Resident> moveOut(Caller caller, UUID projectId, UUID unitId, UUID id, LocalDate movedOutOn) {
        caller.requireProject(projectId, "project");
        caller.requireRole("record move-outs", DESK);
        return today(projectId).zipWith(residents.resident(projectId, unitId, id)
                        .switchIfEmpty(Mono.error(() -> ApiException.notFound("resident", id))))
                .flatMap(t -> {
                    LocalDate today = t.getT1();
                    Resident r = t.getT2();
                    LocalDate date = movedOutOn == null ? today : movedOutOn;
                    if (r.movedOutOn() != null) {
                        return Mono.error(ApiException.conflict("RESIDENT_ALREADY_MOVED_OUT",
                                r.name() + " moved out on " + r.movedOutOn() + "."));
                    }
                    if (date.isAfter(today)) {
                        return Mono.error(ApiException.invalidField("movedOutOn", "is in the future"));
                    }
                    if (r.movedInOn() != null && date.isBefore(r.movedInOn())) {
                        return Mono.error(ApiException.invalidField("movedOutOn", "is before the move-in date " + r.movedInOn()));
                    }
                    return residents.moveOut(projectId, unitId, id, date)
                            .flatMap(n -> n == 1 ? residents.resident(projectId, unitId, id)
                                    : Mono.error(ApiException.conflict("RESIDENT_ALREADY_MOVED_OUT", r.name() + " has moved out.")));
                });
    }

    /** Full phone numbers for the roles that call residents back: the desk, managers and administrators alike. */
    static boolean seesPhones(Caller caller) {
        return caller.hasAny(DESK);
    }

    private Mono<LocalDate> today(UUID projectId) {
        return places.project(projectId).map(p -> LocalDate.now(clock.withZone(ZoneId.of(p.timezone()))))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("project", projectId)));
    }

    private static void requireText(String field, String value) {
        if (value.isBlank()) {
            throw ApiException.invalidField(field, "must not be blank");
        }
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
