package dev.steward.api.inspection;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * A rubric (评分细则): sections with a weight, items with their points, and each item's check points with the deduction
 * range for a missing one. The same shape is a draft (ids null, stored as JSON on the template) and a published
 * version (ids set, stored in the version tables and never changed). Names are in Chinese and English.
 */
record Rubric(Text name, Text description, Consequences consequences, List<Section> sections) {

    record Text(String zh, String en) {}

    /** What each band carries (奖罚); null parts take {@link RubricRules#DEFAULT_CONSEQUENCES}. */
    record Consequences(Text excellent, Text good, Text fail, Text teamBonus) {}

    enum Kind {
        /** The item's points minus the deductions of its missing check points, never below 0. */
        SCORED,
        /** Full points when no check point is missing, else 0 (十必查); no deductions. */
        PASS_FAIL
    }

    record Section(UUID id, String code, Text name, BigDecimal weightPercent, List<Item> items) {}

    record Item(UUID id, String code, Text name, Kind kind, BigDecimal maxPoints, List<CheckPoint> checkPoints) {}

    record CheckPoint(UUID id, String code, Text text, BigDecimal deductionMin, BigDecimal deductionMax) {}

    int checkPointCount() {
        return sections.stream().flatMap(s -> s.items().stream()).mapToInt(i -> i.checkPoints().size()).sum();
    }
}
