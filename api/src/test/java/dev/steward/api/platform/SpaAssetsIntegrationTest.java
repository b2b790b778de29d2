package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The SPA's hashed bundles go out precompressed — brotli or gzip as the browser accepts, with {@code Vary} — and are
 * cached for a year (issue 9, defect 10: the residents' survey page). The fixture under src/test/resources/static/assets
 * stands for a bundle and the copies the web-ui build writes next to it.
 */
class SpaAssetsIntegrationTest extends IntegrationTest {

    private static final String BUNDLE = "/assets/fixture-Xb3kQ9.js";

    @Autowired
    Environment environment;

    /**
     * A client that sees the bytes on the wire: Spring's default connector asks for gzip itself and decompresses (dropping
     * Content-Encoding), so a plain Reactor Netty client; and the contract check has no say on assets.
     */
    private WebTestClient raw() {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create())).baseUrl("http://localhost:" + environment.getProperty("local.server.port")).build();
    }

    private EntityExchangeResult<byte[]> fetch(String path, String acceptEncoding) {
        var request = raw().get().uri(path);
        if (acceptEncoding != null) {
            request = request.header(HttpHeaders.ACCEPT_ENCODING, acceptEncoding);
        }
        return request.exchange().expectStatus().isOk().expectBody().returnResult();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = SpaAssetsIntegrationTest.class.getResourceAsStream("/static" + name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void aBrowserThatAcceptsBrotliGetsTheBrotliCopyCachedForAYear() throws IOException {
        EntityExchangeResult<byte[]> result = fetch(BUNDLE, "gzip, deflate, br, zstd");
        HttpHeaders headers = result.getResponseHeaders();
        assertThat(headers.getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("br");
        assertThat(headers.getVary()).contains(HttpHeaders.ACCEPT_ENCODING);
        assertThat(headers.getContentType()).hasToString("text/javascript");
        assertThat(headers.getCacheControl()).contains("max-age=31536000").contains("immutable").contains("public");
        assertThat(result.getResponseBody()).isEqualTo(resource(BUNDLE + ".br"));
    }

    @Test
    void aGzipOnlyClientGetsTheGzipCopyAndOthersThePlainFile() throws IOException {
        EntityExchangeResult<byte[]> gzip = fetch(BUNDLE, "gzip");
        assertThat(gzip.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(gunzip(gzip.getResponseBody())).isEqualTo(resource(BUNDLE));
        assertThat(gzip.getResponseBody().length).isLessThan(resource(BUNDLE).length / 4);

        EntityExchangeResult<byte[]> plain = fetch(BUNDLE, null);
        assertThat(plain.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isNull();
        assertThat(plain.getResponseBody()).isEqualTo(resource(BUNDLE));
    }

    @Test
    void aClientThatListsBrotliAloneOrWithWeightsIsAnsweredAsItAsks() throws IOException {
        assertThat(fetch(BUNDLE, "br").getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("br");
        // Weights are a stated preference: gzip preferred here.
        assertThat(fetch(BUNDLE, "gzip;q=1.0, br;q=0.5").getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(fetch(BUNDLE, "identity").getResponseBody()).isEqualTo(resource(BUNDLE));
    }

    @Test
    void aBundleWithoutCopiesIsGzippedOnTheFly() throws IOException {
        String plain = "/assets/plain-Yc4mR0.js";
        EntityExchangeResult<byte[]> result = fetch(plain, "gzip");
        // Compressed on the fly (server.compression), at the cost of CPU per request.
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
        assertThat(gunzip(result.getResponseBody())).isEqualTo(resource(plain));
        raw().get().uri("/assets/missing-Zz9.js").header(HttpHeaders.ACCEPT_ENCODING, "br").exchange().expectStatus().isNotFound();
    }

    @Test
    void theContractIsServedAsYamlAndCompressed() {
        EntityExchangeResult<byte[]> result = fetch("/openapi.yaml", "gzip");
        assertThat(result.getResponseHeaders().getContentType()).hasToString("application/yaml");
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.CONTENT_ENCODING)).isEqualTo("gzip");
    }

    private static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
