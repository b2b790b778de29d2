package dev.steward.api.identity;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpMethod;

/**
 * The scopes an API client may hold, and which one each operation needs — derived from the path and method, so an
 * operation added to a family (a new work-order action, a new key report) is covered without a list to keep up.
 * Whatever is not named here is refused to API clients.
 */
final class ClientScopes {

    static final String WORK_ORDERS_READ = "work-orders:read";
    static final String WORK_ORDERS_WRITE = "work-orders:write";
    static final String SURVEYS_READ = "surveys:read";
    static final String KEYS_READ = "keys:read";
    static final String INSPECTIONS_READ = "inspections:read";
    static final String WEBHOOKS_MANAGE = "webhooks:manage";

    static final List<String> ALL = List.of(WORK_ORDERS_READ, WORK_ORDERS_WRITE, SURVEYS_READ, KEYS_READ, INSPECTIONS_READ,
            WEBHOOKS_MANAGE);

    /** What an operation needs of an API client: nothing, a scope, or it is not open to API clients at all. */
    record Requirement(Kind kind, String scope) {
        enum Kind { OPEN, SCOPE, REFUSED }

        static final Requirement OPEN = new Requirement(Kind.OPEN, null);

        static Requirement scope(String scope) {
            return new Requirement(Kind.SCOPE, scope);
        }

        /** Not open to API clients; {@code wouldNeed} names the family's read scope when only reading is possible. */
        static Requirement refused(String wouldNeed) {
            return new Requirement(Kind.REFUSED, wouldNeed);
        }
    }

    private static final String API = "/api/v1/";
    /** Reference data an integration needs to fill in an order: projects, their buildings and units, the unit lookup. */
    private static final Pattern REFERENCE = Pattern.compile(
            "^/api/v1/projects(/[^/]+(/buildings(/[^/]+)?|/units(/[^/]+)?|/unit-lookup)?)?/?$");

    private ClientScopes() {}

    static Requirement required(HttpMethod method, String path) {
        boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
        if (!path.startsWith(API)) {
            return Requirement.refused(null);
        }
        String rest = path.substring(API.length());
        String family = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
        if (family.equals("webhooks")) {
            return Requirement.scope(WEBHOOKS_MANAGE);
        }
        if (family.equals("work-orders")) {
            return Requirement.scope(read ? WORK_ORDERS_READ : WORK_ORDERS_WRITE);
        }
        String readScope = switch (family) {
            case "keys", "key-cabinets", "key-checkouts", "key-stocktakes" -> KEYS_READ;
            case "survey-campaigns", "survey-comments", "survey-responses", "survey-templates" -> SURVEYS_READ;
            case "inspections", "inspection-plans", "inspection-reports", "inspection-tasks", "inspection-templates",
                    "rectifications", "vacant-units" -> INSPECTIONS_READ;
            default -> null;
        };
        if (readScope != null) {
            return read ? Requirement.scope(readScope) : Requirement.refused(readScope);
        }
        if (read && (path.equals("/api/v1/me") || REFERENCE.matcher(path).matches())) {
            return Requirement.OPEN;
        }
        return Requirement.refused(null);
    }

    /** The scopes a holder of {@code granted} has, implied ones included ({@code work-orders:write} reads too). */
    static Set<String> effective(Collection<String> granted) {
        Set<String> all = new LinkedHashSet<>(granted);
        if (all.contains(WORK_ORDERS_WRITE)) {
            all.add(WORK_ORDERS_READ);
        }
        return all;
    }

    /** Space-separated, as RFC 6749 §3.3 writes them, in the catalogue's order. */
    static String format(Collection<String> scopes) {
        return String.join(" ", ALL.stream().filter(scopes::contains).toList());
    }
}
