package dev.steward.api.platform;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling and which projects they may see; resolved once per request by {@link ProjectScope}. {@code apiClient}:
 * the caller is an integration's service account (its token's scopes were checked per operation before it got here).
 */
public record Caller(UUID userId, String username, Set<Role> roles, Set<UUID> projectIds, boolean apiClient) {

    public Caller(UUID userId, String username, Set<Role> roles, Set<UUID> projectIds) {
        this(userId, username, roles, projectIds, false);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        return Arrays.stream(wanted).anyMatch(roles::contains);
    }

    /**
     * Whether the caller reads every key of their projects (and their live custody events). A TECHNICIAN
     * alone sees only the keys they hold: key codes tell where a home key is, so they are not broadcast.
     */
    public boolean seesAllKeys() {
        return hasAny(Role.ADMIN, Role.MANAGER, Role.KEY_CUSTODIAN, Role.AGENT, Role.INTEGRATION);
    }

    public boolean canSee(UUID projectId) {
        return projectIds.contains(projectId);
    }

    /** Another project's resource is reported as missing, never as forbidden (no existence leak). */
    public void requireProject(UUID projectId, String what) {
        if (!canSee(projectId)) {
            throw ApiException.notFound(what, projectId);
        }
    }

    public void requireRole(String action, Role... allowed) {
        if (!hasAny(allowed)) {
            throw ApiException.roleRequired(action);
        }
    }

    public UUID[] projectIdArray() {
        return projectIds.toArray(UUID[]::new);
    }

    public static Set<Role> roles(Iterable<String> names) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        for (String n : names) {
            try {
                set.add(Role.valueOf(n));
            } catch (IllegalArgumentException ignored) {
                // Unknown role names (e.g. from an older token) grant nothing.
            }
        }
        return set;
    }
}
