package dev.steward.api.property;

import dev.steward.api.contract.ProjectsApi;
import dev.steward.api.contract.model.BuildingCreateDto;
import dev.steward.api.contract.model.BuildingDto;
import dev.steward.api.contract.model.BuildingPageDto;
import dev.steward.api.contract.model.BuildingUpdateDto;
import dev.steward.api.contract.model.ProjectCreateDto;
import dev.steward.api.contract.model.ProjectDto;
import dev.steward.api.contract.model.ProjectPageDto;
import dev.steward.api.contract.model.ProjectUpdateDto;
import dev.steward.api.contract.model.ResidentCreateDto;
import dev.steward.api.contract.model.ResidentDto;
import dev.steward.api.contract.model.ResidentListDto;
import dev.steward.api.contract.model.ResidentMoveOutDto;
import dev.steward.api.contract.model.ResidentPageDto;
import dev.steward.api.contract.model.ResidentStatusDto;
import dev.steward.api.contract.model.ResidentUpdateDto;
import dev.steward.api.contract.model.UnitCreateDto;
import dev.steward.api.contract.model.UnitDto;
import dev.steward.api.contract.model.UnitPageDto;
import dev.steward.api.contract.model.UnitStatusDto;
import dev.steward.api.contract.model.UnitUpdateDto;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Idempotency;
import dev.steward.api.platform.ProjectScope;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class PropertyController implements ProjectsApi {

    private final PropertyService service;
    private final ProjectScope scope;
    private final Idempotency idempotency;
    private final PropertyMapper mapper;
    private final ResidentService residents;

    PropertyController(PropertyService service, ResidentService residents, ProjectScope scope, Idempotency idempotency,
            PropertyMapper mapper) {
        this.service = service;
        this.residents = residents;
        this.scope = scope;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    @Override
    public Mono<ResponseEntity<ProjectPageDto>> listProjects(Integer limit, String cursor, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.projects(c, limit, cursor))
                .map(p -> ResponseEntity.ok(new ProjectPageDto(p.items().stream().map(mapper::toDto).toList()).nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<ProjectDto>> getProject(UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.project(c, projectId)).map(p -> ok(mapper.toDto(p), p.version()));
    }

    @Override
    public Mono<ResponseEntity<ProjectDto>> createProject(Mono<ProjectCreateDto> body, String key, ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, key, r, ProjectDto.class, () -> scope.current()
                .flatMap(c -> service.createProject(c, r.getCode(), r.getName(), r.getTimezone(), r.getAddress()))
                .map(p -> created("/api/v1/projects/" + p.id(), mapper.toDto(p), p.version()))));
    }

    @Override
    public Mono<ResponseEntity<ProjectDto>> updateProject(UUID projectId, Mono<ProjectUpdateDto> body, String ifMatch,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> service.updateProject(c, projectId, ifMatch, r.getName(),
                r.getTimezone(), r.getAddress(), r.getAfterPhotoRequired()))).map(p -> ok(mapper.toDto(p), p.version()));
    }

    @Override
    public Mono<ResponseEntity<BuildingPageDto>> listBuildings(UUID projectId, Integer limit, String cursor, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.buildings(c, projectId, limit, cursor))
                .map(p -> ResponseEntity.ok(new BuildingPageDto(p.items().stream().map(mapper::toDto).toList()).nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<BuildingDto>> getBuilding(UUID projectId, UUID buildingId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.building(c, projectId, buildingId)).map(b -> ok(mapper.toDto(b), b.version()));
    }

    @Override
    public Mono<ResponseEntity<BuildingDto>> createBuilding(UUID projectId, Mono<BuildingCreateDto> body, String key,
            ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, key, r, BuildingDto.class, () -> scope.current()
                .flatMap(c -> service.createBuilding(c, projectId, r.getCode(), r.getName(), r.getFloors()))
                .map(b -> created("/api/v1/projects/" + projectId + "/buildings/" + b.id(), mapper.toDto(b), b.version()))));
    }

    @Override
    public Mono<ResponseEntity<BuildingDto>> updateBuilding(UUID projectId, UUID buildingId, Mono<BuildingUpdateDto> body,
            String ifMatch, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> service.updateBuilding(c, projectId, buildingId, ifMatch,
                r.getName(), r.getFloors()))).map(b -> ok(mapper.toDto(b), b.version()));
    }

    @Override
    public Mono<ResponseEntity<UnitPageDto>> listUnits(UUID projectId, Integer limit, String cursor, String updatedFrom, UUID buildingId,
            String q, UnitStatusDto status, ServerWebExchange exchange) {
        return scope.current()
                .flatMap(c -> service.units(c, projectId, limit, cursor, updatedFrom, buildingId, q,
                        status == null ? null : status.getValue()))
                .map(p -> ResponseEntity.ok(new UnitPageDto(p.items().stream().map(mapper::toDto).toList()).nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<UnitDto>> getUnit(UUID projectId, UUID unitId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.unit(c, projectId, unitId)).map(u -> ok(mapper.toDto(u), u.version()));
    }

    @Override
    public Mono<ResponseEntity<UnitDto>> createUnit(UUID projectId, Mono<UnitCreateDto> body, String key, ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, key, r, UnitDto.class, () -> scope.current()
                .flatMap(c -> service.createUnit(c, projectId, r.getBuildingId(), r.getNumber(), r.getFloor(), r.getAreaM2(),
                        r.getStatus() == null ? null : r.getStatus().getValue()))
                .map(u -> created("/api/v1/projects/" + projectId + "/units/" + u.id(), mapper.toDto(u), u.version()))));
    }

    @Override
    public Mono<ResponseEntity<UnitDto>> updateUnit(UUID projectId, UUID unitId, Mono<UnitUpdateDto> body, String ifMatch,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> service.updateUnit(c, projectId, unitId, ifMatch, r.getFloor(),
                r.getAreaM2(), r.getStatus() == null ? null : r.getStatus().getValue()))).map(u -> ok(mapper.toDto(u), u.version()));
    }

    @Override
    public Mono<ResponseEntity<ResidentPageDto>> listProjectResidents(UUID projectId, Integer limit, String cursor, String updatedFrom,
            ResidentStatusDto status, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> residents.page(c, projectId, limit, cursor, updatedFrom, status == null ? null : status.getValue()))
                .map(p -> ResponseEntity.ok(new ResidentPageDto(p.items().stream().map(mapper::toDto).toList()).nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<ResidentListDto>> listResidents(UUID projectId, UUID unitId, Integer limit, String cursor,
            ResidentStatusDto status, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> residents.list(c, projectId, unitId, status == null ? null : status.getValue(), limit, cursor))
                .map(p -> ResponseEntity.ok(new ResidentListDto(p.items().stream().map(mapper::toDto).toList()).nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<ResidentDto>> getResident(UUID projectId, UUID unitId, UUID residentId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> residents.get(c, projectId, unitId, residentId))
                .map(r -> ok(mapper.toDto(r), r.version()));
    }

    @Override
    public Mono<ResponseEntity<ResidentDto>> createResident(UUID projectId, UUID unitId, Mono<ResidentCreateDto> body, String key,
            ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, key, r, ResidentDto.class, () -> scope.current()
                .flatMap(c -> residents.create(c, projectId, unitId, r.getName(), r.getPhone(), r.getRelation().getValue(),
                        date("movedInOn", r.getMovedInOn())))
                .map(res -> created("/api/v1/projects/" + projectId + "/units/" + unitId + "/residents/" + res.id(),
                        mapper.toDto(res), res.version()))));
    }

    @Override
    public Mono<ResponseEntity<ResidentDto>> updateResident(UUID projectId, UUID unitId, UUID residentId,
            Mono<ResidentUpdateDto> body, String ifMatch, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> residents.update(c, projectId, unitId, residentId, ifMatch,
                        r.getName(), r.getPhone(), r.getRelation() == null ? null : r.getRelation().getValue(),
                        date("movedInOn", r.getMovedInOn()))))
                .map(r -> ok(mapper.toDto(r), r.version()));
    }

    @Override
    public Mono<ResponseEntity<ResidentDto>> moveOutResident(UUID projectId, UUID unitId, UUID residentId,
            Mono<ResidentMoveOutDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> residents.moveOut(c, projectId, unitId, residentId,
                        date("movedOutOn", r.getMovedOutOn()))))
                .map(r -> ok(mapper.toDto(r), r.version()));
    }

    /** A YYYY-MM-DD that is not a real day (2025-02-30) is a 400 naming the field. */
    private static LocalDate date(String field, String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalidField(field, "is not a calendar date (YYYY-MM-DD)");
        }
    }

    private static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(ETags.of(version)).body(body);
    }

    private static <T> ResponseEntity<T> created(String location, T body, long version) {
        return ResponseEntity.created(URI.create(location)).eTag(ETags.of(version)).body(body);
    }
}
