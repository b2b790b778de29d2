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
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

@Service
class UserService {

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final ProjectScope scope;
    private final ApiClientRepository clients;

    UserService(UserRepository users, PasswordEncoder passwords, ProjectScope scope, ApiClientRepository clients) {
        this.clients = clients;
        this.users = users;
        this.passwords = passwords;
        this.scope = scope;
    }

    Mono<User> get(Caller caller, UUID id) {
        return users.findById(id)
                .filter(u -> caller.has(Role.ADMIN) || u.id().equals(caller.userId())
                        || u.projectIds().stream().anyMatch(caller::canSee))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("user", id)));
    }

    Mono<Page<User>> list(Caller caller, Integer limit, String cursor, UUID projectId, Role role, String q, Boolean active) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 1);
        if (projectId != null && !caller.canSee(projectId)) {
            return Mono.just(new Page<>(List.of(), null));
        }
        UUID[] visible = caller.has(Role.ADMIN) ? null : caller.projectIdArray();
        return Page.of(users.list(visible, projectId, role == null ? null : role.name(), blankToNull(q), active,
                after == null ? null : after.get(0), size + 1), size, u -> Cursor.encode(u.username()));
    }

    @Transactional
    public Mono<User> create(Caller caller, String username, String displayName, String phone, String password,
            List<String> roles, List<UUID> projectIds) {
        caller.requireRole("create users", Role.ADMIN);
        PasswordRule.check("password", password, username);
        UUID[] projects = projectIds == null ? new UUID[0] : projectIds.toArray(UUID[]::new);
        return requireProjectsExist(projects)
                .then(Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic()))
                .flatMap(hash -> users.insert(username, displayName, phone, hash, roles))
                .switchIfEmpty(Mono.error(() -> ApiException.conflict("USERNAME_TAKEN", "The username " + username + " is taken.")))
                .flatMap(id -> users.replaceMemberships(id, projects).then(users.findById(id)));
    }

    @Transactional
    public Mono<User> update(Caller caller, UUID id, String ifMatch, String displayName, String phone, String password,
            List<String> roles, Boolean active) {
        caller.requireRole("change users", Role.ADMIN);
        requireStaffAccount(id);
        long expected = ETags.expectedVersion(ifMatch);
        boolean removesAdmin = Boolean.FALSE.equals(active) || (roles != null && !roles.contains(Role.ADMIN.name()));
        if (id.equals(caller.userId()) && removesAdmin) {
            return Mono.error(new ApiException(HttpStatus.CONFLICT, "CANNOT_DEMOTE_SELF", "Conflict",
                    "You cannot deactivate yourself or remove your own ADMIN role."));
        }
        return requireNotApiClient(id).then(users.findById(id))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("user", id)))
                .flatMap(current -> {
                    if (password != null) {
                        PasswordRule.check("password", password, current.username());
                    }
                    boolean lastAdminAtRisk = removesAdmin && current.active() && current.roles().contains(Role.ADMIN.name());
                    return (lastAdminAtRisk ? keepAnotherAdmin(id) : Mono.<Void>empty()).then(hash(password));
                })
                .flatMap(h -> users.update(id, expected, displayName, phone, h.isEmpty() ? null : h, roles, active))
                .doOnNext(n -> scope.accessChanged(id))
                .flatMap(n -> n == 1 ? users.findById(id) : users.findById(id).flatMap(u -> Mono.<User>error(ETags.stale())))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("user", id)));
    }

    @Transactional
    public Mono<User> replaceMemberships(Caller caller, UUID id, List<UUID> projectIds) {
        caller.requireRole("change memberships", Role.ADMIN);
        requireStaffAccount(id);
        UUID[] projects = projectIds.toArray(UUID[]::new);
        return requireNotApiClient(id).then(users.findById(id))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("user", id)))
                .flatMap(u -> requireProjectsExist(projects))
                .then(users.replaceMemberships(id, projects))
                .doOnSuccess(ignored -> scope.accessChanged(id))
                .then(users.findById(id));
    }

    /**
     * Refuses to take away the last active ADMIN. Changes that remove an administrator are serialized on one
     * transaction-scoped advisory lock, so two administrators deactivating each other at once cannot both win.
     */
    private Mono<Void> keepAnotherAdmin(UUID id) {
        return users.lockAdministrators()
                .then(users.countOtherActiveAdmins(id))
                .flatMap(n -> n > 0 ? Mono.<Void>empty() : Mono.error(ApiException.conflict("LAST_ADMIN",
                        "This is the last active administrator: make someone else ADMIN first.")));
    }

    /** "" when there is no new password (BCrypt runs off the event loop). */
    private Mono<String> hash(String password) {
        return password == null ? Mono.just("")
                : Mono.fromCallable(() -> passwords.encode(password)).subscribeOn(Schedulers.boundedElastic());
    }

    private Mono<Void> requireProjectsExist(UUID[] projects) {
        if (projects.length == 0) {
            return Mono.empty();
        }
        return users.countExistingProjects(projects).flatMap(n -> n == projects.length ? Mono.<Void>empty()
                : Mono.error(ApiException.invalidField("projectIds", "contains a project that does not exist")));
    }

    /** The system account is the server's own actor, not a staff member: it is never changed through the API. */
    private static void requireStaffAccount(UUID id) {
        if (Staff.SYSTEM_USER_ID.equals(id)) {
            throw ApiException.conflict("SYSTEM_USER_READ_ONLY",
                    "This is the built-in system account, which records automatic entries; it cannot be changed.");
        }
    }

    /** An API client's system user changes with its client (name, projects), never as a staff member. */
    private Mono<Void> requireNotApiClient(UUID id) {
        return clients.isClientUser(id).flatMap(client -> client ? Mono.error(ApiException.conflict("API_CLIENT_USER_READ_ONLY",
                "This is an API client's system user: change the API client instead (Administration → API clients)."))
                : Mono.empty());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
