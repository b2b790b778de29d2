package dev.steward.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;

/** The bearer-token reader agrees with Spring Security's default converter on every header. */
class BearerTokensTest {

    private static String outcome(ServerAuthenticationConverter converter, String header) {
        MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("/api/v1/me");
        if (header != null) {
            request.header("Authorization", header);
        }
        try {
            return converter.convert(MockServerWebExchange.from(request)).map(a -> "token:" + ((BearerTokenAuthenticationToken) a).getToken())
                    .defaultIfEmpty("none").block();
        } catch (OAuth2AuthenticationException e) {
            return "error:" + e.getError().getErrorCode() + ":" + e.getError().getDescription();
        }
    }

    @Test
    void readsEveryHeaderAsSpringSecurityDoes() {
        List<String> headers = new ArrayList<>(List.of("Bearer abc", "bearer abc", "BEARER abc.def-ghi_jkl~mno+pq/rs==", "Bearer", "Bearer ",
                "Bearer  abc", "Bearer abc ", "Bearer =", "Bearer abc=x", "Bearer a==", "Bearerabc", "Basic dXNlcjpwYXNz", "bear abc",
                "Bearer abc\n", "Bearer ab c", "Bearer 汉字", "Bearer abc,def", "", " Bearer abc", "Bearer\tabc", "Token abc"));
        headers.add(null);
        String alphabet = "abcXYZ019-._~+/= \t,\"é;Bb";
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            StringBuilder h = new StringBuilder(random.nextBoolean() ? "Bearer " : random.nextBoolean() ? "bEaReR" : "");
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                h.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            headers.add(h.toString());
        }
        ServerBearerTokenAuthenticationConverter spring = new ServerBearerTokenAuthenticationConverter();
        BearerTokens ours = new BearerTokens();
        int tokens = 0;
        for (String header : headers) {
            String expected = outcome(spring, header);
            assertThat(outcome(ours, header)).as("Authorization: %s", header).isEqualTo(expected);
            tokens += expected.startsWith("token:") ? 1 : 0;
        }
        assertThat(tokens).as("headers that carry a token").isGreaterThan(100);
    }
}
