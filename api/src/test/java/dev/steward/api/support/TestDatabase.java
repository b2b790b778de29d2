package dev.steward.api.support;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * One throwaway database per test JVM, created on first use and dropped at exit. The server comes
 * from STEWARD_TEST_ADMIN_URL (set by ./steward test), else a local PostgreSQL on 127.0.0.1:5432,
 * else embedded PostgreSQL binaries. Tests never touch the run database.
 */
public final class TestDatabase {

    private static DatabaseUrl database;
    private static EmbeddedPostgres embedded;

    private TestDatabase() {}

    public static synchronized DatabaseUrl get() {
        if (database == null) {
            database = create();
        }
        return database;
    }

    /** A second, empty database on the same server (e.g. for a second API instance or a fresh-project test). */
    public static DatabaseUrl createAnother(String prefix) {
        DatabaseUrl admin = admin();
        return createOn(admin, prefix);
    }

    private static DatabaseUrl create() {
        return createOn(admin(), "steward_test_");
    }

    private static DatabaseUrl createOn(DatabaseUrl admin, String prefix) {
        String name = prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(admin, "create database " + name);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(admin, "drop database if exists " + name + " with (force)")));
        return new DatabaseUrl(admin.host(), admin.port(), name, admin.username(), admin.password());
    }

    private static synchronized DatabaseUrl admin() {
        String configured = System.getenv("STEWARD_TEST_ADMIN_URL");
        if (configured != null && !configured.isBlank()) {
            return DatabaseUrl.parse(configured);
        }
        DatabaseUrl local = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:5432/postgres");
        if (reachable(local)) {
            return local;
        }
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new IllegalStateException("No PostgreSQL for tests: set STEWARD_TEST_ADMIN_URL, run one on 127.0.0.1:5432,"
                        + " or allow embedded PostgreSQL to start: " + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // The process is ending anyway.
                }
            }));
        }
        return DatabaseUrl.parse("postgresql://postgres@localhost:" + embedded.getPort() + "/postgres");
    }

    private static boolean reachable(DatabaseUrl url) {
        DriverManager.setLoginTimeout(3);
        try (Connection ignored = DriverManager.getConnection(url.jdbcUrl(), url.username(), url.password())) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void execute(DatabaseUrl admin, String sql) {
        try (Connection c = DriverManager.getConnection(admin.jdbcUrl(), admin.username(), admin.password());
                Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
