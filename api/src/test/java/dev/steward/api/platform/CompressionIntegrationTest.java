package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The API compresses what it serves (the contract, JSON, and in production the SPA's bundles) for clients that accept gzip. */
class CompressionIntegrationTest extends IntegrationTest {

    @Autowired
    Environment environment;

    /** A client that sees the bytes on the wire (the contract check would read gzip as JSON). */
    private WebTestClient raw() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + environment.getProperty("local.server.port"))
                .responseTimeout(Duration.ofMinutes(1)).build();
    }

    @Test
    void jsonIsGzippedWhenTheClientAcceptsIt() throws IOException {
        // The first login of a fresh application can be slow on a busy machine: warm it up with a patient client.
        raw().post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "admin", "password", "steward-demo")).exchange().expectStatus().isOk();
        String projects = gunzip(raw().get().uri("/api/v1/projects/" + projectId("admin", "SG") + "/units?limit=200")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("admin")).header(HttpHeaders.ACCEPT_ENCODING, "gzip").exchange()
                .expectStatus().isOk().expectHeader().valueEquals(HttpHeaders.CONTENT_ENCODING, "gzip")
                .expectBody().returnResult().getResponseBody());
        assertThat(projects).startsWith("{").contains("\"items\"");

        raw().get().uri("/api/v1/projects/" + projectId("admin", "SG") + "/units?limit=200")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token("admin")).exchange()
                .expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.CONTENT_ENCODING);
    }

    private static String gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
