package dev.steward.api.identity;

import dev.steward.api.contract.model.ProblemDto;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.ProblemWriter;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * A problem that is also an OAuth error: problem+json like every error here, with the OAuth code in {@code error}
 * (RFC 6749 §5.2 on the token endpoint, RFC 6750 §3.1 elsewhere) and, for {@code insufficient_scope}, the scope
 * needed in {@code scope} and in {@code WWW-Authenticate}.
 */
final class OAuthProblem extends ApiException {

    private final String error;
    private final String scope;

    private OAuthProblem(HttpStatus status, String code, String title, String detail, String error, String scope) {
        super(status, code, title, detail);
        this.error = error;
        this.scope = scope;
    }

    static OAuthProblem invalidClient(String detail) {
        return new OAuthProblem(HttpStatus.UNAUTHORIZED, "INVALID_CLIENT", "Unauthorized", detail, "invalid_client", null);
    }

    static OAuthProblem invalidRequest(String detail) {
        return new OAuthProblem(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "Invalid request", detail, "invalid_request", null);
    }

    static OAuthProblem unsupportedGrant(String detail) {
        return new OAuthProblem(HttpStatus.BAD_REQUEST, "UNSUPPORTED_GRANT_TYPE", "Invalid request", detail,
                "unsupported_grant_type", null);
    }

    static OAuthProblem invalidScope(String scope) {
        return new OAuthProblem(HttpStatus.BAD_REQUEST, "INVALID_SCOPE", "Invalid request",
                "This client may not ask for the scope " + scope + ".", "invalid_scope", scope);
    }

    static OAuthProblem insufficientScope(String scope) {
        return new OAuthProblem(HttpStatus.FORBIDDEN, "INSUFFICIENT_SCOPE", "Forbidden",
                "This operation needs the scope " + scope + ", which this API client's token does not carry.",
                "insufficient_scope", scope);
    }

    static OAuthProblem notForClients(String readScope) {
        return new OAuthProblem(HttpStatus.FORBIDDEN, "API_CLIENT_NOT_ALLOWED", "Forbidden", readScope == null
                ? "API clients cannot use this operation: no scope grants it."
                : "API clients may only read here (scope " + readScope + "); no scope grants this operation.",
                "insufficient_scope", null);
    }

    static OAuthProblem invalidToken(String code, String detail) {
        return new OAuthProblem(HttpStatus.UNAUTHORIZED, code, "Unauthorized", detail, "invalid_token", null);
    }

    Mono<Void> write(ServerWebExchange exchange, ProblemWriter problems, JsonMapper json) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(this);
        }
        ProblemDto problem = problems.toProblem(this, exchange);
        problem.setError(error);
        problem.setScope(scope);
        response.setStatusCode(status());
        HttpHeaders headers = response.getHeaders();
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setCacheControl("no-store");
        if ("invalid_client".equals(error)) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"steward\"");
        } else if (status() == HttpStatus.UNAUTHORIZED || status() == HttpStatus.FORBIDDEN) {
            headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"steward\", error=\"" + error + "\""
                    + (scope == null ? "" : ", scope=\"" + scope + "\""));
        }
        byte[] body = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }
}
