package dev.steward.api.identity;

import dev.steward.api.platform.ProblemWriter;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs in the security chain after authorization, for API clients' tokens only (they carry {@code client_id}):
 * the client must still be active and the token's secret still valid (read per request through {@link ClientAccess},
 * so a revocation counts at once), and the operation's scope ({@link ClientScopes}) must be both in the token and
 * still granted to the client. Staff tokens pass untouched.
 */
final class ClientScopeFilter implements WebFilter {

    private final ClientAccess access;
    private final ProblemWriter problems;
    private final JsonMapper json;
    private final Clock clock;

    ClientScopeFilter(ClientAccess access, ProblemWriter problems, JsonMapper json, Clock clock) {
        this.access = access;
        this.problems = problems;
        this.json = json;
        this.clock = clock;
    }

    static boolean isClientToken(Jwt jwt) {
        return jwt.hasClaim(TokenService.CLIENT_ID);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (ClientCredentialsEndpoint.PATH.equals(path) || !(path.startsWith("/api/") || path.startsWith("/actuator/"))) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .map(SecurityContext::getAuthentication)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(a -> ((JwtAuthenticationToken) a).getToken())
                .filter(ClientScopeFilter::isClientToken)
                .flatMap(jwt -> refusal(exchange, jwt))
                .defaultIfEmpty(Optional.empty()) // not an API client: nothing to refuse here
                .flatMap(refused -> refused.isPresent() ? refused.get().write(exchange, problems, json) : chain.filter(exchange));
    }

    /** Why this client's request is refused; empty when it may go on. */
    private Mono<Optional<OAuthProblem>> refusal(ServerWebExchange exchange, Jwt jwt) {
        UUID userId;
        UUID secretId;
        try {
            userId = UUID.fromString(jwt.getSubject());
            secretId = UUID.fromString(jwt.getClaimAsString(TokenService.SECRET_ID));
        } catch (RuntimeException e) {
            return Mono.just(Optional.of(OAuthProblem.invalidToken("INVALID_TOKEN", "The token is not a valid API client token.")));
        }
        return access.of(userId)
                .map(state -> Optional.ofNullable(decide(exchange, jwt, secretId, state)))
                .defaultIfEmpty(Optional.of(OAuthProblem.invalidToken("API_CLIENT_REVOKED", "This API client no longer exists.")));
    }

    private OAuthProblem decide(ServerWebExchange exchange, Jwt jwt, UUID secretId, ClientAccess.State state) {
        if (!state.active()) {
            return OAuthProblem.invalidToken("API_CLIENT_REVOKED", "This API client has been revoked.");
        }
        if (!state.secretValid(secretId, clock.instant())) {
            return OAuthProblem.invalidToken("INVALID_TOKEN",
                    "The secret this token was obtained with has expired or been replaced. Get a new token.");
        }
        ClientScopes.Requirement need = ClientScopes.required(exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value());
        return switch (need.kind()) {
            case OPEN -> null;
            case REFUSED -> OAuthProblem.notForClients(need.scope());
            case SCOPE -> has(jwt, state.scopes(), need.scope()) ? null : OAuthProblem.insufficientScope(need.scope());
        };
    }

    /** In the token (as granted then) and still granted to the client (a scope taken away counts at once). */
    private static boolean has(Jwt jwt, Set<String> clientScopes, String scope) {
        String claim = jwt.getClaimAsString(TokenService.SCOPE);
        List<String> inToken = claim == null ? List.of() : List.of(claim.split(" "));
        return ClientScopes.effective(inToken).contains(scope) && ClientScopes.effective(clientScopes).contains(scope);
    }
}
