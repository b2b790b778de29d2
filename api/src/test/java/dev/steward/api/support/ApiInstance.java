package dev.steward.api.support;

import dev.steward.api.StewardApplication;
import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * A whole API instance started in this JVM on a given database (for the fault and multi-instance tests), with a
 * plain HTTP client: these tests talk to it as an outside client would, status codes and headers included.
 */
public final class ApiInstance implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ConfigurableApplicationContext context;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ApiInstance(ConfigurableApplicationContext context) {
        this.context = context;
        this.port = ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** Starts an instance on the database; extra Spring properties override the defaults. */
    public static ApiInstance start(DatabaseUrl db, Map<String, String> extra) {
        Map<String, Object> props = new HashMap<>(db.springProperties());
        props.put("steward.database-url", db.url());
        props.put("server.port", "0");
        props.put("steward.demo-data", "true");
        props.put("steward.jwt.key-file", "");
        props.put("steward.sla.breach-scan", "P1D");
        props.put("steward.keys.overdue-scan", "P1D");
        props.put("steward.inspections.task-scan", "P1D");
        props.put("steward.inspections.missed-scan", "P1D");
        props.put("steward.quality.warning-scan", "P1D");
        props.put("steward.quality.warning-follow", "P1D");
        props.put("logging.level.root", "WARN");
        props.putAll(extra);
        // Command-line arguments outrank everything, so the instance uses this database only.
        String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return new ApiInstance(new SpringApplicationBuilder(StewardApplication.class).run(args));
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return port;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(15)).build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return send(b);
    }

    public HttpResponse<String> post(String path, String token, Object body, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        headers.forEach(b::header);
        return send(b);
    }

    public String login(String username) throws IOException, InterruptedException {
        HttpResponse<String> r = post("/api/v1/auth/token", null, Map.of("username", username, "password", "steward-demo"), Map.of());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("login as " + username + ": " + r.statusCode() + " " + r.body());
        }
        return json(r.body()).get("accessToken").toString();
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> json(String body) {
        return JSON.readValue(body, Map.class);
    }

    @Override
    public void close() {
        context.close();
    }
}
