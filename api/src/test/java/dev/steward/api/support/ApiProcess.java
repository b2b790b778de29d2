package dev.steward.api.support;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * An API instance in a child JVM on the test classpath, for the tests that signal it as an operating system would
 * (SIGTERM for a graceful stop, SIGKILL for a crash). Its output goes to a log file, shown when it fails to start.
 */
public final class ApiProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private ApiProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /** Starts it on the database with the given JVM options and Spring properties; returns once it is ready. */
    public static ApiProcess start(DatabaseUrl db, List<String> jvmOptions, Map<String, String> properties) throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Path log = Files.createTempFile("steward-api-process", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.steward.api.StewardApplication",
                "--server.port=" + port, "--steward.database-url=" + db.url(), "--steward.jwt.key-file=",
                "--steward.sla.breach-scan=P1D", "--steward.keys.overdue-scan=P1D", "--logging.level.root=WARN"));
        db.springProperties().forEach((k, v) -> command.add("--" + k + "=" + v));
        properties.forEach((k, v) -> command.add("--" + k + "=" + v));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ApiProcess api = new ApiProcess(process, log, port);
        try {
            api.awaitReady();
        } catch (Exception e) {
            api.close();
            throw e;
        }
        return api;
    }

    public Process process() {
        return process;
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }

    public String log() throws IOException {
        return Files.readString(log);
    }

    /** SIGKILL: the process ends at once, as in a crash or an OOM kill; returns when it is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the API exited: " + log());
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the API was not ready in time: " + log());
    }

    @Override
    public void close() throws Exception {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        Files.deleteIfExists(log);
    }
}
