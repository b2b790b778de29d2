package dev.steward.api.property;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.ProjectScope;
import dev.steward.api.platform.Role;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/**
 * Reference data rules. Reads are open to every member of a project; structural changes are ADMIN's;
 * residents may also be registered by the front desk (MANAGER, AGENT).
 */
@Service
class PropertyService {

    private static final String DEFAULT_TIMEZONE = "Asia/Shanghai";

    private final PropertyRepository repo;
    private final ProjectScope scope;

    PropertyService(PropertyRepository repo, ProjectScope scope) {
        this.repo = repo;
        this.scope = scope;
    }

    // Projects

    Mono<Page<Project>> projects(Caller caller, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 1);
        return Page.of(repo.projects(caller.projectIdArray(), after == null ? null : after.get(0), size + 1), size,
                p -> Cursor.encode(p.code()));
    }

    Mono<Project> project(Caller caller, UUID id) {
        caller.requireProject(id, "project");
        return repo.project(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("project", id)));
    }

    Mono<Project> createProject(Caller caller, String code, String name, String timezone, String address) {
        caller.requireRole("create projects", Role.ADMIN);
        String zone = timezone == null ? DEFAULT_TIMEZONE : validZone(timezone);
        return repo.insertProject(code, name, zone, address)
                .switchIfEmpty(Mono.error(() -> ApiException.conflict("PROJECT_CODE_TAKEN", "A project with code " + code + " exists.")))
                .doOnNext(id -> scope.projectsChanged())
                .flatMap(repo::project);
    }

    Mono<Project> updateProject(Caller caller, UUID id, String ifMatch, String name, String timezone, String address,
            Boolean afterPhotoRequired) {
        caller.requireProject(id, "project");
        caller.requireRole("change projects", Role.ADMIN);
        long version = ETags.expectedVersion(ifMatch);
        String zone = timezone == null ? null : validZone(timezone);
        return versioned(repo.updateProject(id, version, name, zone, address, afterPhotoRequired), () -> repo.project(id), "project", id);
    }

    // Buildings

    Mono<Page<Building>> buildings(Caller caller, UUID projectId, Integer limit, String cursor) {
        caller.requireProject(projectId, "project");
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 1);
        return Page.of(repo.buildings(projectId, after == null ? null : after.get(0), size + 1), size, b -> Cursor.encode(b.code()));
    }

    Mono<Building> building(Caller caller, UUID projectId, UUID id) {
        caller.requireProject(projectId, "project");
        return repo.building(projectId, id).switchIfEmpty(Mono.error(() -> ApiException.notFound("building", id)));
    }

    Mono<Building> createBuilding(Caller caller, UUID projectId, String code, String name, Integer floors) {
        caller.requireProject(projectId, "project");
        caller.requireRole("add buildings", Role.ADMIN);
        return repo.insertBuilding(projectId, code, name, floors)
                .switchIfEmpty(Mono.error(() -> ApiException.conflict("BUILDING_CODE_TAKEN",
                        "This project already has a building with code " + code + ".")))
                .flatMap(id -> repo.building(projectId, id));
    }

    Mono<Building> updateBuilding(Caller caller, UUID projectId, UUID id, String ifMatch, String name, Integer floors) {
        caller.requireProject(projectId, "project");
        caller.requireRole("change buildings", Role.ADMIN);
        long version = ETags.expectedVersion(ifMatch);
        return versioned(repo.updateBuilding(projectId, id, version, name, floors), () -> repo.building(projectId, id), "building", id);
    }

    // Units

    Mono<Page<Unit>> units(Caller caller, UUID projectId, Integer limit, String cursor, String updatedFrom, UUID buildingId, String q,
            String status) {
        caller.requireProject(projectId, "project");
        int size = Page.limit(limit);
        String search = q == null || q.isBlank() ? null : q.trim().replace("%", "").replace("_", "");
        ChangeFeed feed = ChangeFeed.of(updatedFrom, cursor);
        if (feed != null) {
            return feed.page(repo.unitChanges(projectId, buildingId, search, status, feed, size + 1), size);
        }
        List<String> after = Cursor.decode(cursor, 2);
        UUID afterId = after == null ? null : Cursor.uuid(after.get(1));
        return Page.of(repo.units(projectId, buildingId, search, status, after == null ? null : after.get(0), afterId, size + 1),
                size, u -> Cursor.encode(u.sortKey(), u.id().toString()));
    }

    Mono<Unit> unit(Caller caller, UUID projectId, UUID id) {
        caller.requireProject(projectId, "project");
        return repo.unit(projectId, id).switchIfEmpty(Mono.error(() -> ApiException.notFound("unit", id)));
    }

    Mono<Unit> createUnit(Caller caller, UUID projectId, UUID buildingId, String number, Integer floor, Double areaM2, String status) {
        caller.requireProject(projectId, "project");
        caller.requireRole("add units", Role.ADMIN);
        return repo.building(projectId, buildingId)
                .switchIfEmpty(Mono.error(() -> ApiException.invalidField("buildingId", "is not a building of this project")))
                .flatMap(b -> repo.insertUnit(projectId, buildingId, number, floor, areaM2, status == null ? "OCCUPIED" : status)
                        .switchIfEmpty(Mono.error(() -> ApiException.conflict("UNIT_NUMBER_TAKEN",
                                "Building " + b.code() + " already has unit " + number + "."))))
                .flatMap(id -> repo.unit(projectId, id));
    }

    Mono<Unit> updateUnit(Caller caller, UUID projectId, UUID id, String ifMatch, Integer floor, Double areaM2, String status) {
        caller.requireProject(projectId, "project");
        caller.requireRole("change units", Role.ADMIN);
        long version = ETags.expectedVersion(ifMatch);
        return versioned(repo.updateUnit(projectId, id, version, floor, areaM2, status), () -> repo.unit(projectId, id), "unit", id);
    }

    /** An update that matched no row is a 412 if the row exists (stale version), else a 404. */
    static <T> Mono<T> versioned(Mono<Long> update, Supplier<Mono<T>> reload, String what, UUID id) {
        return update.flatMap(n -> n == 1 ? reload.get()
                        : reload.get().flatMap(existing -> Mono.<T>error(ETags.stale())))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound(what, id)));
    }

    private static String validZone(String zone) {
        try {
            return ZoneId.of(zone).getId();
        } catch (DateTimeException e) {
            throw ApiException.invalidField("timezone", "is not an IANA time zone such as Asia/Shanghai");
        }
    }
}
