package dev.steward.api.identity;

import dev.steward.api.platform.Sql;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** API clients, their system users and secrets. Secrets listed are the ones valid now (current, or in their grace). */
@Repository
class ApiClientRepository {

    private static final String VALID = "s.client_id = c.id and (s.expires_at is null or s.expires_at > now()) order by s.created_at desc";
    private static final String SELECT = """
            select c.id, c.user_id, c.name, c.scopes, c.last_used_at, c.revoked_at, c.version, c.created_at,
                   array(select m.project_id from memberships m where m.user_id = c.user_id order by m.project_id) as project_ids,
                   array(select s.id from api_client_secrets s where %1$s) as secret_ids,
                   array(select s.secret_hash from api_client_secrets s where %1$s) as secret_hashes,
                   array(select s.prefix from api_client_secrets s where %1$s) as secret_prefixes,
                   array(select s.created_at from api_client_secrets s where %1$s) as secret_created,
                   array(select s.expires_at from api_client_secrets s where %1$s) as secret_expires
            from api_clients c
            """.formatted(VALID);

    private final DatabaseClient db;

    ApiClientRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<ApiClient> findById(UUID id) {
        return db.sql(SELECT + " where c.id = $1").bind(0, id).map(ApiClientRepository::map).one();
    }

    Mono<ApiClient> findByUserId(UUID userId) {
        return db.sql(SELECT + " where c.user_id = $1").bind(0, userId).map(ApiClientRepository::map).one();
    }

    /** Whether this user is an API client's system user (those never log in with a password). */
    Mono<Boolean> isClientUser(UUID userId) {
        return db.sql("select exists (select 1 from api_clients where user_id = $1) as found").bind(0, userId)
                .map((row, meta) -> row.get("found", Boolean.class)).one();
    }

    /** Locks the client's row for the rest of the transaction (rotations and revocations take turns). */
    Mono<ApiClient> lock(UUID id) {
        return db.sql("select id from api_clients where id = $1 for update").bind(0, id).fetch().first()
                .flatMap(row -> findById(id));
    }

    /** Newest first; {@code active} null: all. */
    Flux<ApiClient> list(Boolean active, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        var spec = db.sql(SELECT + """
                 where ($1::boolean is null or (c.revoked_at is null) = $1)
                   and ($2::timestamptz is null or (c.created_at, c.id) < ($2, $3))
                 order by c.created_at desc, c.id desc
                 limit $4
                """);
        spec = Sql.bindNullable(spec, 0, active, Boolean.class);
        spec = Sql.bindNullable(spec, 1, afterCreated, OffsetDateTime.class);
        spec = Sql.bindNullable(spec, 2, afterId, UUID.class);
        return spec.bind(3, fetch).map(ApiClientRepository::map).all();
    }

    /** The client's system user: role INTEGRATION, named like the client, a password nobody knows. */
    Mono<UUID> insertUser(String name, String unusablePassword) {
        return db.sql("""
                insert into users (username, display_name, password_hash, roles)
                values ('client-' || replace(gen_random_uuid()::text, '-', ''), $1, $2, '{INTEGRATION}') returning id
                """)
                .bind(0, name).bind(1, unusablePassword)
                .map((row, meta) -> row.get("id", UUID.class)).one();
    }

    Mono<UUID> insert(UUID userId, String name, List<String> scopes, UUID createdBy) {
        return db.sql("insert into api_clients (user_id, name, scopes, created_by) values ($1, $2, $3, $4) returning id")
                .bind(0, userId).bind(1, name).bind(2, scopes.toArray(String[]::new)).bind(3, createdBy)
                .map((row, meta) -> row.get("id", UUID.class)).one();
    }

    Mono<Long> replaceMemberships(UUID userId, List<UUID> projectIds) {
        return db.sql("delete from memberships where user_id = $1 and not (project_id = any($2))")
                .bind(0, userId).bind(1, projectIds.toArray(UUID[]::new)).fetch().rowsUpdated()
                .then(db.sql("""
                        insert into memberships (user_id, project_id) select $1, unnest($2::uuid[]) on conflict do nothing
                        """).bind(0, userId).bind(1, projectIds.toArray(UUID[]::new)).fetch().rowsUpdated());
    }

    /** How many of these ids are projects. */
    Mono<Long> countProjects(List<UUID> projectIds) {
        return db.sql("select count(*) as n from projects where id = any($1)").bind(0, projectIds.toArray(UUID[]::new))
                .map((row, meta) -> row.get("n", Long.class)).one();
    }

    /** Applies the non-null fields if the version still matches; false when it does not. */
    Mono<Boolean> update(UUID id, long expectedVersion, String name, List<String> scopes) {
        var spec = db.sql("""
                update api_clients set name = coalesce($3, name), scopes = coalesce($4, scopes), version = version + 1,
                       updated_at = now()
                where id = $1 and version = $2
                """).bind(0, id).bind(1, expectedVersion);
        spec = Sql.bindNullable(spec, 2, name, String.class);
        spec = Sql.bindNullable(spec, 3, scopes == null ? null : scopes.toArray(String[]::new), String[].class);
        return spec.fetch().rowsUpdated().map(n -> n == 1);
    }

    Mono<Long> renameUser(UUID userId, String name) {
        return db.sql("update users set display_name = $2, version = version + 1, updated_at = now() where id = $1")
                .bind(0, userId).bind(1, name).fetch().rowsUpdated();
    }

    Mono<Long> touchVersion(UUID id) {
        return db.sql("update api_clients set version = version + 1, updated_at = now() where id = $1").bind(0, id)
                .fetch().rowsUpdated();
    }

    /**
     * Rotation: secrets already in a grace period end now, the current one gets its grace period, the new one becomes
     * current. Runs under {@link #lock}.
     */
    Mono<Long> rotate(UUID clientId, int graceMinutes, String hash, String shown) {
        return db.sql("""
                        update api_client_secrets set expires_at = now()
                        where client_id = $1 and expires_at is not null and expires_at > now()
                        """).bind(0, clientId).fetch().rowsUpdated()
                .then(db.sql("""
                        update api_client_secrets set expires_at = now() + make_interval(mins => $2)
                        where client_id = $1 and expires_at is null
                        """).bind(0, clientId).bind(1, graceMinutes).fetch().rowsUpdated())
                .then(insertSecret(clientId, hash, shown));
    }

    Mono<Long> insertSecret(UUID clientId, String hash, String shown) {
        return db.sql("insert into api_client_secrets (client_id, secret_hash, prefix) values ($1, $2, $3)")
                .bind(0, clientId).bind(1, hash).bind(2, shown).fetch().rowsUpdated();
    }

    /** Revocation: the client, its secrets and its system user end now. Runs under {@link #lock}. */
    Mono<Long> revoke(UUID clientId, UUID userId) {
        return db.sql("update api_clients set revoked_at = now(), version = version + 1, updated_at = now() where id = $1")
                .bind(0, clientId).fetch().rowsUpdated()
                .then(db.sql("""
                        update api_client_secrets set expires_at = now()
                        where client_id = $1 and (expires_at is null or expires_at > now())
                        """).bind(0, clientId).fetch().rowsUpdated())
                .then(db.sql("update users set active = false, version = version + 1, updated_at = now() where id = $1")
                        .bind(0, userId).fetch().rowsUpdated());
    }

    /** Records the last use, at most once a minute (a busy client does not write on every token). */
    Mono<Long> used(UUID clientId) {
        return db.sql("""
                update api_clients set last_used_at = now()
                where id = $1 and (last_used_at is null or last_used_at < now() - interval '1 minute')
                """).bind(0, clientId).fetch().rowsUpdated();
    }

    private static ApiClient map(Readable r) {
        UUID[] ids = r.get("secret_ids", UUID[].class);
        String[] hashes = r.get("secret_hashes", String[].class);
        String[] prefixes = r.get("secret_prefixes", String[].class);
        OffsetDateTime[] created = r.get("secret_created", OffsetDateTime[].class);
        OffsetDateTime[] expires = r.get("secret_expires", OffsetDateTime[].class);
        List<ApiClient.Secret> secrets = new ArrayList<>();
        for (int i = 0; ids != null && i < ids.length; i++) {
            secrets.add(new ApiClient.Secret(ids[i], hashes[i], prefixes[i], created[i], expires[i]));
        }
        UUID[] projects = r.get("project_ids", UUID[].class);
        return new ApiClient(r.get("id", UUID.class), r.get("user_id", UUID.class), r.get("name", String.class),
                List.of(r.get("scopes", String[].class)), projects == null ? List.of() : Arrays.asList(projects),
                List.copyOf(secrets), r.get("last_used_at", OffsetDateTime.class), r.get("revoked_at", OffsetDateTime.class),
                r.get("version", Long.class), r.get("created_at", OffsetDateTime.class));
    }
}
