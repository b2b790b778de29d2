package dev.steward.api.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * API client secrets: {@code stw_} and 256 random bits (base64url, 43 characters), stored as their SHA-256.
 * A slow password hash (BCrypt) protects guessable passwords; a 256-bit random secret cannot be guessed or found
 * from its SHA-256 by any search, so a fast hash loses nothing and keeps the token endpoint cheap.
 */
final class ClientSecrets {

    static final String PREFIX = "stw_";
    /** How many characters of a secret are kept in clear to tell secrets apart (the prefix and 4 random ones). */
    static final int SHOWN = PREFIX.length() + 4;

    /** Created on first use, off the event loop (seeding may read the system's entropy). */
    private static final class Random {
        static final SecureRandom SOURCE = new SecureRandom();
    }

    record NewSecret(String value, String hash, String shown) {}

    private ClientSecrets() {}

    /** A new secret, made off the event loop (the system's random source may read from a device). */
    static Mono<NewSecret> generate() {
        return Mono.fromCallable(() -> {
            byte[] bytes = new byte[32];
            Random.SOURCE.nextBytes(bytes);
            String value = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            return new NewSecret(value, hash(value), value.substring(0, SHOWN));
        }).subscribeOn(Schedulers.boundedElastic());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Compares two hashes in time that does not depend on where they differ. */
    static boolean sameHash(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
