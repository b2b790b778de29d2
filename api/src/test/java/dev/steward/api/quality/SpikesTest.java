package dev.steward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The complaint-spike threshold: mean + 2 × population σ of the 8 weeks before. */
class SpikesTest {

    @Test
    void meanPlusTwoPopulationSigmas() {
        // 1, 1, 1, 1, 3, 3, 3, 3: mean 2, σ 1 → 4.
        assertThat(Spikes.threshold(new double[] {1, 1, 1, 1, 3, 3, 3, 3})).isCloseTo(4.0, within(1e-9));
        // A steady history: σ 0, the threshold is the mean.
        assertThat(Spikes.threshold(new double[] {2, 2, 2, 2, 2, 2, 2, 2})).isCloseTo(2.0, within(1e-9));
        // 0 ×7 and 4: mean 0.5, σ = √(0.25 × 7 + 12.25) / √8 = √1.75 = 1.3229 → 3.1458.
        assertThat(Spikes.threshold(new double[] {0, 0, 0, 0, 0, 0, 0, 4})).isCloseTo(0.5 + 2 * Math.sqrt(1.75), within(1e-9));
    }

    @Test
    void gradesFollowTheRubricBandsOnTheRoundedMean() {
        assertThat(QualityModel.Grade.of(90.94)).isEqualTo(QualityModel.Grade.GOOD);
        assertThat(QualityModel.Grade.of(90.96)).isEqualTo(QualityModel.Grade.EXCELLENT);
        assertThat(QualityModel.Grade.of(79.94)).isEqualTo(QualityModel.Grade.FAIL);
        assertThat(QualityModel.Grade.of(null)).isNull();
    }
}
