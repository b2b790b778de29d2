package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.server.ServerWebExchange;
import tools.jackson.databind.json.JsonMapper;

/** Which failures mean "the database is not there", and what the client is told about its write. */
class DatabaseOutageTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler(null);

    @Test
    void noConnectionForTheTransactionIsA503SayingNothingWasSaved() {
        ApiException problem = handler.toApiException(new CannotCreateTransactionException("Could not open R2DBC Connection",
                new R2dbcNonTransientResourceException("Connection refused", "08001", new ConnectException("Connection refused"))));
        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.code()).isEqualTo("DATABASE_UNAVAILABLE");
        assertThat(problem.getMessage()).contains("nothing was saved");
        assertThat(problem.retryAfterSeconds()).isPositive();
    }

    @Test
    void aServerShuttingDownMidStatementIsA503() {
        // Recognised by its SQLSTATE whatever class the driver picks for it.
        ApiException problem = handler.toApiException(
                new R2dbcException("terminating connection due to administrator command", "57P01") { });
        assertThat(problem.code()).isEqualTo("DATABASE_UNAVAILABLE");
    }

    @Test
    void aConnectionLostDuringTheCommitLeavesTheOutcomeUnknown() {
        ApiException problem = handler.toApiException(new DataAccessResourceFailureException("R2DBC commit; Connection closed",
                new R2dbcNonTransientResourceException("Connection closed")));
        assertThat(problem.status()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(problem.code()).isEqualTo("DATABASE_OUTCOME_UNKNOWN");
        assertThat(problem.getMessage()).contains("may or may not have been saved").contains("Idempotency-Key");
    }

    @Test
    void aConnectionResetWhileTheClientIsStillThereIsAnAnswerNotSilence() {
        // Spring calls "Connection reset by peer" a client disconnect; a dropped database connection says the same.
        // The client is still connected, so it must get a 503 saying the outcome is unknown, not a 200 without a body.
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/v1/work-orders"));
        new ProblemExceptionHandler(new ProblemWriter(JsonMapper.builder().build())) {
            @Override
            boolean clientGone(ServerWebExchange e) {
                return false;
            }
        }.handle(exchange, new IOException("Connection reset by peer")).block();
        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isNotBlank();
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("DATABASE_OUTCOME_UNKNOWN");
    }

    @Test
    void otherDataErrorsAreNotOutages() {
        assertThat(handler.toApiException(new DataIntegrityViolationException("duplicate key")).status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(handler.toApiException(new IllegalStateException("bug")).status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
