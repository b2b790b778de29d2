package dev.steward.api.quality;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.property.Projects;
import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Where the previous period of an overview starts (what it is compared with). */
class PreviousPeriodTest {

    private static final UUID SG = UUID.randomUUID();
    private static final UUID NY = UUID.randomUUID();
    private static final Map<UUID, Projects.Summary> SHANGHAI = Map.of(SG, new Projects.Summary(SG, "SG", "阳光花园", "Asia/Shanghai"));

    @Test
    void aPeriodIsComparedWithTheOneAsLongBeforeIt() {
        OffsetDateTime from = OffsetDateTime.parse("2026-11-03T00:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2026-12-03T00:00:00Z");
        assertThat(QualityService.previousFrom(from, to, GroupBy.PROJECT, SHANGHAI)).isEqualTo(OffsetDateTime.parse("2026-10-04T00:00:00Z"));
        assertThat(QualityService.previousFrom(from, to, GroupBy.BUILDING, SHANGHAI)).isEqualTo(OffsetDateTime.parse("2026-10-04T00:00:00Z"));
    }

    @Test
    void aMonthlySeriesReadsOnlyTheMonthBeforeItsFirst() {
        // A 12-month trend from 2025-12-01 (Shanghai): the month before is November 2025, not the 12 months before.
        OffsetDateTime from = OffsetDateTime.parse("2025-11-30T16:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2026-12-03T00:00:00Z");
        assertThat(QualityService.previousFrom(from, to, GroupBy.MONTH, SHANGHAI)).isEqualTo(OffsetDateTime.parse("2025-10-31T16:00:00Z"));
        // Several zones: the earliest start of the month before.
        Map<UUID, Projects.Summary> two = Map.of(SG, SHANGHAI.get(SG), NY, new Projects.Summary(NY, "NY", "Hudson", "America/New_York"));
        assertThat(QualityService.previousFrom(from, to, GroupBy.MONTH, two)).isEqualTo(OffsetDateTime.parse("2025-10-01T04:00:00Z"));
    }

    @Test
    void aMonthlySeriesShorterThanAMonthKeepsThePeriodOfEqualLength() {
        OffsetDateTime from = OffsetDateTime.parse("2026-11-25T00:00:00Z");
        OffsetDateTime to = OffsetDateTime.parse("2026-12-02T00:00:00Z");
        assertThat(QualityService.previousFrom(from, to, GroupBy.MONTH, SHANGHAI)).isEqualTo(OffsetDateTime.parse("2026-11-18T00:00:00Z"));
    }
}
