package dev.steward.api.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: the secret is {@code whsec_} + base64 of 32 random bytes; a message is signed by
 * HMAC-SHA256 (key: the secret's bytes) over {@code <webhook-id>.<webhook-timestamp>.<body>}, sent as
 * {@code webhook-signature: v1,<base64>}, several signatures (during a secret rotation) separated by spaces.
 */
final class WebhookSigner {

    static final String PREFIX = "whsec_";
    /** A DRBG seeded once (at start-up, {@link #warmUp}): later draws are computation only, fine on an event loop. */
    private static final SecureRandom RANDOM = drbg();

    private WebhookSigner() {}

    private static SecureRandom drbg() {
        try {
            SecureRandom random = SecureRandom.getInstance("DRBG");
            random.nextBytes(new byte[32]);
            return random;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("DRBG is part of every JDK", e);
        }
    }

    /** Seeds the generator and loads the MAC at start-up, not on the first request's event loop. */
    static void warmUp() {
        sign(newSecret(), "msg_warm_up", 0, new byte[0]);
    }

    static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header value for the message under each given secret (nulls skipped). */
    static String signature(List<String> secrets, String id, long timestamp, byte[] body) {
        StringBuilder header = new StringBuilder();
        for (String secret : secrets) {
            if (secret == null) {
                continue;
            }
            if (!header.isEmpty()) {
                header.append(' ');
            }
            header.append("v1,").append(sign(secret, id, timestamp, body));
        }
        return header.toString();
    }

    static String sign(String secret, String id, long timestamp, byte[] body) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(encoded), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
