package dev.steward.api.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The client credentials grant's rules: the secret checked against the client's valid secrets (constant-time
 * comparison of SHA-256 hashes), failures throttled like password logins (per client id and address), the scope
 * narrowed to what was asked for, the last use recorded.
 */
@Service
class ClientTokens {

    record Credentials(UUID clientId, String secret) {}

    record Granted(TokenService.IssuedToken token, String scope) {}

    private final ApiClientRepository clients;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final Clock clock;

    ClientTokens(ApiClientRepository clients, TokenService tokens, LoginThrottle throttle, Clock clock) {
        this.clients = clients;
        this.tokens = tokens;
        this.throttle = throttle;
        this.clock = clock;
    }

    Mono<Granted> issue(Credentials credentials, String scope, String address) {
        String who = "client:" + credentials.clientId();
        String hash = ClientSecrets.hash(credentials.secret());
        return throttle.check(who, address)
                .then(clients.findById(credentials.clientId()))
                .filter(ApiClient::active)
                .flatMap(c -> {
                    Instant now = clock.instant();
                    // Every valid secret is compared (no early exit), each in constant time.
                    ApiClient.Secret match = null;
                    for (ApiClient.Secret s : c.secrets()) {
                        boolean valid = s.expiresAt() == null || now.isBefore(s.expiresAt().toInstant());
                        if (ClientSecrets.sameHash(hash, s.hash()) && valid) {
                            match = s;
                        }
                    }
                    if (match == null) {
                        return Mono.empty();
                    }
                    ApiClient.Secret secret = match;
                    return throttle.succeeded(who, address)
                            .then(Mono.defer(() -> {
                                String granted = granted(c.scopes(), scope);
                                return clients.used(c.id()).then(Mono.fromCallable(() -> new Granted(tokens.issueClient(c.id(),
                                        c.userId(), c.name(), granted, secret.id(),
                                        secret.expiresAt() == null ? null : secret.expiresAt().toInstant()), granted))
                                        // signing and the token id's random UUID: off the event loop
                                        .subscribeOn(Schedulers.boundedElastic()));
                            }));
                })
                .switchIfEmpty(Mono.defer(() -> throttle.failed(who, address)
                        .then(Mono.error(OAuthProblem.invalidClient("Unknown client, revoked client or wrong secret.")))));
    }

    /** The scopes asked for (all the client's when none), each one the client holds; else {@code invalid_scope}. */
    static String granted(List<String> clientScopes, String requested) {
        if (requested == null || requested.isBlank()) {
            return ClientScopes.format(clientScopes);
        }
        Set<String> asked = new LinkedHashSet<>(List.of(requested.strip().split(" +")));
        for (String s : asked) {
            if (!clientScopes.contains(s)) {
                throw OAuthProblem.invalidScope(s.length() > 60 ? s.substring(0, 60) : s);
            }
        }
        return ClientScopes.format(asked);
    }
}
