package dev.steward.api.identity;

import dev.steward.api.platform.Sql;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class UserRepository {

    private static final String SELECT = """
            select u.id, u.username, u.display_name, u.phone, u.password_hash, u.roles, u.active, u.version, u.created_at,
                   array(select m.project_id from memberships m where m.user_id = u.id order by m.project_id) as project_ids
            from users u
            """;

    private final DatabaseClient db;

    UserRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<User> findByUsername(String username) {
        return db.sql(SELECT + " where u.username = $1").bind(0, username).map(UserRepository::map).one();
    }

    Mono<User> findById(UUID id) {
        return db.sql(SELECT + " where u.id = $1").bind(0, id).map(UserRepository::map).one();
    }

    /** Users visible to the caller: all when {@code visibleProjects} is null, else those sharing a project. */
    Flux<User> list(UUID[] visibleProjects, UUID projectId, String role, String q, Boolean active, String afterUsername, int fetch) {
        var spec = db.sql(SELECT + """
                 where u.id <> $8
                   and not exists (select 1 from api_clients c where c.user_id = u.id)
                   and ($1::uuid[] is null or exists (select 1 from memberships m where m.user_id = u.id and m.project_id = any($1)))
                   and ($2::uuid is null or exists (select 1 from memberships m where m.user_id = u.id and m.project_id = $2))
                   and ($3::text is null or $3 = any(u.roles))
                   and ($4::text is null or u.username ilike '%' || $4 || '%' or u.display_name ilike '%' || $4 || '%')
                   and ($5::text is null or u.username > $5)
                   and ($7::boolean is null or u.active = $7)
                 order by u.username
                 limit $6
                """);
        spec = Sql.bindNullable(spec, 0, visibleProjects, UUID[].class);
        spec = Sql.bindNullable(spec, 1, projectId, UUID.class);
        spec = Sql.bindNullable(spec, 2, role, String.class);
        spec = Sql.bindNullable(spec, 3, q, String.class);
        spec = Sql.bindNullable(spec, 4, afterUsername, String.class);
        spec = Sql.bindNullable(spec, 6, active, Boolean.class);
        return spec.bind(5, fetch).bind(7, Staff.SYSTEM_USER_ID).map(UserRepository::map).all();
    }

    Mono<UUID> insert(String username, String displayName, String phone, String passwordHash, List<String> roles) {
        var spec = db.sql("""
                insert into users (username, display_name, phone, password_hash, roles)
                values ($1, $2, $3, $4, $5) on conflict (username) do nothing returning id
                """)
                .bind(0, username).bind(1, displayName);
        spec = Sql.bindNullable(spec, 2, phone, String.class);
        return spec.bind(3, passwordHash).bind(4, roles.toArray(String[]::new))
                .map((row, meta) -> row.get("id", UUID.class)).one();
    }

    /** Applies the non-null fields if the version still matches; empty when it does not (or no such user). */
    Mono<Long> update(UUID id, long expectedVersion, String displayName, String phone, String passwordHash,
            List<String> roles, Boolean active) {
        var spec = db.sql("""
                update users set display_name = coalesce($3, display_name), phone = coalesce($4, phone),
                       password_hash = coalesce($5, password_hash), roles = coalesce($6, roles),
                       active = coalesce($7, active), version = version + 1, updated_at = now()
                where id = $1 and version = $2
                """)
                .bind(0, id).bind(1, expectedVersion);
        spec = Sql.bindNullable(spec, 2, displayName, String.class);
        spec = Sql.bindNullable(spec, 3, phone, String.class);
        spec = Sql.bindNullable(spec, 4, passwordHash, String.class);
        spec = Sql.bindNullable(spec, 5, roles == null ? null : roles.toArray(String[]::new), String[].class);
        spec = Sql.bindNullable(spec, 6, active, Boolean.class);
        return spec.fetch().rowsUpdated();
    }

    /** Replaces memberships; only existing projects are kept, and the user's version moves on. */
    Mono<Long> replaceMemberships(UUID userId, UUID[] projectIds) {
        return db.sql("delete from memberships where user_id = $1").bind(0, userId).fetch().rowsUpdated()
                .then(db.sql("""
                        insert into memberships (user_id, project_id)
                        select $1, p.id from projects p where p.id = any($2)
                        """).bind(0, userId).bind(1, projectIds).fetch().rowsUpdated())
                .flatMap(n -> db.sql("update users set version = version + 1, updated_at = now() where id = $1")
                        .bind(0, userId).fetch().rowsUpdated().thenReturn(n));
    }

    /** Serializes, until the transaction ends, every change that could leave the system without an administrator. */
    Mono<Void> lockAdministrators() {
        return db.sql("select pg_advisory_xact_lock(hashtext('steward.users.administrators')) is null as locked")
                .map((row, meta) -> true).one().then();
    }

    Mono<Long> countOtherActiveAdmins(UUID id) {
        return db.sql("select count(*) as n from users where active and 'ADMIN' = any(roles) and id <> $1").bind(0, id)
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    /** Sets a new password hash (the user's own change); the version moves on. */
    Mono<Long> updatePassword(UUID id, String passwordHash) {
        return db.sql("update users set password_hash = $2, version = version + 1, updated_at = now() where id = $1 and active")
                .bind(0, id).bind(1, passwordHash).fetch().rowsUpdated();
    }

    Mono<Long> countExistingProjects(UUID[] projectIds) {
        return db.sql("select count(*) as n from projects where id = any($1)").bind(0, projectIds)
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    private static User map(Readable row) {
        return new User(row.get("id", UUID.class), row.get("username", String.class), row.get("display_name", String.class),
                row.get("phone", String.class), row.get("password_hash", String.class),
                List.of(row.get("roles", String[].class)), Boolean.TRUE.equals(row.get("active", Boolean.class)),
                List.of(row.get("project_ids", UUID[].class)), row.get("version", Long.class),
                row.get("created_at", OffsetDateTime.class));
    }
}
