package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Mono;

class SpaFallbackFilterTest {

    private final SpaFallbackFilter filter = new SpaFallbackFilter();

    @Test
    void clientRoutesAreServedTheSpa() {
        assertThat(pathAfterFilter(MockServerHttpRequest.get("/login").accept(MediaType.TEXT_HTML))).isEqualTo("/index.html");
        assertThat(pathAfterFilter(MockServerHttpRequest.get("/projects/42"))).isEqualTo("/index.html");
        assertThat(pathAfterFilter(MockServerHttpRequest.get("/").accept(MediaType.ALL))).isEqualTo("/index.html");
    }

    @Test
    void apiDocsFilesAndJsonRequestsAreLeftAlone() {
        assertThat(pathAfterFilter(MockServerHttpRequest.get("/api/v1/projects").accept(MediaType.TEXT_HTML))).isEqualTo("/api/v1/projects");
        assertThat(pathAfterFilter(MockServerHttpRequest.get("/assets/app.js"))).isEqualTo("/assets/app.js");
        assertThat(pathAfterFilter(MockServerHttpRequest.get("/actuator/health"))).isEqualTo("/actuator/health");
        assertThat(pathAfterFilter(MockServerHttpRequest.get("/swagger-ui.html"))).isEqualTo("/swagger-ui.html");
        assertThat(pathAfterFilter(MockServerHttpRequest.get("/projects").accept(MediaType.APPLICATION_JSON))).isEqualTo("/projects");
        assertThat(pathAfterFilter(MockServerHttpRequest.post("/login"))).isEqualTo("/login");
    }

    private String pathAfterFilter(MockServerHttpRequest.BaseBuilder<?> request) {
        AtomicReference<String> seen = new AtomicReference<>();
        filter.filter(MockServerWebExchange.from(request), exchange -> {
            seen.set(exchange.getRequest().getPath().value());
            return Mono.empty();
        }).block();
        return seen.get();
    }
}
