package dev.steward.api.identity;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Verifies each distinct token once and remembers the result while it stays valid. Every API request decodes its
 * bearer token twice (the rate limit keys by the verified subject, then the resource server authenticates), and a
 * client sends the same token for many requests: the RSA check and the claim parsing were a measurable part of a
 * read's CPU. Only tokens that verified are kept, by their exact text; a kept token is still refused from the instant
 * it expires (the same clock skew as the validator). Whether the user is still active is not the token's business:
 * {@code ProjectScope} checks that on every request.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final Clock clock;
    private final Duration clockSkew;
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    VerifiedTokens(ReactiveJwtDecoder verifier, Clock clock, Duration clockSkew) {
        this.verifier = verifier;
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            if (stillValid(known)) {
                return Mono.just(known);
            }
            verified.invalidate(token);
        }
        // The verifier says why a token is refused (expired, bad signature…); only a good one is kept.
        return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }

    private boolean stillValid(Jwt jwt) {
        Instant now = clock.instant();
        Instant expires = jwt.getExpiresAt();
        Instant notBefore = jwt.getNotBefore();
        return (expires == null || !now.minus(clockSkew).isAfter(expires))
                && (notBefore == null || !now.plus(clockSkew).isBefore(notBefore));
    }
}
