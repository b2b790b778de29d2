package dev.steward.api.fuzz;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Ids that exist, per collection path ("/api/v1/work-orders", "/api/v1/projects/{projectId}/units"), found by reading
 * the lists before fuzzing: a request about a real row gets past the 404 and into the rules, where 500s hide.
 */
final class Ids {

    private final Map<String, List<String>> pools = new HashMap<>();
    /** The parent chosen while reading nested lists (e.g. projectId → SG), so nested ids are used under their parent. */
    private final Map<String, String> parents = new HashMap<>();
    private final Set<String> protectedUsers;

    Ids(Set<String> protectedUsers) {
        this.protectedUsers = protectedUsers;
    }

    void add(String collection, List<String> values) {
        List<String> kept = new ArrayList<>(values);
        if (collection.equals("/api/v1/users")) {
            kept.removeAll(protectedUsers);   // the fuzzer's own logins are never edited or deactivated
        }
        if (!kept.isEmpty()) {
            pools.put(collection, kept);
        }
    }

    void parent(String name, String value) {
        parents.put(name, value);
    }

    String parent(String name) {
        return parents.get(name);
    }

    /** The value of a path parameter: a known id under its collection (the path before it), else a random UUID. */
    String pathValue(String template, String name, Random r) {
        String collection = template.substring(0, template.indexOf("{" + name + "}") - 1);
        boolean last = template.indexOf('{', template.indexOf("{" + name + "}") + name.length() + 2) < 0;
        if (!last && parents.containsKey(name)) {
            return parents.get(name);
        }
        List<String> pool = pools.get(collection);
        if (pool == null || r.nextInt(10) == 0) {
            return parents.getOrDefault(name, UUID.randomUUID().toString());
        }
        return pool.get(r.nextInt(pool.size()));
    }

    /** An id for a body or query field such as projectId, unitId, assigneeId or buildingIds. */
    String forField(String name, Random r) {
        if (parents.containsKey(name) && r.nextInt(4) > 0) {
            return parents.get(name);
        }
        String base = name.replaceAll("Ids?$", "");
        String kebab = base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
        boolean person = kebab.matches(".*(user|assignee|approved-by|borrower|technician|author|custodian).*");
        for (Map.Entry<String, List<String>> e : pools.entrySet()) {
            String key = e.getKey();
            boolean matches = person ? key.equals("/api/v1/users")
                    : key.endsWith("/" + kebab + "s") || key.endsWith("-" + kebab + "s") || key.endsWith("/" + kebab + "-orders");
            if (matches && r.nextInt(10) > 0) {
                return e.getValue().get(r.nextInt(e.getValue().size()));
            }
        }
        return UUID.randomUUID().toString();
    }

    int size() {
        return pools.values().stream().mapToInt(List::size).sum();
    }
}
