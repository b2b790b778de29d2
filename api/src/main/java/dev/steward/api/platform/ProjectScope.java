package dev.steward.api.platform;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The one place that decides which projects a caller may see. Memberships are read from the
 * database on every request, so removing a membership or deactivating a user takes effect at
 * once, not when the token expires. ADMIN sees every project.
 */
@Component
public class ProjectScope {

    private final DatabaseClient db;

    public ProjectScope(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Caller> current() {
        return ReactiveSecurityContextHolder.getContext()
                .map(ctx -> ctx.getAuthentication())
                .filter(JwtAuthenticationToken.class::isInstance)
                .cast(JwtAuthenticationToken.class)
                .switchIfEmpty(Mono.error(() -> ApiException.unauthorized("UNAUTHENTICATED", "Log in first.")))
                .flatMap(auth -> resolve(auth.getToken()));
    }

    private Mono<Caller> resolve(Jwt jwt) {
        UUID userId;
        try {
            userId = UUID.fromString(jwt.getSubject());
        } catch (IllegalArgumentException e) {
            return Mono.error(ApiException.unauthorized("INVALID_TOKEN", "The token's subject is not a Steward user."));
        }
        return db.sql("""
                select u.username, u.roles,
                       case when 'ADMIN' = any(u.roles) then array(select id from projects)
                            else array(select m.project_id from memberships m where m.user_id = u.id) end as project_ids
                from users u where u.id = $1 and u.active
                """)
                .bind(0, userId)
                .map((row, meta) -> new Caller(userId, row.get("username", String.class),
                        Caller.roles(List.of(row.get("roles", String[].class))),
                        toSet(row.get("project_ids", UUID[].class))))
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.unauthorized("USER_INACTIVE",
                        "This account no longer exists or has been deactivated.")));
    }

    private static Set<UUID> toSet(UUID[] ids) {
        return ids == null ? Set.of() : Set.copyOf(new HashSet<>(List.of(ids)));
    }
}
