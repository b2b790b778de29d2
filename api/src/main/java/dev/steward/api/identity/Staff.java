package dev.steward.api.identity;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask about staff users. */
@Component
public class Staff {

    /**
     * The account the server itself acts as (SLA breaches, late key loans). It cannot log in, is never listed or
     * offered as an assignee or borrower, and cannot be changed (409 {@code SYSTEM_USER_READ_ONLY}).
     */
    public static final UUID SYSTEM_USER_ID = UUID.fromString("00000000-0000-0000-0000-000000000001");

    private final DatabaseClient db;

    Staff(DatabaseClient db) {
        this.db = db;
    }

    /** An active staff user who is a member of a project. */
    public record Member(UUID id, String displayName, String phone, Set<Role> roles) {}

    /** The user if they are active and a member of the project; empty otherwise. */
    public Mono<Member> member(UUID userId, UUID projectId) {
        return db.sql("""
                select u.id, u.display_name, u.phone, u.roles from users u join memberships m on m.user_id = u.id
                where u.id = $1 and m.project_id = $2 and u.active
                """)
                .bind(0, userId).bind(1, projectId)
                .map((row, meta) -> new Member(row.get("id", UUID.class), row.get("display_name", String.class),
                        row.get("phone", String.class), Caller.roles(List.of(row.get("roles", String[].class)))))
                .one();
    }

    /** Whether the user is active, has the role and is a member of the project. */
    public Mono<Boolean> isActiveMember(UUID userId, UUID projectId, Role role) {
        return db.sql("""
                select exists (select 1 from users u join memberships m on m.user_id = u.id
                               where u.id = $1 and m.project_id = $2 and u.active and $3 = any(u.roles)) as found
                """)
                .bind(0, userId).bind(1, projectId).bind(2, role.name())
                .map((row, meta) -> Boolean.TRUE.equals(row.get("found", Boolean.class)))
                .one();
    }
}
