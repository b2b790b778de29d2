package dev.steward.api.key;

import dev.steward.api.files.AttachmentOwner;
import dev.steward.api.files.OwnerType;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import dev.steward.api.platform.Sql;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Key deposits as owners of files: the owner's signed authorization (委托书), scanned or photographed. It carries
 * the owner's signature and contact, so only the roles that read the whole key ledger see it (ADMIN, MANAGER,
 * KEY_CUSTODIAN, AGENT, INTEGRATION); ADMIN, MANAGER and KEY_CUSTODIAN attach. A deposit of another project, or
 * not of the key in the path, is a 404.
 */
@Component
class KeyDepositAttachments implements AttachmentOwner {

    private final DatabaseClient db;

    KeyDepositAttachments(DatabaseClient db) {
        this.db = db;
    }

    @Override
    public OwnerType type() {
        return OwnerType.KEY_DEPOSIT;
    }

    @Override
    public Mono<UUID> readable(Caller caller, UUID keyId, UUID depositId) {
        if (!caller.seesAllKeys()) {
            return Mono.error(notFound(depositId));
        }
        return Sql.bindNullable(db.sql("select project_id from key_deposits where id = $1 and project_id = any($2) and ($3::uuid is null or key_id = $3)")
                        .bind(0, depositId).bind(1, caller.projectIdArray()), 2, keyId, UUID.class)
                .map((row, meta) -> row.get("project_id", UUID.class))
                .one()
                .switchIfEmpty(Mono.error(() -> notFound(depositId)));
    }

    @Override
    public Mono<UUID> attachable(Caller caller, UUID keyId, UUID depositId, String stage) {
        return readable(caller, keyId, depositId).map(projectId -> {
            caller.requireRole("attach a deposit's authorization", Role.ADMIN, Role.MANAGER, Role.KEY_CUSTODIAN);
            return projectId;
        });
    }

    @Override
    public Mono<Void> attached(Caller caller, UUID projectId, UUID ownerId, List<Attached> files) {
        return Mono.empty();
    }

    private static ApiException notFound(UUID depositId) {
        return ApiException.notFound("key deposit", depositId);
    }
}
