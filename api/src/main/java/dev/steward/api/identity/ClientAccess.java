package dev.steward.api.identity;

import dev.steward.api.platform.AnnouncedCache;
import dev.steward.api.platform.EventStream;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What an API client may do now, read per request: whether it is revoked, its scopes and which secrets are still
 * valid. Kept per instance until the database announces a change (V26's triggers announce changes to clients and
 * secrets as {@code access:<user id>}, like V25 does for users), so revocation, a scope taken away and a secret ended
 * early are refused at the next request on every instance, while tokens already issued stay cheap to check.
 */
@Component
class ClientAccess {

    /** {@code secrets}: id → the end of its validity (empty: the current secret, no end). */
    record State(UUID clientId, boolean active, Set<String> scopes, Map<UUID, Optional<Instant>> secrets) {

        boolean secretValid(UUID secretId, Instant now) {
            Optional<Instant> until = secrets.get(secretId);
            return until != null && until.map(now::isBefore).orElse(true);
        }
    }

    private final ApiClientRepository clients;
    private final AnnouncedCache<UUID, State> states;

    ClientAccess(ApiClientRepository clients, EventStream events) {
        this.clients = clients;
        this.states = new AnnouncedCache<>(events, "access", UUID::fromString, 10_000);
    }

    /** The state of the client whose system user this is; empty if the user is not an API client's. */
    Mono<State> of(UUID userId) {
        return states.get(userId, id -> clients.findByUserId(id).map(ClientAccess::state));
    }

    /** Drops this instance's copy now, for a change this instance makes (the announcement follows at commit). */
    void changed(UUID userId) {
        states.forget(userId);
    }

    static State state(ApiClient c) {
        return new State(c.id(), c.active(), Set.copyOf(c.scopes()), c.secrets().stream().collect(Collectors.toUnmodifiableMap(
                ApiClient.Secret::id, s -> Optional.ofNullable(s.expiresAt()).map(OffsetDateTime::toInstant))));
    }
}
