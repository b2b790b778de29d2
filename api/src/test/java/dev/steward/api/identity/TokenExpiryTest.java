package dev.steward.api.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import dev.steward.api.support.IntegrationTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** No clock-skew allowance (steward.jwt.clock-skew=0s): a token is refused from the second it expires. */
class TokenExpiryTest extends IntegrationTest {

    @Autowired
    JwtKeys keys;

    @Autowired
    DatabaseClient db;

    @Test
    void aTokenExpiredOneSecondAgoIsRefusedAndOneExpiringSoonIsAccepted() {
        String subject = db.sql("select id from users where username = 'manager'").map(row -> row.get(0).toString()).one().block();

        client.get().uri("/api/v1/me").header("Authorization", "Bearer " + token(subject, Instant.now().minusSeconds(1)))
                .exchange().expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.code").isEqualTo("INVALID_TOKEN");
        client.get().uri("/api/v1/me").header("Authorization", "Bearer " + token(subject, Instant.now().plusSeconds(30)))
                .exchange().expectStatus().isOk();
    }

    private String token(String subject, Instant expiresAt) {
        NimbusJwtEncoder encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.rsaKey())));
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer("steward").subject(subject)
                .issuedAt(expiresAt.minusSeconds(3600)).expiresAt(expiresAt)
                .claim("preferred_username", "manager").claim("roles", List.of("MANAGER")).build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.rsaKey().getKeyID()).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
