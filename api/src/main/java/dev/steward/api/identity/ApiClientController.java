package dev.steward.api.identity;

import dev.steward.api.contract.ApiClientsApi;
import dev.steward.api.contract.model.ApiClientCreateDto;
import dev.steward.api.contract.model.ApiClientCredentialsDto;
import dev.steward.api.contract.model.ApiClientDto;
import dev.steward.api.contract.model.ApiClientPageDto;
import dev.steward.api.contract.model.ApiClientRotationDto;
import dev.steward.api.contract.model.ApiClientScopeDto;
import dev.steward.api.contract.model.ApiClientSecretInfoDto;
import dev.steward.api.contract.model.ApiClientStatusDto;
import dev.steward.api.contract.model.ApiClientUpdateDto;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.ProjectScope;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class ApiClientController implements ApiClientsApi {

    private final ApiClientService service;
    private final ProjectScope scope;

    ApiClientController(ApiClientService service, ProjectScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @Override
    public Mono<ResponseEntity<ApiClientPageDto>> listApiClients(Integer limit, String cursor, ApiClientStatusDto status,
            ServerWebExchange exchange) {
        return scope.current()
                .flatMap(c -> service.list(c, limit, cursor, status == null ? null : status.getValue()))
                .map(p -> ResponseEntity.ok(new ApiClientPageDto().items(p.items().stream().map(ApiClientController::toDto).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<ApiClientCredentialsDto>> createApiClient(Mono<ApiClientCreateDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> service.create(c, r.getName(), List.copyOf(r.getProjectIds()),
                        scopes(r.getScopes()))))
                .map(w -> ResponseEntity.created(URI.create("/api/v1/api-clients/" + w.client().id()))
                        .eTag(ETags.of(w.client().version())).body(credentials(w)));
    }

    @Override
    public Mono<ResponseEntity<ApiClientDto>> getApiClient(UUID apiClientId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.get(c, apiClientId)).map(ApiClientController::ok);
    }

    @Override
    public Mono<ResponseEntity<ApiClientDto>> updateApiClient(UUID apiClientId, Mono<ApiClientUpdateDto> body, String ifMatch,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> service.update(c, apiClientId, ifMatch, r.getName(),
                        r.getProjectIds() == null ? null : List.copyOf(r.getProjectIds()), scopes(r.getScopes()))))
                .map(ApiClientController::ok);
    }

    @Override
    public Mono<ResponseEntity<ApiClientCredentialsDto>> rotateApiClientSecret(UUID apiClientId, Mono<ApiClientRotationDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> service.rotate(c, apiClientId, r.getGraceMinutes())))
                .map(w -> ResponseEntity.status(HttpStatus.CREATED).eTag(ETags.of(w.client().version())).body(credentials(w)));
    }

    @Override
    public Mono<ResponseEntity<ApiClientDto>> revokeApiClient(UUID apiClientId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.revoke(c, apiClientId)).map(ApiClientController::ok);
    }

    private static List<String> scopes(java.util.Collection<ApiClientScopeDto> scopes) {
        return scopes == null ? null : scopes.stream().map(ApiClientScopeDto::getValue).toList();
    }

    private static ResponseEntity<ApiClientDto> ok(ApiClient c) {
        return ResponseEntity.ok().eTag(ETags.of(c.version())).body(toDto(c));
    }

    private static ApiClientCredentialsDto credentials(ApiClientService.WithSecret w) {
        return new ApiClientCredentialsDto().clientId(w.client().id()).clientSecret(w.secret()).client(toDto(w.client()));
    }

    static ApiClientDto toDto(ApiClient c) {
        List<ApiClientSecretInfoDto> secrets = c.secrets().stream()
                .map(s -> new ApiClientSecretInfoDto().id(s.id()).prefix(s.shown()).createdAt(s.createdAt()).expiresAt(s.expiresAt()))
                .toList();
        return new ApiClientDto().id(c.id()).name(c.name())
                .status(c.active() ? ApiClientStatusDto.ACTIVE : ApiClientStatusDto.REVOKED)
                .scopes(c.scopes().stream().map(ApiClientScopeDto::fromValue).toList())
                .projectIds(c.projectIds()).userId(c.userId()).secrets(secrets)
                .lastUsedAt(c.lastUsedAt()).revokedAt(c.revokedAt()).version(c.version()).createdAt(c.createdAt());
    }
}
