package dev.steward.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;
import reactor.test.StepVerifier;

/** The verified-token memory: each token verified once, and a kept token refused from the instant it expires. */
class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-12-03T08:00:00Z");

    /** A clock the test moves. */
    private static final class Hands extends Clock {
        Instant now = T0;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final AtomicInteger verifications = new AtomicInteger();
    private final Hands clock = new Hands();
    /** Accepts "good-*" tokens until their expiry (T0 + 15 min) by the test's clock, refuses anything else. */
    private final ReactiveJwtDecoder verifier = token -> {
        verifications.incrementAndGet();
        if (!token.startsWith("good") || clock.now.isAfter(T0.plus(Duration.ofMinutes(15)))) {
            return Mono.error(new BadJwtException("refused"));
        }
        return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("user-1")
                .issuedAt(T0).expiresAt(T0.plus(Duration.ofMinutes(15))).build());
    };
    private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock, Duration.ZERO);

    @Test
    void aTokenIsVerifiedOnceWhileItIsValid() {
        for (int i = 0; i < 5; i++) {
            StepVerifier.create(tokens.decode("good-1")).assertNext(jwt -> assertThat(jwt.getSubject()).isEqualTo("user-1")).verifyComplete();
        }
        assertThat(verifications).hasValue(1);
    }

    @Test
    void aKeptTokenIsRefusedOnceItHasExpired() {
        StepVerifier.create(tokens.decode("good-2")).expectNextCount(1).verifyComplete();
        clock.now = T0.plus(Duration.ofMinutes(15)).plusSeconds(1);
        StepVerifier.create(tokens.decode("good-2")).expectError(BadJwtException.class).verify();
        assertThat(verifications).as("verified again, and refused").hasValue(2);
    }

    @Test
    void aRefusedTokenIsNotKept() {
        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        StepVerifier.create(tokens.decode("forged")).expectError(BadJwtException.class).verify();
        assertThat(verifications).hasValue(2);
    }
}
