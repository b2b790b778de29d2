package dev.steward.api.identity;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.ClientAddress;
import dev.steward.api.platform.ProblemWriter;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token endpoint's form-encoded half: the OAuth 2.0 client credentials grant (RFC 6749 §4.4). The generated
 * interface reads JSON bodies only (the password login, {@link AuthController}); a form-encoded request to the same
 * operation is answered here, after the security chain (the endpoint is open) and before the controllers.
 */
@Component
class ClientCredentialsEndpoint implements WebFilter, Ordered {

    static final String PATH = "/api/v1/auth/token";

    private final ClientTokens tokens;
    private final ProblemWriter problems;
    private final JsonMapper json;

    ClientCredentialsEndpoint(ClientTokens tokens, ProblemWriter problems, JsonMapper json) {
        this.tokens = tokens;
        this.problems = problems;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return 0; // after Spring Security's chain (-100)
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        MediaType type;
        try {
            type = request.getHeaders().getContentType();
        } catch (InvalidMediaTypeException e) {
            return chain.filter(exchange); // answered as for any other operation (415)
        }
        if (!HttpMethod.POST.equals(request.getMethod()) || !PATH.equals(request.getPath().value())
                || type == null || !MediaType.APPLICATION_FORM_URLENCODED.isCompatibleWith(type)) {
            return chain.filter(exchange);
        }
        String address = ClientAddress.of(request);
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        return exchange.getFormData()
                // a malformed %-escape or an unknown charset in the form body
                .onErrorMap(IllegalArgumentException.class, e -> OAuthProblem.invalidRequest("The form body is malformed."))
                .flatMap(form -> {
                    grantType(form);
                    return tokens.issue(credentials(form, authorization), single(form, "scope"), address);
                })
                .flatMap(t -> answer(exchange, t))
                .onErrorResume(OAuthProblem.class, e -> e.write(exchange, problems, json))
                .onErrorResume(e -> e instanceof ApiException && !(e instanceof OAuthProblem),
                        e -> problems.write(exchange, (ApiException) e));
    }

    private static void grantType(MultiValueMap<String, String> form) {
        String grant = single(form, "grant_type");
        if (grant == null) {
            throw OAuthProblem.invalidRequest("grant_type is required (client_credentials).");
        }
        if (!"client_credentials".equals(grant)) {
            throw OAuthProblem.unsupportedGrant("Only grant_type=client_credentials is form-encoded here; staff log in with JSON.");
        }
    }

    /** HTTP Basic or the body's client_id and client_secret — one of them (RFC 6749 §2.3.1). */
    private static ClientTokens.Credentials credentials(MultiValueMap<String, String> form, String authorization) {
        String id = single(form, "client_id");
        String secret = single(form, "client_secret");
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (secret != null) {
                throw OAuthProblem.invalidRequest("Send the client's credentials once: HTTP Basic or the body, not both.");
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw OAuthProblem.invalidClient("The Basic credentials are not base64.");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw OAuthProblem.invalidClient("The Basic credentials must be client_id:client_secret.");
            }
            String basicId = formDecode(decoded.substring(0, colon));
            if (id != null && !id.equals(basicId)) {
                throw OAuthProblem.invalidRequest("client_id in the body differs from the Basic credentials.");
            }
            return new ClientTokens.Credentials(clientId(basicId), formDecode(decoded.substring(colon + 1)));
        }
        if (id == null || secret == null) {
            throw OAuthProblem.invalidClient("Authenticate the client: HTTP Basic, or client_id and client_secret in the body.");
        }
        return new ClientTokens.Credentials(clientId(id), secret);
    }

    private static UUID clientId(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw OAuthProblem.invalidClient("Unknown client or wrong secret.");
        }
    }

    private static String formDecode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw OAuthProblem.invalidClient("The Basic credentials are not form-encoded.");
        }
    }

    private static String single(MultiValueMap<String, String> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw OAuthProblem.invalidRequest(name + " is given more than once.");
        }
        String value = values.get(0);
        if (value.length() > 300 || value.indexOf('\0') >= 0) {
            throw OAuthProblem.invalidRequest(name + " is too long or holds a NUL character.");
        }
        return value.isEmpty() ? null : value;
    }

    private Mono<Void> answer(ServerWebExchange exchange, ClientTokens.Granted t) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("accessToken", t.token().value());
        body.put("tokenType", "Bearer");
        body.put("expiresIn", t.token().expiresInSeconds());
        body.put("scope", t.scope());
        // RFC 6749 §5.1's names, for standard OAuth client libraries
        body.put("access_token", t.token().value());
        body.put("token_type", "Bearer");
        body.put("expires_in", t.token().expiresInSeconds());
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        response.getHeaders().setCacheControl("no-store");
        response.getHeaders().set("Pragma", "no-cache");
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
