package dev.steward.api.platform;

import io.r2dbc.spi.R2dbcException;
import io.r2dbc.spi.R2dbcNonTransientResourceException;
import io.r2dbc.spi.R2dbcTimeoutException;
import io.r2dbc.spi.R2dbcTransientResourceException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.List;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises "the database is not there" (refused or dropped connections, a server shutting down or starting up,
 * no pooled connection in time) and turns it into a 503 the client can act on, with {@code Retry-After}.
 * A failure before the commit means nothing was saved ({@code DATABASE_UNAVAILABLE}); a failure during the
 * commit leaves the outcome unknown ({@code DATABASE_OUTCOME_UNKNOWN}), and the client is told so.
 */
final class DatabaseOutage {

    /** Seconds a client should wait before retrying; a restart or fail-over usually takes a few seconds. */
    static final long RETRY_AFTER_SECONDS = 2;

    private DatabaseOutage() {}

    /** The 503 for this failure, or null if it is not a database outage. */
    static ApiException problemFor(Throwable ex) {
        if (!isOutage(ex)) {
            return null;
        }
        if (duringCommit(ex)) {
            return outcomeUnknown();
        }
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_UNAVAILABLE", "Database unavailable",
                "The database is unavailable, so nothing was saved. Try again in " + RETRY_AFTER_SECONDS
                        + " s (a create with the same Idempotency-Key).", List.of(), RETRY_AFTER_SECONDS);
    }

    /** The 503 for a change whose outcome the database left unknown. */
    static ApiException outcomeUnknown() {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "DATABASE_OUTCOME_UNKNOWN", "Database unavailable",
                "The database became unavailable while the change was being committed: it may or may not have been saved. "
                        + "Retry with the same Idempotency-Key (a saved create is then returned, not repeated), or read "
                        + "the resource again before repeating a change.", List.of(), RETRY_AFTER_SECONDS);
    }

    static boolean isOutage(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (t instanceof R2dbcNonTransientResourceException || t instanceof R2dbcTransientResourceException
                    || t instanceof R2dbcTimeoutException || t instanceof DataAccessResourceFailureException
                    || t instanceof TransientDataAccessResourceException || t instanceof QueryTimeoutException
                    || t instanceof CannotCreateTransactionException || t instanceof ConnectException
                    || t instanceof ClosedChannelException) {
                return true;
            }
            if (t instanceof R2dbcException r && r.getSqlState() != null
                    // 08: connection exception; 57P01-57P03: admin or crash shutdown, cannot connect now.
                    && (r.getSqlState().startsWith("08") || r.getSqlState().startsWith("57P"))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }

    private static boolean duringCommit(Throwable ex) {
        for (Throwable t = ex; t != null && t.getCause() != t; t = t.getCause()) {
            // Spring's R2dbcTransactionManager names the task in the translated exception's message.
            if (t.getMessage() != null && t.getMessage().startsWith("R2DBC commit")) {
                return true;
            }
        }
        return false;
    }
}
