package dev.steward.api.platform;

import io.netty.util.IllegalReferenceCountException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.PayloadTooLargeException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import org.springframework.web.server.WebExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;
import reactor.core.publisher.Mono;
import reactor.netty.Connection;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure — from controllers, codecs, validation or routing — into problem+json.
 * Runs before Boot's default handler, so no error ever leaves as HTML or with a stack trace.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final ProblemWriter writer;

    public ProblemExceptionHandler(ProblemWriter writer) {
        this.writer = writer;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
        boolean disconnected = DisconnectedClientHelper.isClientDisconnectedException(ex);
        // A request body cut off on the wire can also surface as a buffer already released under the reader (Spring's
        // multipart PartGenerator racing the connection's close): with the client gone, that is the same disconnect.
        boolean releasedUnderfoot = hasCause(ex, IllegalReferenceCountException.class);
        if ((disconnected || releasedUnderfoot) && clientGone(exchange)) {
            // The client went away (closed the tab, aborted a stream, reset the connection): nobody to answer.
            log.debug("Client disconnected from {}: {}", exchange.getRequest().getPath(), ex.toString());
            return Mono.empty();
        }
        // A "connection reset" or "broken pipe" while the client is still connected is the database's connection
        // dropping mid-request (the only connection a request holds). Answering nothing here would send the client
        // a 200 without a body; tell it the write's outcome is unknown instead.
        ApiException problem = disconnected && DatabaseOutage.problemFor(ex) == null ? peerDisconnected(ex) : toApiException(ex);
        if (ex instanceof MethodNotAllowedException m && !m.getSupportedMethods().isEmpty()) {
            exchange.getResponse().getHeaders().setAllow(m.getSupportedMethods());
        }
        return writer.write(exchange, problem);
    }

    /** Whether the client's own connection is closed; when it cannot be told, it is taken to be open. */
    boolean clientGone(ServerWebExchange exchange) {
        try {
            Object nativeResponse = ServerHttpResponseDecorator.getNativeResponse(exchange.getResponse());
            return nativeResponse instanceof Connection c && (c.isDisposed() || !c.channel().isActive());
        } catch (IllegalStateException | IllegalArgumentException noNativeResponse) {
            return false;
        }
    }

    private static ApiException peerDisconnected(Throwable ex) {
        log.warn("A connection other than the client's dropped mid-request: {}", ex.toString());
        return DatabaseOutage.outcomeUnknown();
    }

    ApiException toApiException(Throwable ex) {
        if (ex instanceof ApiException api) {
            return api;
        }
        if (ex instanceof WebExchangeBindException bind) {
            List<ApiException.FieldProblem> errors = new ArrayList<>();
            for (FieldError f : bind.getFieldErrors()) {
                errors.add(new ApiException.FieldProblem(f.getField(), f.getDefaultMessage()));
            }
            bind.getGlobalErrors().forEach(g -> errors.add(new ApiException.FieldProblem(g.getObjectName(), g.getDefaultMessage())));
            return validation(errors);
        }
        if (ex instanceof ConstraintViolationException cve) {
            List<ApiException.FieldProblem> errors = cve.getConstraintViolations().stream()
                    .map(v -> new ApiException.FieldProblem(leafName(v.getPropertyPath()), v.getMessage()))
                    .toList();
            return validation(errors);
        }
        if (ex instanceof PayloadTooLargeException || hasCause(ex, DataBufferLimitException.class)) {
            return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "Payload too large",
                    "The request body is larger than the server accepts.");
        }
        if (ex instanceof UnsupportedMediaTypeStatusException) {
            return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE", "Unsupported media type",
                    "Send the body as application/json.");
        }
        if (ex instanceof MethodNotAllowedException m) {
            return new ApiException(HttpStatus.METHOD_NOT_ALLOWED, "METHOD_NOT_ALLOWED", "Method not allowed",
                    m.getHttpMethod() + " is not supported here.");
        }
        if (ex instanceof MissingRequestValueException missing) {
            return validation(List.of(new ApiException.FieldProblem(missing.getName(), "is required")));
        }
        if (ex instanceof ServerWebInputException input) {
            return inputProblem(input);
        }
        if (ex instanceof DecodingException) {
            // A multipart body resolved into a single part (e.g. the import's `file`) fails before any controller code.
            return new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "Malformed request body",
                    "The request body could not be read (cut off, a bad multipart boundary, or not the declared format).");
        }
        if (ex instanceof ServerErrorException missing && missing.getMethodParameter() != null
                && missing.getMethodParameter().hasParameterAnnotation(PathVariable.class)) {
            // A blank path segment (/work-orders/%20) converts to no value at all.
            return validation(List.of(new ApiException.FieldProblem(missing.getMethodParameter().getParameterName(), "is required")));
        }
        if (ex instanceof ServerExchangeRejectedException) {
            return ApiException.requestRejected();
        }
        if (ex instanceof AuthenticationException) {
            return ApiException.unauthorized("UNAUTHENTICATED", "Log in first: send a valid bearer token.");
        }
        if (ex instanceof AccessDeniedException) {
            return ApiException.forbidden("FORBIDDEN", "You may not do this.");
        }
        if (ex instanceof DataIntegrityViolationException) {
            log.info("Integrity violation mapped to 409: {}", ex.getMessage());
            return ApiException.conflict("CONFLICT", "The request conflicts with existing data.");
        }
        ApiException outage = DatabaseOutage.problemFor(ex);
        if (outage != null) {
            log.warn("Database unavailable ({}): {}", outage.code(), ex.toString());
            return outage;
        }
        if (ex instanceof ResponseStatusException rse) {
            return fromStatus(rse.getStatusCode(), rse.getReason());
        }
        log.error("Unexpected error", ex);
        return new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR", "Internal server error",
                "Something went wrong on our side. It has been logged.");
    }

    private static ApiException inputProblem(ServerWebInputException input) {
        Throwable cause = input.getCause();
        if (cause instanceof DecodingException && cause.getCause() instanceof JacksonException jackson) {
            String field = jacksonPath(jackson);
            String message = jackson instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : jackson instanceof StrictJsonInput.NulCharacterException ? "must not contain a NUL character (U+0000)"
                    : jackson instanceof InvalidNullException ? "must not be null"
                    : "has the wrong type or format";
            if (field.isEmpty()) {
                return new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "Malformed request body",
                        "The body is not valid JSON for this request.");
            }
            return validation(List.of(new ApiException.FieldProblem(field, message)));
        }
        if (cause instanceof DecodingException) {
            return new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "Malformed request body",
                    "The body is not valid JSON for this request.");
        }
        if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null) {
            String name = input.getMethodParameter().getParameterName();
            return validation(List.of(new ApiException.FieldProblem(name, "has the wrong type or format")));
        }
        if (input.getReason() != null && input.getReason().contains("body")) {
            return new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_BODY", "Malformed request body",
                    "A JSON body is required.");
        }
        return new ApiException(HttpStatus.BAD_REQUEST, "BAD_REQUEST", "Bad request", "The request is not valid.");
    }

    private static String jacksonPath(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static ApiException validation(List<ApiException.FieldProblem> errors) {
        String detail = errors.stream().map(f -> f.field() + ": " + f.message()).reduce((a, b) -> a + "; " + b)
                .orElse("The request is not valid.");
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request", detail, errors, null);
    }

    private static String leafName(Path path) {
        String name = "";
        for (Path.Node node : path) {
            if (node.getName() != null) {
                name = node.getName();
            }
        }
        return name;
    }

    private static ApiException fromStatus(HttpStatusCode status, String reason) {
        HttpStatus resolved = HttpStatus.resolve(status.value());
        HttpStatus s = resolved == null ? HttpStatus.INTERNAL_SERVER_ERROR : resolved;
        String code = switch (s) {
            case NOT_FOUND -> "NOT_FOUND";
            case NOT_ACCEPTABLE -> "NOT_ACCEPTABLE";
            default -> s.name();
        };
        String detail = s == HttpStatus.NOT_FOUND ? "There is nothing at this address." : reason == null ? s.getReasonPhrase() : reason;
        return new ApiException(s, code, s.getReasonPhrase(), detail);
    }

    private static boolean hasCause(Throwable ex, Class<? extends Throwable> type) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

}
