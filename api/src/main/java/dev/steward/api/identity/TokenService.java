package dev.steward.api.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

/** Issues RS256 access tokens: subject = user id, plus username, display name and roles. */
@Component
class TokenService {

    record IssuedToken(String value, long expiresInSeconds) {}

    private final JwtEncoder encoder;
    private final JwtKeys keys;
    private final Clock clock;
    private final String issuer;
    private final Duration ttl;

    TokenService(JwtKeys keys, Clock clock, @Value("${steward.jwt.issuer}") String issuer,
            @Value("${steward.jwt.ttl}") Duration ttl) {
        this.keys = keys;
        this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.rsaKey())));
        this.clock = clock;
        this.issuer = issuer;
        this.ttl = ttl;
    }

    IssuedToken issue(User user) {
        Instant now = clock.instant();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(user.id().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .id(UUID.randomUUID().toString())
                .claim("preferred_username", user.username())
                .claim("name", user.displayName())
                .claim("roles", user.roles())
                .build();
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.rsaKey().getKeyID()).type("JWT").build();
        return new IssuedToken(encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue(), ttl.toSeconds());
    }
}
