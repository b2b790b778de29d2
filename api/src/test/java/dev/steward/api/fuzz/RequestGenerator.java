package dev.steward.api.fuzz;

import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a plausible request for an operation from its schema and the ids found in the database, then breaks it
 * in one or two places: a body field, the whole body, a parameter, the path id or a header.
 */
final class RequestGenerator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String RAW = "__raw__";
    private static final String[] PATTERN_CANDIDATES = {"PLUMBING", "SG", "TEST_1", "A1", "1-101", "1", "101", "13812345678",
            "2026-01-01T00:00:00Z", "2026-01-01", "09:00", "zh-CN", "fuzz", "fuzz-user", "SG-K-0001", "q1", "a", "#1677ff"};

    private final Ids ids;

    RequestGenerator(Ids ids) {
        this.ids = ids;
    }

    FuzzRequest generate(FuzzOperation op, int index, Random r, String token, String etag) {
        List<String> mutations = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        Map<String, List<String>> query = new LinkedHashMap<>();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Parameter p : op.parameters()) {
            String value = p.getSchema() == null ? "x" : text(value(p.getSchema(), p.getName(), r, 0));
            switch (p.getIn()) {
                case "path" -> path.put(p.getName(), ids.pathValue(op.path(), p.getName(), r));
                case "query" -> {
                    if (Boolean.TRUE.equals(p.getRequired()) || r.nextInt(3) == 0) {
                        query.put(p.getName(), new ArrayList<>(List.of(value)));
                    }
                }
                case "header" -> {
                    if ("If-Match".equalsIgnoreCase(p.getName())) {
                        headers.put("If-Match", etag == null ? "\"1\"" : etag);
                    } else if (Boolean.TRUE.equals(p.getRequired()) || r.nextBoolean()) {
                        headers.put(p.getName(), "Idempotency-Key".equalsIgnoreCase(p.getName()) ? UUID.randomUUID().toString() : value);
                    }
                }
                default -> { }
            }
        }
        JsonNode body = op.body() == null ? null : value(op.body(), "body", r, 0);
        String rawBody = null;
        if (op.multipart()) {
            rawBody = MultipartBodies.body(r, mutations);
            headers.put("Content-Type", MultipartBodies.contentType(r, mutations));
        }
        int count = r.nextInt(20) == 0 ? 0 : r.nextInt(5) == 0 ? 2 : 1;
        for (int i = 0; i < count; i++) {
            int kind = r.nextInt(op.body() != null ? 10 : 6);
            switch (kind) {
                case 0, 1 -> mutateParameter(op, r, path, query, mutations);
                case 2 -> mutateHeader(r, headers, mutations);
                case 3 -> {
                    String name = r.nextBoolean() ? "unknown" : op.parameters().isEmpty() ? "limit" : op.parameters().get(r.nextInt(op.parameters().size())).getName();
                    query.computeIfAbsent(name, k -> new ArrayList<>()).add(pick(r, BadValues.TEXT));
                    mutations.add("query " + name + " added/repeated");
                }
                case 4, 5 -> mutateParameter(op, r, path, query, mutations);
                case 6 -> {
                    rawBody = pick(r, BadValues.BODIES);
                    mutations.add("whole body");
                }
                default -> body = mutateBody(body, r, mutations);
            }
        }
        if (op.body() != null && !headers.containsKey("Content-Type")) {
            headers.put("Content-Type", "application/json");
        }
        if (token != null) {
            headers.put("Authorization", "Bearer " + token);
        } else if (r.nextInt(4) == 0) {
            String[] bad = {"Bearer x", "Bearer ", "Basic Zm9vOmJhcg==", "Bearer eyJhbGciOiJub25lIn0.e30.", "bearer", "Bearer a.b.c"};
            headers.put("Authorization", bad[r.nextInt(bad.length)]);
            mutations.add("bad Authorization");
        }
        String text = rawBody != null ? rawBody : body == null ? null : rawLiterals(JSON.writeValueAsString(body));
        return new FuzzRequest(op.id(), index, op.method(), pathAndQuery(op.path(), path, query), headers, text, mutations);
    }

    private void mutateParameter(FuzzOperation op, Random r, Map<String, String> path, Map<String, List<String>> query, List<String> mutations) {
        List<Parameter> candidates = op.parameters().stream().filter(p -> !"header".equals(p.getIn())).toList();
        if (candidates.isEmpty()) {
            query.put("limit", new ArrayList<>(List.of(pick(r, BadValues.TEXT))));
            mutations.add("query limit on an operation without parameters");
            return;
        }
        Parameter p = candidates.get(r.nextInt(candidates.size()));
        String bad = switch (r.nextInt(6)) {
            case 0 -> BadValues.longText(r);
            case 1 -> "cursor".equals(p.getName()) ? BadValues.cursor(r) : pick(r, BadValues.TEXT);
            default -> pick(r, BadValues.TEXT);
        };
        if ("path".equals(p.getIn())) {
            path.put(p.getName(), bad.isEmpty() ? " " : bad);
        } else {
            query.put(p.getName(), new ArrayList<>(List.of(bad)));
        }
        mutations.add(p.getIn() + " " + p.getName() + "=" + shown(bad));
    }

    private static void mutateHeader(Random r, Map<String, String> headers, List<String> mutations) {
        switch (r.nextInt(5)) {
            case 0 -> headers.put("If-Match", pick(r, BadValues.IF_MATCH));
            case 1 -> headers.put("Idempotency-Key", r.nextBoolean() ? "k".repeat(256 + r.nextInt(200)) : pick(r, List.of("", " ", "é", "a b")));
            case 2 -> headers.put("Content-Type", pick(r, BadValues.CONTENT_TYPES));
            case 3 -> headers.put("Accept", pick(r, BadValues.ACCEPTS));
            default -> headers.remove("If-Match");
        }
        mutations.add("header " + headers.keySet());
    }

    private static JsonNode mutateBody(JsonNode body, Random r, List<String> mutations) {
        if (body == null || !body.isContainer() || body.isEmpty()) {
            mutations.add("body replaced");
            return raw(pick(r, BadValues.JSON));
        }
        List<Object[]> slots = new ArrayList<>();
        collect(body, slots);
        Object[] slot = slots.get(r.nextInt(slots.size()));
        JsonNode parent = (JsonNode) slot[0];
        String what = switch (r.nextInt(6)) {
            case 0 -> {
                if (parent instanceof ObjectNode o) {
                    o.remove((String) slot[1]);
                } else {
                    ((ArrayNode) parent).add(NODES.nullNode());
                }
                yield "removed/added null at " + slot[1];
            }
            case 1 -> {
                if (parent instanceof ObjectNode o) {
                    o.set("extra" + r.nextInt(3), raw(pick(r, BadValues.JSON)));
                }
                yield "extra field";
            }
            case 2 -> {
                ArrayNode many = NODES.arrayNode();
                JsonNode item = child(parent, slot[1]);
                for (int i = 0; i < 250; i++) {
                    many.add(item == null ? NODES.nullNode() : item.deepCopy());
                }
                set(parent, slot[1], many);
                yield "array of 250 at " + slot[1];
            }
            case 3 -> {
                set(parent, slot[1], NODES.stringNode(BadValues.longText(r)));
                yield "long text at " + slot[1];
            }
            default -> {
                String v = pick(r, BadValues.JSON);
                set(parent, slot[1], raw(v));
                yield slot[1] + "=" + v;
            }
        };
        mutations.add("body " + what);
        return body;
    }

    private static void collect(JsonNode node, List<Object[]> slots) {
        if (node instanceof ObjectNode o) {
            for (String name : o.propertyNames()) {
                slots.add(new Object[] {o, name});
                collect(o.get(name), slots);
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Object[] {a, i});
                collect(a.get(i), slots);
            }
        }
    }

    private static JsonNode child(JsonNode parent, Object key) {
        return key instanceof String s ? parent.get(s) : parent.get((Integer) key);
    }

    private static void set(JsonNode parent, Object key, JsonNode value) {
        if (parent instanceof ObjectNode o) {
            o.set((String) key, value);
        } else {
            ((ArrayNode) parent).set((Integer) key, value);
        }
    }

    /** A plausible value for a schema: an id that exists where one is known, an enum member, a bounded number. */
    JsonNode value(Schema<?> s, String name, Random r, int depth) {
        if (s.getOneOf() != null && !s.getOneOf().isEmpty()) {
            return value(s.getOneOf().get(r.nextInt(s.getOneOf().size())), name, r, depth);
        }
        if (s.getEnum() != null && !s.getEnum().isEmpty()) {
            return NODES.stringNode(String.valueOf(s.getEnum().get(r.nextInt(s.getEnum().size()))));
        }
        String type = s.getType() != null ? s.getType() : s.getProperties() != null ? "object" : s.getItems() != null ? "array" : "string";
        switch (type) {
            case "object" -> {
                ObjectNode o = NODES.objectNode();
                if (s.getProperties() != null && depth < 6) {
                    s.getProperties().forEach((k, v) -> {
                        if ((s.getRequired() != null && s.getRequired().contains(k)) || r.nextInt(3) > 0) {
                            o.set(k, value(v, k, r, depth + 1));
                        }
                    });
                }
                return o;
            }
            case "array" -> {
                ArrayNode a = NODES.arrayNode();
                int n = Math.max(s.getMinItems() == null ? 0 : s.getMinItems(), 1);
                for (int i = 0; i < n && depth < 6; i++) {
                    a.add(value(s.getItems(), name, r, depth + 1));
                }
                return a;
            }
            case "integer", "number" -> {
                long min = s.getMinimum() == null ? 1 : s.getMinimum().longValue();
                long max = s.getMaximum() == null ? min + 10 : s.getMaximum().longValue();
                return NODES.numberNode(min + (long) (r.nextDouble() * (max - min + 1)));
            }
            case "boolean" -> {
                return NODES.booleanNode(r.nextBoolean());
            }
            default -> {
                return NODES.stringNode(string(s, name, r));
            }
        }
    }

    private String string(Schema<?> s, String name, Random r) {
        if ("uuid".equals(s.getFormat())) {
            return ids.forField(name, r);
        }
        if ("date-time".equals(s.getFormat()) || name.endsWith("At") || name.endsWith("From") || name.endsWith("To")) {
            return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusHours(r.nextInt(48) - 12).withNano(0).toString();
        }
        if ("date".equals(s.getFormat())) {
            return "2026-01-0" + (1 + r.nextInt(9));
        }
        if (s.getExample() instanceof String example) {
            return example;
        }
        if (s.getPattern() != null) {
            Pattern p = Pattern.compile(s.getPattern());
            for (String c : PATTERN_CANDIDATES) {
                if (p.matcher(c).find()) {
                    return c;
                }
            }
        }
        int min = s.getMinLength() == null ? 1 : s.getMinLength();
        int max = s.getMaxLength() == null ? 40 : s.getMaxLength();
        String text = "fuzz " + name + " " + r.nextInt(1000);
        return text.length() < min ? text + "x".repeat(min - text.length()) : text.substring(0, Math.min(text.length(), max));
    }

    private static JsonNode raw(String literal) {
        return NODES.stringNode(RAW + literal + RAW);
    }

    /** Raw literals travel as marked strings and are unwrapped after writing (2147483648 or 1e400 have no Java value here). */
    private static String rawLiterals(String json) {
        java.util.regex.Matcher m = Pattern.compile("\"" + RAW + "(.*?)" + RAW + "\"").matcher(json);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String literal = m.group(1).replace("\\\"", "\"").replace("\\\\", "\\");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(literal));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String text(JsonNode node) {
        return node.isString() ? node.asString() : node.isArray() && !node.isEmpty() ? text(node.get(0)) : node.toString();
    }

    private static String pathAndQuery(String template, Map<String, String> path, Map<String, List<String>> query) {
        String p = template;
        for (Map.Entry<String, String> e : path.entrySet()) {
            p = p.replace("{" + e.getKey() + "}", encode(e.getValue()));
        }
        StringBuilder q = new StringBuilder();
        query.forEach((k, values) -> values.forEach(v -> q.append(q.isEmpty() ? '?' : '&').append(encode(k)).append('=').append(encode(v))));
        return p + q;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String shown(String s) {
        String t = s.replace("\u0000", "\\u0000");
        return t.length() > 40 ? t.substring(0, 40) + "…(" + t.length() + ")" : t;
    }

    static <T> T pick(Random r, List<T> values) {
        return values.get(r.nextInt(values.size()));
    }
}
