package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResidentTest {

    @Test
    void masksMobileNumbersKeepingPrefixAndLastFour() {
        assertThat(Resident.mask("13812345678")).isEqualTo("138****5678");
        assertThat(Resident.mask("021-5555 1234")).isEqualTo("021*****1234");
        assertThat(Resident.mask("1234")).isEqualTo("****");
    }
}
