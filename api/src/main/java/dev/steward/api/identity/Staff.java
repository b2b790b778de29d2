package dev.steward.api.identity;

import dev.steward.api.platform.Role;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** What other features may ask about staff users. */
@Component
public class Staff {

    private final DatabaseClient db;

    Staff(DatabaseClient db) {
        this.db = db;
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
