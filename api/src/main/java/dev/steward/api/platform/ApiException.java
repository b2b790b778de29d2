package dev.steward.api.platform;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on. Rendered as RFC 9457 problem+json by {@link ProblemExceptionHandler},
 * with {@link #code()} as the machine-readable code.
 */
public class ApiException extends RuntimeException {

    public record FieldProblem(String field, String message) {}

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final List<FieldProblem> errors;
    private final Long retryAfterSeconds;

    public ApiException(HttpStatus status, String code, String title, String detail, List<FieldProblem> errors,
            Long retryAfterSeconds) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public ApiException(HttpStatus status, String code, String title, String detail) {
        this(status, code, title, detail, List.of(), null);
    }

    public static ApiException notFound(String what, Object id) {
        return new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "Not found",
                "No " + what + " with id " + id + " in your projects.");
    }

    public static ApiException invalidField(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request",
                field + ": " + message, List.of(new FieldProblem(field, message)), null);
    }

    public static ApiException forbidden(String code, String detail) {
        return new ApiException(HttpStatus.FORBIDDEN, code, "Forbidden", detail);
    }

    public static ApiException roleRequired(String action) {
        return forbidden("ROLE_NOT_ALLOWED", "Your role may not " + action + ".");
    }

    /** A request Spring Security's firewall refused: an encoded slash, "..;", a bad header value and the like. */
    public static ApiException requestRejected() {
        return new ApiException(HttpStatus.BAD_REQUEST, "REQUEST_REJECTED", "Request rejected",
                "The request was refused as potentially malicious (e.g. an encoded slash, \"..;\" or a control character).");
    }

    public static ApiException conflict(String code, String detail) {
        return new ApiException(HttpStatus.CONFLICT, code, "Conflict", detail);
    }

    public static ApiException unauthorized(String code, String detail) {
        return new ApiException(HttpStatus.UNAUTHORIZED, code, "Unauthorized", detail);
    }

    public static ApiException tooManyRequests(String code, long retryAfterSeconds) {
        return new ApiException(HttpStatus.TOO_MANY_REQUESTS, code, "Too many requests",
                "Too many requests; try again in " + retryAfterSeconds + " s.", List.of(), retryAfterSeconds);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
