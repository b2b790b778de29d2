package dev.steward.api.identity;

import dev.steward.api.contract.IdentityApi;
import dev.steward.api.contract.model.MeDto;
import dev.steward.api.contract.model.MembershipsUpdateDto;
import dev.steward.api.contract.model.PasswordChangeDto;
import dev.steward.api.contract.model.ProjectRefDto;
import dev.steward.api.contract.model.RoleDto;
import dev.steward.api.contract.model.UserCreateDto;
import dev.steward.api.contract.model.UserDto;
import dev.steward.api.contract.model.UserPageDto;
import dev.steward.api.contract.model.UserUpdateDto;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Idempotency;
import dev.steward.api.platform.ProjectScope;
import dev.steward.api.platform.Role;
import dev.steward.api.property.Projects;
import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class IdentityController implements IdentityApi {

    private final UserService users;
    private final ProjectScope scope;
    private final Projects projects;
    private final Idempotency idempotency;
    private final UserMapper mapper;
    private final OwnPasswordService ownPassword;

    IdentityController(UserService users, ProjectScope scope, Projects projects, Idempotency idempotency, UserMapper mapper,
            OwnPasswordService ownPassword) {
        this.users = users;
        this.ownPassword = ownPassword;
        this.scope = scope;
        this.projects = projects;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    @Override
    public Mono<ResponseEntity<MeDto>> getMe(ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> users.get(caller, caller.userId())
                .zipWith(projects.summaries(caller.projectIds()).map(p -> new ProjectRefDto(p.id(), p.code(), p.name(), p.timezone())).collectList())
                .map(t -> ResponseEntity.ok(new MeDto(caller.userId(), t.getT1().username(), t.getT1().displayName(),
                        roles(t.getT1().roles()), t.getT2()))));
    }

    @Override
    public Mono<ResponseEntity<UserPageDto>> listUsers(Integer limit, String cursor, UUID projectId, RoleDto role, String q,
            Boolean active, ServerWebExchange exchange) {
        return scope.current()
                .flatMap(caller -> users.list(caller, limit, cursor, projectId, role == null ? null : Role.valueOf(role.getValue()), q, active))
                .map(page -> ResponseEntity.ok(new UserPageDto(page.items().stream().map(mapper::toDto).toList())
                        .nextCursor(page.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<Void>> changeMyPassword(Mono<PasswordChangeDto> body, ServerWebExchange exchange) {
        return body.flatMap(req -> scope.current().flatMap(caller -> ownPassword.change(caller, req.getCurrentPassword(),
                req.getNewPassword()))).then(Mono.fromSupplier(() -> ResponseEntity.noContent().build()));
    }

    @Override
    public Mono<ResponseEntity<UserDto>> getUser(UUID userId, ServerWebExchange exchange) {
        return scope.current().flatMap(caller -> users.get(caller, userId)).map(this::ok);
    }

    @Override
    public Mono<ResponseEntity<UserDto>> createUser(Mono<UserCreateDto> body, String idempotencyKey, ServerWebExchange exchange) {
        return body.flatMap(req -> idempotency.create(exchange, idempotencyKey, req, UserDto.class, () -> scope.current()
                .flatMap(caller -> users.create(caller, req.getUsername(), req.getDisplayName(), req.getPhone(), req.getPassword(),
                        names(req.getRoles()), req.getProjectIds() == null ? null : List.copyOf(req.getProjectIds())))
                .map(u -> ResponseEntity.created(URI.create("/api/v1/users/" + u.id())).eTag(ETags.of(u.version()))
                        .body(mapper.toDto(u)))));
    }

    @Override
    public Mono<ResponseEntity<UserDto>> updateUser(UUID userId, Mono<UserUpdateDto> body, String ifMatch, ServerWebExchange exchange) {
        return body.flatMap(req -> scope.current().flatMap(caller -> users.update(caller, userId, ifMatch, req.getDisplayName(),
                req.getPhone(), req.getPassword(), req.getRoles() == null ? null : names(req.getRoles()), req.getActive())))
                .map(this::ok);
    }

    @Override
    public Mono<ResponseEntity<UserDto>> replaceUserMemberships(UUID userId, Mono<MembershipsUpdateDto> body, ServerWebExchange exchange) {
        return body.flatMap(req -> scope.current().flatMap(caller -> users.replaceMemberships(caller, userId, List.copyOf(req.getProjectIds()))))
                .map(this::ok);
    }

    private ResponseEntity<UserDto> ok(User u) {
        return ResponseEntity.ok().eTag(ETags.of(u.version())).body(mapper.toDto(u));
    }

    private static List<String> names(Collection<RoleDto> roles) {
        return roles.stream().map(RoleDto::getValue).distinct().toList();
    }

    private static List<RoleDto> roles(List<String> names) {
        return names.stream().map(RoleDto::fromValue).toList();
    }
}
