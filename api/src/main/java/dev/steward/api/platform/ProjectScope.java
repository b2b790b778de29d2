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
 * The one place that decides which projects a caller may see. ADMIN sees every project. A user's roles and
 * memberships are read from the database once and kept until they change ({@link AnnouncedCache}, topic
 * {@code access}: V25's triggers on users, memberships and projects announce every change to every instance), so
 * removing a membership or deactivating a user takes effect at once, not when the token expires.
 */
@Component
public class ProjectScope {

    private final DatabaseClient db;
    private final AnnouncedCache<UUID, Caller> callers;

    public ProjectScope(DatabaseClient db, EventStream events) {
        this.db = db;
        this.callers = new AnnouncedCache<>(events, "access", UUID::fromString, 50_000);
    }

    /**
     * Drops what this instance keeps of a user whose access this instance is changing, so its own next request sees
     * the change without waiting for the database's announcement (which follows at commit).
     */
    public void accessChanged(UUID userId) {
        callers.forget(userId);
    }

    /** Drops everything kept (a project was added: ADMINs see it from their next request). */
    public void projectsChanged() {
        callers.forgetAll();
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
        return callers.get(userId, this::load);
    }

    private Mono<Caller> load(UUID userId) {
        return db.sql("""
                select u.username, u.roles, exists (select 1 from api_clients c where c.user_id = u.id) as api_client,
                       case when 'ADMIN' = any(u.roles) then array(select id from projects)
                            else array(select m.project_id from memberships m where m.user_id = u.id) end as project_ids
                from users u where u.id = $1 and u.active
                """)
                .bind(0, userId)
                .map((row, meta) -> new Caller(userId, row.get("username", String.class),
                        Caller.roles(List.of(row.get("roles", String[].class))),
                        toSet(row.get("project_ids", UUID[].class)), Boolean.TRUE.equals(row.get("api_client", Boolean.class))))
                .one()
                .switchIfEmpty(Mono.error(() -> ApiException.unauthorized("USER_INACTIVE",
                        "This account no longer exists or has been deactivated.")));
    }

    private static Set<UUID> toSet(UUID[] ids) {
        return ids == null ? Set.of() : Set.copyOf(new HashSet<>(List.of(ids)));
    }
}
