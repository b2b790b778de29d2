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

/**
 * Issues RS256 access tokens: subject = user id, plus username, display name and roles. An API client's token also
 * carries {@code client_id}, its granted {@code scope} (space-separated, RFC 6749 §3.3; RFC 9068 names the claim
 * {@code scope} too) and {@code sid}, the secret it was obtained with; it lasts {@code steward.api-clients.token-ttl}
 * (15 min) and never outlives that secret.
 */
@Component
class TokenService {

    record IssuedToken(String value, long expiresInSeconds, boolean deprecatedLogin) {}

    static final String CLIENT_ID = "client_id";
    static final String SCOPE = "scope";
    static final String SECRET_ID = "sid";

    private final JwtEncoder encoder;
    private final JwtKeys keys;
    private final Clock clock;
    private final String issuer;
    private final Duration ttl;
    private final Duration clientTtl;

    TokenService(JwtKeys keys, Clock clock, @Value("${steward.jwt.issuer}") String issuer,
            @Value("${steward.jwt.ttl}") Duration ttl,
            @Value("${steward.api-clients.token-ttl:PT15M}") Duration clientTtl) {
        this.clientTtl = clientTtl;
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
        // Password logins of INTEGRATION accounts still work (read-only) but are deprecated for API clients.
        return new IssuedToken(sign(claims), ttl.toSeconds(), user.roles().contains("INTEGRATION"));
    }

    /** A client credentials token; {@code secretExpires} (null: none) caps its lifetime. */
    IssuedToken issueClient(UUID clientId, UUID userId, String name, String scope, UUID secretId, Instant secretExpires) {
        Instant now = clock.instant();
        Instant expires = now.plus(clientTtl);
        if (secretExpires != null && secretExpires.isBefore(expires)) {
            expires = secretExpires;
        }
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(userId.toString())
                .issuedAt(now)
                .expiresAt(expires)
                .id(UUID.randomUUID().toString())
                .claim("name", name)
                .claim("roles", java.util.List.of("INTEGRATION"))
                .claim(CLIENT_ID, clientId.toString())
                .claim(SCOPE, scope)
                .claim(SECRET_ID, secretId.toString())
                .build();
        return new IssuedToken(sign(claims), Math.max(1, Duration.between(now, expires).toSeconds()), false);
    }

    private String sign(JwtClaimsSet claims) {
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(keys.rsaKey().getKeyID()).type("JWT").build();
        return encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
    }
}
