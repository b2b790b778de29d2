package dev.steward.api.platform;

import dev.steward.api.contract.model.FieldErrorDto;
import dev.steward.api.contract.model.ProblemDto;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Writes RFC 9457 problem details; the single place that shapes an error body. */
@Component
public class ProblemWriter {

    private static final int MAX_INSTANCE = 2000;

    private final JsonMapper json;

    public ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    public ProblemDto toProblem(ApiException e, ServerWebExchange exchange) {
        return toProblem(e, exchange.getRequest().getPath().value());
    }

    /** The problem as JSON bytes, for the few answers written below Spring (e.g. by the Netty codec). */
    public byte[] render(ApiException e, String instance) {
        return json.writeValueAsString(toProblem(e, instance)).getBytes(StandardCharsets.UTF_8);
    }

    private ProblemDto toProblem(ApiException e, String instance) {
        ProblemDto problem = new ProblemDto()
                .type("https://steward.dev/problems/" + e.code().toLowerCase().replace('_', '-'))
                .title(e.title())
                .status(e.status().value())
                .code(e.code())
                .detail(e.getMessage())
                .instance(instance == null || instance.length() > MAX_INSTANCE ? null : instance);
        problem.setErrors(e.errors().isEmpty() ? null : e.errors().stream()
                .map(f -> new FieldErrorDto(f.field(), f.message()))
                .toList());
        return problem;
    }

    public Mono<Void> write(ServerWebExchange exchange, ApiException e) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(e);
        }
        response.setStatusCode(e.status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setCacheControl("no-store");
        if (e.status() == HttpStatus.UNAUTHORIZED && !headers.containsHeader(HttpHeaders.WWW_AUTHENTICATE)) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"steward\"");
        }
        if (e.retryAfterSeconds() != null) {
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
        }
        byte[] body = render(e, exchange.getRequest().getPath().value());
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }
}
