package dev.steward.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures against the Standard Webhooks specification's own example. */
class WebhookSignerTest {

    @Test
    void matchesTheSpecificationsExample() {
        // The example of the Standard Webhooks specification (its "Signature scheme" section).
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String id = "msg_p5jXN8AQM9LWM0D4loKWxJek";
        long timestamp = 1614265330;
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        assertThat(WebhookSigner.sign(secret, id, timestamp, body)).isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aRotationSignsWithBothSecretsSpaceSeparated() {
        String now = WebhookSigner.newSecret();
        String before = WebhookSigner.newSecret();
        String header = WebhookSigner.signature(Arrays.asList(now, before), "msg_1", 1, new byte[] {'{', '}'});
        String[] parts = header.split(" ");
        assertThat(parts).hasSize(2).allMatch(p -> p.startsWith("v1,"));
        assertThat(WebhookSigner.signature(List.of(now), "msg_1", 1, new byte[] {'{', '}'})).isEqualTo(parts[0]);
        assertThat(now).startsWith("whsec_").hasSizeGreaterThan(40);
    }
}
