package dev.steward.api.files;

import dev.steward.api.platform.Sql;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The files' metadata. Rows are only inserted (a trigger refuses updates and deletes). Every read is bounded by project. */
@Repository
class FileRepository {

    private static final String SELECT = """
            select f.*, u.display_name as uploaded_by_name from files f join users u on u.id = f.uploaded_by
            """;

    /** A row to insert, after its bytes are stored. */
    record NewFile(UUID id, UUID projectId, OwnerType ownerType, UUID ownerId, String kind, String stage, String fileName,
            String contentType, long size, String sha256, Integer width, Integer height, String storageKey, String thumbnailKey,
            UUID uploadedBy) {}

    private final DatabaseClient db;

    FileRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(NewFile f) {
        GenericExecuteSpec spec = db.sql("""
                insert into files (id, project_id, owner_type, owner_id, kind, stage, file_name, content_type, size_bytes, sha256,
                                   width, height, storage_key, thumbnail_key, uploaded_by)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
                """)
                .bind(0, f.id()).bind(1, f.projectId()).bind(2, f.ownerType().name()).bind(3, f.ownerId()).bind(4, f.kind())
                .bind(5, f.stage()).bind(6, f.fileName()).bind(7, f.contentType()).bind(8, f.size()).bind(9, f.sha256());
        spec = Sql.bindNullable(spec, 10, f.width(), Integer.class);
        spec = Sql.bindNullable(spec, 11, f.height(), Integer.class);
        spec = spec.bind(12, f.storageKey());
        spec = Sql.bindNullable(spec, 13, f.thumbnailKey(), String.class);
        return spec.bind(14, f.uploadedBy()).fetch().rowsUpdated().then();
    }

    /** Serialises uploads to one owner until the transaction ends (the count limit and the timeline's order). */
    Mono<Long> lockOwnerAndCount(UUID projectId, OwnerType type, UUID ownerId) {
        return db.sql("select pg_advisory_xact_lock(hashtextextended($1, 11))")
                .bind(0, type.name() + ":" + ownerId)
                .fetch().rowsUpdated()
                .then(db.sql("select count(*) as n from files where project_id = $1 and owner_type = $2 and owner_id = $3")
                        .bind(0, projectId).bind(1, type.name()).bind(2, ownerId)
                        .map((row, meta) -> row.get("n", Long.class)).one());
    }

    Flux<StoredFile> byOwner(UUID projectId, OwnerType type, UUID ownerId) {
        return db.sql(SELECT + " where f.project_id = $1 and f.owner_type = $2 and f.owner_id = $3 order by f.seq limit 200")
                .bind(0, projectId).bind(1, type.name()).bind(2, ownerId).map(FileRepository::toFile).all();
    }

    /** The files of several owners of one type (a report listing each finding's photos), in upload order. */
    Flux<StoredFile> byOwners(UUID projectId, OwnerType type, UUID[] ownerIds) {
        return db.sql(SELECT + " where f.project_id = $1 and f.owner_type = $2 and f.owner_id = any($3) order by f.seq limit 5000")
                .bind(0, projectId).bind(1, type.name()).bind(2, ownerIds).map(FileRepository::toFile).all();
    }

    Flux<StoredFile> byIds(UUID projectId, List<UUID> ids) {
        return db.sql(SELECT + " where f.project_id = $1 and f.id = any($2) order by f.seq")
                .bind(0, projectId).bind(1, ids.toArray(UUID[]::new)).map(FileRepository::toFile).all();
    }

    Mono<StoredFile> find(UUID[] projectIds, UUID id) {
        return db.sql(SELECT + " where f.project_id = any($1) and f.id = $2").bind(0, projectIds).bind(1, id)
                .map(FileRepository::toFile).one();
    }

    Mono<Boolean> hasPhoto(UUID projectId, String ownerType, UUID ownerId, String stage) {
        return db.sql("""
                select exists (select 1 from files where project_id = $1 and owner_type = $2 and owner_id = $3
                               and stage = $4 and kind = 'PHOTO') as found
                """)
                .bind(0, projectId).bind(1, ownerType).bind(2, ownerId).bind(3, stage)
                .map((row, meta) -> Boolean.TRUE.equals(row.get("found", Boolean.class))).one();
    }

    /** Of these storage keys, the ones no row names (bytes or thumbnails). */
    Flux<String> unreferenced(List<String> keys) {
        return db.sql("""
                select k from unnest($1::text[]) as k
                where not exists (select 1 from files where storage_key = k)
                  and not exists (select 1 from files where thumbnail_key = k)
                """)
                .bind(0, keys.toArray(String[]::new)).map((row, meta) -> row.get("k", String.class)).all();
    }

    private static StoredFile toFile(Readable r) {
        return new StoredFile(r.get("id", UUID.class), r.get("project_id", UUID.class), OwnerType.valueOf(r.get("owner_type", String.class)),
                r.get("owner_id", UUID.class), r.get("kind", String.class), r.get("stage", String.class), r.get("file_name", String.class),
                r.get("content_type", String.class), r.get("size_bytes", Long.class), r.get("sha256", String.class),
                r.get("width", Integer.class), r.get("height", Integer.class), r.get("storage_key", String.class),
                r.get("thumbnail_key", String.class), r.get("uploaded_by", UUID.class), r.get("uploaded_by_name", String.class),
                r.get("created_at", OffsetDateTime.class));
    }
}
