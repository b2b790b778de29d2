package dev.steward.api.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import dev.steward.api.support.ContractValidator;
import dev.steward.api.support.TestDatabase;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fuzzes every operation of openapi.yaml: a plausible request broken in one or two places (body fields of the wrong
 * type, null, NUL characters, overflowing numbers, long text, bad enums, lists with nulls; bad ids, dates, cursors and
 * limits; odd If-Match, Idempotency-Key, Content-Type and Accept), sent as a logged-in user and anonymously.
 * No answer may be a 5xx, and every 4xx must be problem+json with its status and a code.
 *
 * <p>Runs on its own database and application context (it creates and changes data freely). Settings:
 * {@code -Dsteward.fuzz.requestsPerOperation=2000} (default 100, plus a fifth as many anonymous),
 * {@code -Dsteward.fuzz.seed=…} to replay a failure, {@code -Dsteward.fuzz.operation=createToken} to fuzz one operation (or several, comma-separated).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"steward.demo-data=true", "steward.jwt.key-file=", "logging.level.root=WARN",
                "steward.sla.breach-scan=P1D", "steward.keys.overdue-scan=P1D",
                "steward.rate-limit.requests-per-minute=100000000", "steward.rate-limit.login-attempts-per-username=100000000",
                "steward.rate-limit.login-attempts-per-address=100000000", "steward.rate-limit.survey-per-address=100000000",
                "steward.rate-limit.survey-per-link=100000000",
                // Uploads that pass land in a directory of the test's own.
                "steward.files.dir=${java.io.tmpdir}/steward-fuzz-files"})
class OpenApiFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> USERS = List.of("admin", "manager", "agent", "custodian", "tech1");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        DatabaseUrl db = TestDatabase.createAnother("steward_fuzz_");
        db.springProperties().forEach((k, v) -> registry.add(k, () -> v));
    }

    @Test
    void noOperationAnswersBadInputWithA5xxOrA4xxWithoutProblemDetails() throws Exception {
        long seed = Long.getLong("steward.fuzz.seed", new Random().nextLong());
        int perOperation = Integer.getInteger("steward.fuzz.requestsPerOperation", 100);
        String only = System.getProperty("steward.fuzz.operation");
        List<FuzzOperation> all = FuzzOperation.read(ContractValidator.contractPath());
        Set<String> chosen = only == null ? null : Set.of(only.split(","));
        List<FuzzOperation> operations = all.stream().filter(o -> chosen == null || chosen.contains(o.id())).toList();
        assertThat(operations).isNotEmpty();

        Map<String, String> tokens = new LinkedHashMap<>();
        Set<String> fuzzUsers = new HashSet<>();
        for (String user : USERS) {
            tokens.put(user, login(user));
            fuzzUsers.add(json(get("/api/v1/me", tokens.get(user))).get("id").asString());
        }
        Ids ids = new Ids(fuzzUsers);
        crawl(all, ids, tokens.get("admin"));
        ids.add("/api/v1/public/surveys", surveyLinks(ids, tokens.get("manager")));
        RequestGenerator generator = new RequestGenerator(ids);

        List<String> failures = Collections.synchronizedList(new ArrayList<>());
        Map<String, Integer> statuses = new ConcurrentHashMap<>();
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (FuzzOperation op : operations) {
                int total = perOperation + perOperation / 5;
                for (int i = 0; i < total; i++) {
                    int index = i;
                    running.add(pool.submit(() -> {
                        Random r = new Random(seed ^ (op.id().hashCode() * 1_000_003L) ^ index);
                        boolean anonymous = op.isPublic() ? index % 5 != 0 : index >= perOperation;
                        String user = USERS.get(r.nextInt(USERS.size()));
                        String token = anonymous ? null : tokens.get(r.nextInt(2) == 0 ? "admin" : user);
                        String etag = op.method().equals("PATCH") || op.method().equals("PUT") ? etag(op, generator, r, token) : null;
                        FuzzRequest request = generator.generate(op, index, r, token, etag);
                        String problem = check(request);
                        if (problem != null) {
                            failures.add(problem + "\n    request: " + request.describe());
                        }
                        statuses.merge(problem == null ? "ok" : "failed", 1, Integer::sum);
                        return null;
                    }));
                }
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Fuzzed %d operations with %d requests in %d ms (seed %d, %d known ids): %s%n", operations.size(),
                statuses.values().stream().mapToInt(Integer::intValue).sum(), millis, seed, ids.size(), new TreeMap<>(statuses));
        assertThat(failures)
                .as("Replay with -Dsteward.fuzz.seed=%d (and -Dsteward.fuzz.operation=<id>); %d failures, the first 30:%n%s", seed,
                        failures.size(), String.join("\n", failures.subList(0, Math.min(30, failures.size()))))
                .isEmpty();
    }

    /** Null when the answer is acceptable; else what is wrong with it. */
    private String check(FuzzRequest request) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .method(request.method(), request.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach(b::header);
        HttpResponse<InputStream> response = http.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
        String type = response.headers().firstValue("Content-Type").orElse("");
        String body;
        try (InputStream in = response.body()) {
            body = type.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int status = response.statusCode();
        if (status >= 500) {
            return status + " " + truncate(body);
        }
        if (status >= 400) {
            if (!type.startsWith("application/problem+json")) {
                return status + " without problem+json (Content-Type " + type + "): " + truncate(body);
            }
            JsonNode problem = JSON.readTree(body);
            if (problem.path("status").asInt() != status || !problem.path("code").isString()) {
                return status + " with a problem body lacking status/code: " + truncate(body);
            }
        }
        return null;
    }

    /** The current ETag of the resource a PATCH/PUT targets (from a GET of the same path), most of the time. */
    private String etag(FuzzOperation op, RequestGenerator generator, Random r, String token) {
        if (token == null || r.nextInt(4) == 0) {
            return null;
        }
        FuzzRequest probe = generator.generate(new FuzzOperation(op.id(), "GET", op.path(), op.parameters().stream()
                .filter(p -> "path".equals(p.getIn())).toList(), null, false, false, false, false), -1, new Random(r.nextLong()), token, null);
        try {
            HttpResponse<String> got = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + probe.pathAndQuery().replaceAll("\\?.*", "")))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            return got.headers().firstValue("ETag").orElse(null);
        } catch (Exception e) {
            return null;
        }
    }

    /** Reads every list once as admin (parents first), so path and body ids point at rows that exist. */
    private void crawl(List<FuzzOperation> operations, Ids ids, String token) throws Exception {
        List<FuzzOperation> lists = operations.stream().filter(FuzzOperation::isList)
                .sorted(java.util.Comparator.comparingInt(o -> o.path().split("\\{").length)).toList();
        java.util.regex.Pattern param = java.util.regex.Pattern.compile("\\{([^}]+)}");
        for (FuzzOperation list : lists) {
            String path = list.path();
            java.util.regex.Matcher m = param.matcher(list.path());
            while (m.find()) {
                path = path.replace(m.group(), String.valueOf(ids.parent(m.group(1))));
            }
            StringBuilder query = new StringBuilder("?limit=50");
            list.parameters().stream().filter(p -> "query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())
                    && ids.parent(p.getName()) != null).forEach(p -> query.append('&').append(p.getName()).append('=').append(ids.parent(p.getName())));
            if (path.contains("null")) {
                continue;
            }
            List<String> found = new ArrayList<>();
            String preferred = null;
            for (JsonNode item : json(get(path + query, token)).path("items")) {
                found.add(item.path("id").asString());
                if ("SG".equals(item.path("code").asString(null))) {
                    preferred = item.path("id").asString();
                }
            }
            ids.add(list.path(), found);
            if (!found.isEmpty()) {
                ids.parent(parentName(list.path()), preferred != null ? preferred : found.get(0));
            }
        }
    }

    /** "…/projects" → projectId, "…/work-orders" → workOrderId, "…/survey-campaigns" → campaignId, "…/key-checkouts" → checkoutId. */
    static String parentName(String listPath) {
        String last = listPath.substring(listPath.lastIndexOf('/') + 1).replaceFirst("^(key|survey)-", "");
        String singular = last.endsWith("ies") ? last.substring(0, last.length() - 3) + "y" : last.replaceAll("s$", "");
        return java.util.regex.Pattern.compile("-([a-z])").matcher(singular).replaceAll(r -> r.group(1).toUpperCase()) + "Id";
    }

    /** Single-use survey links for the public answer page: a fresh campaign on one SG building. */
    private List<String> surveyLinks(Ids ids, String manager) throws Exception {
        String project = ids.parent("projectId");
        String template = ids.parent("templateId");
        String building = ids.parent("buildingId");
        if (project == null || template == null || building == null) {
            return List.of();
        }
        String body = JSON.writeValueAsString(Map.of("templateId", template, "projectId", project, "title", "模糊测试",
                "opensAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString(),
                "closesAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).toString(), "anonymous", false, "buildingIds", List.of(building)));
        String campaign = json(send("POST", "/api/v1/survey-campaigns", manager, body)).path("id").asString();
        send("POST", "/api/v1/survey-campaigns/" + campaign + "/open", manager, null);
        List<String> tokens = new ArrayList<>();
        for (JsonNode link : json(send("POST", "/api/v1/survey-campaigns/" + campaign + "/invitations", manager, null)).path("items")) {
            tokens.add(link.path("token").asString());
        }
        return tokens;
    }

    private String login(String user) throws Exception {
        return json(send("POST", "/api/v1/auth/token", null, "{\"username\":\"" + user + "\",\"password\":\"steward-demo\"}"))
                .path("accessToken").asString();
    }

    private String get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    private String send(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static String truncate(String s) {
        return s.length() > 500 ? s.substring(0, 500) + "…" : s;
    }
}
