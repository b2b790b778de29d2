package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class ETagsTest {

    @Test
    void versionsRoundTripThroughStrongAndWeakTags() {
        assertThat(ETags.of(7)).isEqualTo("\"7\"");
        assertThat(ETags.expectedVersion("\"7\"")).isEqualTo(7);
        assertThat(ETags.expectedVersion("W/\"7\"")).isEqualTo(7);
    }

    @Test
    void missingIfMatchIs428AndGarbageIs412() {
        assertThatThrownBy(() -> ETags.expectedVersion(null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> ETags.expectedVersion("\"abc\""))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.PRECONDITION_FAILED));
    }
}
