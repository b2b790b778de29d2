package dev.steward.api.platform;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Derives the R2DBC and Flyway (JDBC) settings from one {@code steward.database-url}
 * ({@code postgresql://user:pass@host:port/db}). The derived values sit last, so explicit
 * {@code spring.r2dbc.*} / {@code spring.flyway.*} settings still win.
 */
public class DatabaseUrlEnvironmentPostProcessor implements EnvironmentPostProcessor {

    /** Bounded prepared-statement cache: stable SQL shapes, no unbounded growth. */
    static final int STATEMENT_CACHE_SIZE = 256;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String raw = environment.getProperty("steward.database-url");
        if (raw != null && !raw.isBlank()) {
            environment.getPropertySources().addLast(new MapPropertySource("stewardDatabaseUrl", parse(raw).springProperties()));
        }
    }

    public static DatabaseUrl parse(String url) {
        return DatabaseUrl.parse(url);
    }

    public record DatabaseUrl(String host, int port, String database, String username, String password) {

        public static DatabaseUrl parse(String url) {
            URI uri;
            try {
                uri = URI.create(url.trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("STEWARD_DATABASE_URL is not a URL: expected postgresql://user:pass@host:port/db");
            }
            if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
                throw new IllegalStateException("STEWARD_DATABASE_URL must start with postgresql://");
            }
            String user = "postgres";
            String password = "";
            if (uri.getRawUserInfo() != null) {
                String[] parts = uri.getRawUserInfo().split(":", 2);
                user = decode(parts[0]);
                password = parts.length > 1 ? decode(parts[1]) : "";
            }
            String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
            return new DatabaseUrl(uri.getHost() == null ? "localhost" : uri.getHost(),
                    uri.getPort() < 0 ? 5432 : uri.getPort(), path.isEmpty() ? "steward" : path, user, password);
        }

        private static String decode(String s) {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        }

        /** Back to the {@code postgresql://user:pass@host:port/db} form. */
        public String url() {
            String credentials = URLEncoder.encode(username, StandardCharsets.UTF_8)
                    + (password.isEmpty() ? "" : ":" + URLEncoder.encode(password, StandardCharsets.UTF_8));
            return "postgresql://" + credentials + "@" + host + ":" + port + "/" + database;
        }

        public String r2dbcUrl() {
            // jit=off: PostgreSQL compiles a statement whose estimated cost passes jit_above_cost, and a prepared
            // statement's generic plan overestimates: the quality figures' 16 ms statement took 620 ms, nearly all of it
            // compiling, each time (bench/quality-10m.sh; docs/decisions.md). The API's statements are short.
            return "r2dbc:postgresql://" + host + ":" + port + "/" + database
                    + "?preparedStatementCacheQueries=" + STATEMENT_CACHE_SIZE + "&options=jit=off";
        }

        /** The Spring properties this URL stands for (R2DBC at run time, JDBC for Flyway). */
        public Map<String, Object> springProperties() {
            return Map.of("spring.r2dbc.url", r2dbcUrl(), "spring.r2dbc.username", username, "spring.r2dbc.password", password,
                    "spring.flyway.url", jdbcUrl(), "spring.flyway.user", username, "spring.flyway.password", password);
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }
}
