package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;
import tools.jackson.databind.json.JsonMapper;

/** Answers written outside the controllers: CORS refusals carry a problem body; a vanished client is not an error. */
class ProblemBodiesTest {

    private final ProblemWriter writer = new ProblemWriter(JsonMapper.builder().build());

    @Test
    void aCorsRefusalIsA403ProblemAndAnAllowedPreflightIsAnswered() {
        CorsFilter cors = new CorsFilter(writer, "https://desk.example.com");
        MockServerWebExchange foreign = MockServerWebExchange.from(MockServerHttpRequest.get("http://api.example.com/api/v1/me")
                .header(HttpHeaders.ORIGIN, "https://evil.example.com"));
        cors.filter(foreign, e -> Mono.error(new AssertionError("a refused request goes no further"))).block();
        assertThat(foreign.getResponse().getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(foreign.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(foreign.getResponse().getBodyAsString().block()).contains("\"code\":\"CORS_REJECTED\"");

        MockServerWebExchange preflight = MockServerWebExchange.from(MockServerHttpRequest.options("http://api.example.com/api/v1/me")
                .header(HttpHeaders.ORIGIN, "https://desk.example.com")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, If-Match"));
        cors.filter(preflight, e -> Mono.error(new AssertionError("a preflight is answered here"))).block();
        assertThat(preflight.getResponse().getHeaders().getAccessControlAllowOrigin()).isEqualTo("https://desk.example.com");
        assertThat(preflight.getResponse().getHeaders().getAccessControlAllowMethods()).contains(HttpMethod.PATCH);
    }

    @Test
    void aClientThatWentAwayIsNeitherAnErrorNorA500() {
        Logger logger = (Logger) LoggerFactory.getLogger(ProblemExceptionHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            // The client's connection is closed (what the handler reads from Reactor Netty's channel).
            ProblemExceptionHandler handler = new ProblemExceptionHandler(writer) {
                @Override
                boolean clientGone(ServerWebExchange exchange) {
                    return true;
                }
            };
            for (Throwable gone : new Throwable[] {new AbortedException("Connection has been closed BEFORE send operation"),
                    new IOException("Connection reset by peer"), new IOException("Broken pipe")}) {
                MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/events/stream"));
                handler.handle(exchange, gone).block();
                assertThat(exchange.getResponse().getStatusCode()).isNotEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
            }
            assertThat(logged.list).noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.WARN));
        } finally {
            logger.detachAppender(logged);
        }
    }

    @Test
    void aRealFailureIsStillA500LoggedOnce() {
        Logger logger = (Logger) LoggerFactory.getLogger(ProblemExceptionHandler.class);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        logger.addAppender(logged);
        try {
            MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/v1/me"));
            new ProblemExceptionHandler(writer).handle(exchange, new IllegalStateException("a bug")).block();
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
            assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.ERROR).hasSize(1)
                    .allMatch(e -> e.getThrowableProxy() != null);
        } finally {
            logger.detachAppender(logged);
        }
    }
}
