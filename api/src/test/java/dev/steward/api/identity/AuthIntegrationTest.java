package dev.steward.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.steward.api.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class AuthIntegrationTest extends IntegrationTest {

    @Autowired
    JwtKeys keys;

    @Test
    void loginReturnsABearerTokenThatOpensMe() {
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "manager", "password", "steward-demo"))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.tokenType").isEqualTo("Bearer")
                .jsonPath("$.expiresIn").isNumber()
                .jsonPath("$.accessToken").isNotEmpty();

        as("manager").get().uri("/api/v1/me").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.username").isEqualTo("manager")
                .jsonPath("$.roles[0]").isEqualTo("MANAGER")
                .jsonPath("$.projects.length()").isEqualTo(2);
    }

    @Test
    void wrongPasswordIs401ProblemWithoutSayingWhichPartWasWrong() {
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "manager", "password", "not-the-password"))
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.code").isEqualTo("INVALID_CREDENTIALS")
                .jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void missingTokenIs401ProblemWithWwwAuthenticate() {
        client.get().uri("/api/v1/projects").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer.*")
                .expectBody().jsonPath("$.code").isEqualTo("UNAUTHENTICATED");
    }

    @Test
    void tamperedTokenIs401() {
        String token = token("agent");
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"AGENT\"", "\"ADMIN\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        assertRejected(forged);
    }

    @Test
    void expiredTokenIs401() throws Exception {
        Instant past = Instant.now().minusSeconds(3600);
        assertRejected(sign(keys.rsaKey(), past.minusSeconds(600), past));
    }

    @Test
    void tokenSignedByAnotherKeyIs401() throws Exception {
        RSAKey other = new RSAKeyGenerator(2048).keyID(keys.rsaKey().getKeyID()).generate();
        assertRejected(sign(other, Instant.now(), Instant.now().plusSeconds(600)));
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String body = b64.encodeToString(("{\"iss\":\"steward\",\"sub\":\"" + userId("admin") + "\",\"roles\":[\"ADMIN\"],\"exp\":"
                + (Instant.now().getEpochSecond() + 600) + "}").getBytes(StandardCharsets.UTF_8));
        assertRejected(header + "." + body + ".");
    }

    @Test
    void repeatedFailedLoginsForOneUsernameFromOneAddressAreSlowedDown() {
        String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
        // Three free failures, then the fourth makes this username wait (1 s, then 2 s, 4 s …) from this address.
        for (int i = 0; i < 4; i++) {
            client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("username", username, "password", "guess-" + i))
                    .exchange().expectStatus().isUnauthorized().expectBody().jsonPath("$.code").isEqualTo("INVALID_CREDENTIALS");
        }
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", username, "password", "guess-again"))
                .exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.code").isEqualTo("LOGIN_THROTTLED");
    }

    @Test
    void jwksPublishesTheVerificationKeyOnly() {
        client.get().uri("/.well-known/jwks.json").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.keys[0].kty").isEqualTo("RSA")
                .jsonPath("$.keys[0].kid").isEqualTo(keys.rsaKey().getKeyID())
                .jsonPath("$.keys[0].d").doesNotExist();
    }

    @Test
    void integrationAccountMayOnlyRead() {
        as("integration").get().uri("/api/v1/projects").exchange().expectStatus().isOk();
        as("integration").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", "XX", "name", "Nope"))
                .exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.code").isEqualTo("READ_ONLY");
    }

    @Test
    void invalidLoginBodyNamesTheField() {
        client.post().uri("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("username", "manager"))
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("password");
    }

    private void assertRejected(String token) {
        client.get().uri("/api/v1/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueMatches(HttpHeaders.WWW_AUTHENTICATE, "Bearer .*invalid_token.*")
                .expectBody().jsonPath("$.code").isEqualTo("INVALID_TOKEN");
    }

    private String sign(RSAKey key, Instant issuedAt, Instant expiresAt) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("steward").subject(userId("admin").toString())
                .issueTime(Date.from(issuedAt)).expirationTime(Date.from(expiresAt)).claim("roles", List.of("ADMIN")).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private UUID userId(String username) {
        Map<?, ?> me = as(username).get().uri("/api/v1/me").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(me).isNotNull();
        return UUID.fromString(me.get("id").toString());
    }
}
