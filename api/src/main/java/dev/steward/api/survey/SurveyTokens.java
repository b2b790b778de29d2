package dev.steward.api.survey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/**
 * Single-use survey link tokens: 256 random bits, URL-safe (43 characters). Only their SHA-256 is stored, so a
 * database copy cannot answer anyone's survey.
 */
@Component
class SurveyTokens {

    private final SecureRandom random;

    SurveyTokens() throws NoSuchAlgorithmException {
        // A DRBG seeded once here, at start-up: later draws are computation only (no reads of /dev/random on an event loop).
        random = SecureRandom.getInstance("DRBG");
        random.nextBytes(new byte[32]);
    }

    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
