package dev.steward.api.identity;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.ProblemExceptionHandler;
import dev.steward.api.platform.ProblemWriter;
import dev.steward.api.platform.RateLimitFilter;
import dev.steward.api.platform.ValidationWarmUp;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webflux.test.autoconfigure.WebFluxTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Mono;

/** The auth controller alone: JSON in, problem+json out, with the service mocked. */
// The shared rate limits need the database; they are tested in RateLimitIntegrationTest.
@WebFluxTest(controllers = AuthController.class,
        excludeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = {RateLimitFilter.class, ClientCredentialsEndpoint.class}))
@Import({SecurityConfig.class, JwtKeys.class, ProblemWriter.class, ProblemExceptionHandler.class, ValidationWarmUp.class})
@TestPropertySource(properties = {"steward.jwt.issuer=steward", "steward.jwt.key-file="})
// The first request of a fresh context warms up the JIT and Jackson; on a busy machine (./steward test runs the
// web-ui checks and the e2e stories beside the API tests) that can exceed WebTestClient's default 5 s.
@AutoConfigureWebTestClient(timeout = "30s")
class AuthControllerSliceTest {

    @Autowired
    WebTestClient client;

    @MockitoBean
    LoginService logins;

    /** API clients' per-request check (issue 15) reads the database; no client token is sent here. */
    @MockitoBean
    ClientAccess clientAccess;

    @Test
    void issuesWhatTheServiceIssues() {
        when(logins.login(eq("agent"), eq("pw"), anyString())).thenReturn(Mono.just(new TokenService.IssuedToken("abc.def.ghi", 3600, false)));
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "agent", "password", "pw"))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.accessToken").isEqualTo("abc.def.ghi").jsonPath("$.expiresIn").isEqualTo(3600);
    }

    @Test
    void serviceRefusalBecomesA401Problem() {
        when(logins.login(anyString(), anyString(), anyString()))
                .thenReturn(Mono.error(ApiException.unauthorized("INVALID_CREDENTIALS", "Wrong username or password.")));
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "agent", "password", "nope"))
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.code").isEqualTo("INVALID_CREDENTIALS");
    }

    @Test
    void blankUsernameIsA400NamingTheField() {
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "", "password", "pw"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("username");
    }
}
