package dev.steward.api.identity;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Reads the bearer token from the Authorization header exactly as Spring Security's
 * {@code ServerBearerTokenAuthenticationConverter} does with its defaults (no query or form parameter): a header not
 * starting with "bearer" carries no token; otherwise it must be {@code Bearer <token68>} (RFC 6750 §2.1, the scheme in
 * any case) or it is an invalid_token error. A loop over the characters instead of the converter's case-insensitive
 * regular expression, which took a quarter of a read's CPU on ~800-character tokens (docs/performance.md).
 * {@code BearerTokensTest} checks both agree.
 */
final class BearerTokens implements ServerAuthenticationConverter {

    private static final String SCHEME = "Bearer ";

    @Override
    public Mono<Authentication> convert(ServerWebExchange exchange) {
        return Mono.fromCallable(() -> token(exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION)))
                .map(BearerTokenAuthenticationToken::new);
    }

    /** The token, or null when the header is absent or of another scheme; malformed → OAuth2AuthenticationException. */
    static String token(String header) {
        if (header == null || !header.regionMatches(true, 0, "bearer", 0, 6)) {
            return null;
        }
        if (!header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw malformed();
        }
        int start = SCHEME.length();
        int end = header.length();
        while (end > start && header.charAt(end - 1) == '=') {
            end--;
        }
        if (end == start) {
            throw malformed();
        }
        for (int i = start; i < end; i++) {
            if (!token68(header.charAt(i))) {
                throw malformed();
            }
        }
        return header.substring(start);
    }

    private static boolean token68(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }

    private static OAuth2AuthenticationException malformed() {
        return new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }
}
