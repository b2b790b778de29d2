package dev.steward.api.identity;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.ProjectScope;
import dev.steward.api.platform.Role;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Administration of API clients (ADMIN only): create with a system user and a first secret, change name, projects
 * and scopes, rotate the secret with a grace period, revoke. Each change is one transaction; rotations and
 * revocations of one client take turns on its row lock.
 */
@Service
class ApiClientService {

    static final int DEFAULT_GRACE_MINUTES = 24 * 60;
    static final int MAX_GRACE_MINUTES = 7 * 24 * 60;

    record WithSecret(ApiClient client, String secret) {}

    private final ApiClientRepository clients;
    private final ClientAccess access;
    private final ProjectScope scope;
    private final TransactionalOperator tx;

    ApiClientService(ApiClientRepository clients, ClientAccess access, ProjectScope scope, TransactionalOperator tx) {
        this.clients = clients;
        this.access = access;
        this.scope = scope;
        this.tx = tx;
    }

    Mono<Page<ApiClient>> list(Caller caller, Integer limit, String cursor, String status) {
        requireAdmin(caller);
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        Boolean active = status == null ? null : "ACTIVE".equals(status);
        return Page.of(clients.list(active, after == null ? null : Cursor.time(after.get(0)),
                        after == null ? null : Cursor.uuid(after.get(1)), size + 1), size,
                c -> Cursor.encode(c.createdAt().toString(), c.id().toString()));
    }

    Mono<ApiClient> get(Caller caller, UUID id) {
        requireAdmin(caller);
        return found(id);
    }

    Mono<WithSecret> create(Caller caller, String name, List<UUID> projectIds, List<String> scopes) {
        requireAdmin(caller);
        String cleanName = name(name);
        List<UUID> projects = List.copyOf(projectIds);
        List<String> granted = scopes(scopes);
        // The system user's password is a secret nobody is told: it could not log in even if the check below failed.
        return Mono.zip(ClientSecrets.generate(), ClientSecrets.generate())
                .flatMap(secrets -> tx.transactional(requireProjects(projects)
                        .then(clients.insertUser(cleanName, "{noop}" + secrets.getT2().value()))
                        .flatMap(userId -> clients.replaceMemberships(userId, projects)
                                .then(clients.insert(userId, cleanName, granted, caller.userId())))
                        .flatMap(id -> clients.insertSecret(id, secrets.getT1().hash(), secrets.getT1().shown())
                                .then(clients.findById(id))))
                        .map(c -> new WithSecret(c, secrets.getT1().value())));
    }

    Mono<ApiClient> update(Caller caller, UUID id, String ifMatch, String name, List<UUID> projectIds,
            List<String> scopes) {
        requireAdmin(caller);
        long expected = ETags.expectedVersion(ifMatch);
        String cleanName = name == null ? null : name(name);
        List<String> granted = scopes == null ? null : scopes(scopes);
        List<UUID> projects = projectIds == null ? null : List.copyOf(projectIds);
        return tx.transactional(clients.lock(id)
                        .switchIfEmpty(Mono.error(() -> ApiException.notFound("API client", id)))
                        .flatMap(c -> {
                            requireActive(c);
                            if (c.version() != expected) {
                                return Mono.error(ETags.stale());
                            }
                            Mono<?> steps = clients.update(id, expected, cleanName, granted)
                                    .then(cleanName == null ? Mono.empty() : clients.renameUser(c.userId(), cleanName))
                                    .then(projects == null ? Mono.empty()
                                            : requireProjects(projects).then(clients.replaceMemberships(c.userId(), projects)));
                            return steps.then(Mono.fromRunnable(() -> changed(c.userId()))).then(clients.findById(id));
                        }));
    }

    Mono<WithSecret> rotate(Caller caller, UUID id, Integer graceMinutes) {
        requireAdmin(caller);
        int grace = graceMinutes == null ? DEFAULT_GRACE_MINUTES : graceMinutes;
        if (grace < 0 || grace > MAX_GRACE_MINUTES) {
            throw ApiException.invalidField("graceMinutes", "must be between 0 and " + MAX_GRACE_MINUTES + " (7 days)");
        }
        return ClientSecrets.generate().flatMap(secret -> tx.transactional(clients.lock(id)
                        .switchIfEmpty(Mono.error(() -> ApiException.notFound("API client", id)))
                        .flatMap(c -> {
                            requireActive(c);
                            return clients.rotate(id, grace, secret.hash(), secret.shown())
                                    .then(clients.touchVersion(id))
                                    .then(Mono.fromRunnable(() -> changed(c.userId())))
                                    .then(clients.findById(id));
                        }))
                .map(c -> new WithSecret(c, secret.value())));
    }

    Mono<ApiClient> revoke(Caller caller, UUID id) {
        requireAdmin(caller);
        return tx.transactional(clients.lock(id)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("API client", id)))
                .flatMap(c -> {
                    requireActive(c);
                    return clients.revoke(id, c.userId())
                            .then(Mono.fromRunnable(() -> changed(c.userId())))
                            .then(clients.findById(id));
                }));
    }

    /** This instance drops what it keeps at once; the others hear the database's announcement at commit. */
    private void changed(UUID userId) {
        access.changed(userId);
        scope.accessChanged(userId);
    }

    private Mono<ApiClient> found(UUID id) {
        return clients.findById(id).switchIfEmpty(Mono.error(() -> ApiException.notFound("API client", id)));
    }

    private Mono<Void> requireProjects(List<UUID> projects) {
        if (projects.isEmpty()) {
            return Mono.error(ApiException.invalidField("projectIds", "name at least one project"));
        }
        return clients.countProjects(projects).flatMap(n -> n == projects.size() ? Mono.<Void>empty()
                : Mono.error(ApiException.invalidField("projectIds", "contains a project that does not exist")));
    }

    private static void requireAdmin(Caller caller) {
        caller.requireRole("manage API clients", Role.ADMIN);
    }

    private static void requireActive(ApiClient c) {
        if (!c.active()) {
            throw ApiException.conflict("API_CLIENT_REVOKED", "This API client has been revoked; create a new one.");
        }
    }

    private static String name(String name) {
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw ApiException.invalidField("name", "must not be blank");
        }
        return clean;
    }

    private static List<String> scopes(List<String> scopes) {
        if (scopes.isEmpty()) {
            throw ApiException.invalidField("scopes", "grant at least one scope");
        }
        for (String s : scopes) {
            if (!ClientScopes.ALL.contains(s)) {
                throw ApiException.invalidField("scopes", "unknown scope " + s);
            }
        }
        return ClientScopes.ALL.stream().filter(scopes::contains).toList();
    }
}
