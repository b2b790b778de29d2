package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The scoring rules against sheets computed by hand. */
class ScoringTest {

    private final Map<String, UUID> ids = new HashMap<>();

    private UUID id(String code) {
        return ids.computeIfAbsent(code, c -> UUID.nameUUIDFromBytes(c.getBytes()));
    }

    private Rubric.CheckPoint cp(String code, String min, String max) {
        return new Rubric.CheckPoint(id(code), code, new Rubric.Text(code, code), min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max));
    }

    private Rubric.Item item(String code, Rubric.Kind kind, String points, Rubric.CheckPoint... cps) {
        return new Rubric.Item(id(code), code, new Rubric.Text(code, code), kind, new BigDecimal(points), List.of(cps));
    }

    private Rubric.Section section(String code, String weight, Rubric.Item... items) {
        return new Rubric.Section(id(code), code, new Rubric.Text(code, code), new BigDecimal(weight), List.of(items));
    }

    private static Rubric rubric(Rubric.Section... sections) {
        return new Rubric(new Rubric.Text("测试", "Test"), null, null, List.of(sections));
    }

    private Scoring.Answer missing(String deduction) {
        return new Scoring.Answer(Scoring.Status.MISSING, deduction == null ? null : new BigDecimal(deduction));
    }

    private static final Scoring.Answer MET = new Scoring.Answer(Scoring.Status.MET, null);
    private static final Scoring.Answer NA = new Scoring.Answer(Scoring.Status.NOT_APPLICABLE, null);

    /**
     * S1 (60 %): A1 10 points, missing 2 + 1.5 → 6.5; A2 5 points met → 5; S1 = 11.5 / 15.
     * S2 (40 %): B1 10 points, all N/A → out of the maximum; B2 pass/fail 10 points, all met → 10; S2 = 10 / 10.
     * Total = (60 × 11.5/15 + 40 × 10/10) ÷ 100 × 100 = 46 + 40 = 86.0 → GOOD.
     */
    @Test
    void notApplicableItemsLeaveTheMaximumAndSectionsAreWeighted() {
        Rubric r = rubric(
                section("S1", "60", item("A1", Rubric.Kind.SCORED, "10", cp("a1", "0.5", "2"), cp("a2", "0.5", "2")),
                        item("A2", Rubric.Kind.SCORED, "5", cp("a3", "0.5", "2"))),
                section("S2", "40", item("B1", Rubric.Kind.SCORED, "10", cp("b1", "1", "2"), cp("b2", "1", "2")),
                        item("B2", Rubric.Kind.PASS_FAIL, "10", cp("b3", null, null), cp("b4", null, null))));
        Map<UUID, Scoring.Answer> answers = Map.of(id("a1"), missing("2"), id("a2"), missing("1.5"), id("a3"), MET, id("b1"), NA, id("b2"), NA,
                id("b3"), MET, id("b4"), MET);
        Scoring.Score s = Scoring.score(r, answers);
        assertThat(s.total()).isEqualByComparingTo("86.0");
        assertThat(s.grade()).isEqualTo(Scoring.Grade.GOOD);
        assertThat(s.findings()).isEqualTo(2);
        assertThat(s.answered()).isEqualTo(7);
        assertThat(s.sections().get(0).score()).isEqualByComparingTo("11.5");
        assertThat(s.sections().get(0).max()).isEqualByComparingTo("15");
        assertThat(s.sections().get(0).percent()).isEqualByComparingTo("76.7");
        assertThat(s.sections().get(1).max()).isEqualByComparingTo("10");
        assertThat(s.items()).filteredOn(i -> i.itemId().equals(id("B1"))).singleElement()
                .satisfies(i -> assertThat(i.applicable()).isFalse());
        assertThat(s.consequence().zh()).isEqualTo("不奖不罚");
    }

    /** A pass/fail item with one missing check point scores 0; a section where nothing applies hands its weight on. */
    @Test
    void aFailedPassFailItemScoresNothingAndAnEmptySectionDropsOut() {
        Rubric r = rubric(
                section("S1", "60", item("A1", Rubric.Kind.SCORED, "10", cp("a1", "0.5", "2"), cp("a2", "0.5", "2")),
                        item("A2", Rubric.Kind.SCORED, "5", cp("a3", "0.5", "2"))),
                section("S2", "40", item("B1", Rubric.Kind.SCORED, "10", cp("b1", "1", "2"), cp("b2", "1", "2")),
                        item("B2", Rubric.Kind.PASS_FAIL, "10", cp("b3", null, null), cp("b4", null, null))));
        // S2: B1 6 / 10 (missing 2 + 2), B2 failed → 0 / 10: S2 = 6 / 20 = 30 %; S1 all met. (60 + 40 × 0.3) = 72.0 → FAIL.
        Scoring.Score failed = Scoring.score(r, Map.of(id("b1"), missing("2"), id("b2"), missing("2"), id("b4"), missing(null)));
        assertThat(failed.total()).isEqualByComparingTo("72.0");
        assertThat(failed.grade()).isEqualTo(Scoring.Grade.FAIL);
        assertThat(failed.consequence().zh()).startsWith("罚款");
        // S2 entirely N/A: only S1 counts, 11.5 / 15 = 76.666… → 76.7.
        Scoring.Score dropped = Scoring.score(r, Map.of(id("a1"), missing("2"), id("a2"), missing("1.5"), id("b1"), NA, id("b2"), NA,
                id("b3"), NA, id("b4"), NA));
        assertThat(dropped.total()).isEqualByComparingTo("76.7");
        assertThat(dropped.sections().get(1).applicable()).isFalse();
        assertThat(dropped.sections().get(1).percent()).isNull();
        // Everything N/A: nothing to score (submitting refuses it).
        Map<UUID, Scoring.Answer> none = new HashMap<>();
        List.of("a1", "a2", "a3", "b1", "b2", "b3", "b4").forEach(c -> none.put(id(c), NA));
        assertThat(Scoring.score(r, none).anyApplicable()).isFalse();
    }

    /** Deductions beyond an item's points stop at 0; unanswered check points count as met (the running score). */
    @Test
    void anItemNeverGoesBelowZeroAndUnansweredCountsAsMet() {
        Rubric r = rubric(section("S", "100", item("A", Rubric.Kind.SCORED, "5", cp("a1", "0.5", "2"), cp("a2", "0.5", "2"),
                cp("a3", "0.5", "2")), item("B", Rubric.Kind.SCORED, "5", cp("b1", "0.5", "2"))));
        // A: 5 − 6 → 0; B unanswered → 5. 5 / 10 = 50.0.
        Scoring.Score s = Scoring.score(r, Map.of(id("a1"), missing("2"), id("a2"), missing("2"), id("a3"), missing("2")));
        assertThat(s.total()).isEqualByComparingTo("50.0");
        assertThat(s.items().get(0).score()).isEqualByComparingTo("0");
        assertThat(s.items().get(0).deductions()).isEqualByComparingTo("6");
        assertThat(s.answered()).isEqualTo(3);
        assertThat(s.checkPoints()).isEqualTo(4);
    }

    /** One decimal, half up: 38.5 / 40 = 96.25 % → 96.3 (half even would give 96.2). */
    @Test
    void theTotalIsRoundedHalfUpToOneDecimal() {
        Rubric r = rubric(section("S", "100", item("A", Rubric.Kind.SCORED, "40", cp("a1", "0.5", "2"))));
        Scoring.Score s = Scoring.score(r, Map.of(id("a1"), missing("1.5")));
        assertThat(s.total()).isEqualByComparingTo("96.3");
        assertThat(s.teamBonus()).isTrue();
    }

    /**
     * The bands at their edges, on one 100-point item with 60 check points of 0.1–2: the total is 100 minus the
     * deductions. ≤ 79 FAIL, 80–90 GOOD, 91–100 EXCELLENT (a total between 90 and 91 is still GOOD), 96+ team bonus.
     */
    @ParameterizedTest
    @CsvSource({"21, 79.0, FAIL, false", "20.1, 79.9, FAIL, false", "20, 80.0, GOOD, false", "10, 90.0, GOOD, false",
            "9.1, 90.9, GOOD, false", "9, 91.0, EXCELLENT, false", "4.1, 95.9, EXCELLENT, false", "4, 96.0, EXCELLENT, true",
            "0, 100.0, EXCELLENT, true"})
    void bands(String deducted, String total, Scoring.Grade grade, boolean bonus) {
        List<Rubric.CheckPoint> cps = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            cps.add(cp("c" + i, "0.1", "2"));
        }
        Rubric r = rubric(section("S", "100", item("A", Rubric.Kind.SCORED, "100", cps.toArray(Rubric.CheckPoint[]::new))));
        Map<UUID, Scoring.Answer> answers = new HashMap<>();
        BigDecimal left = new BigDecimal(deducted);
        for (int i = 0; left.signum() > 0; i++) {
            BigDecimal d = left.min(new BigDecimal("2"));
            answers.put(id("c" + i), missing(d.toPlainString()));
            left = left.subtract(d);
        }
        Scoring.Score s = Scoring.score(r, answers);
        assertThat(s.total()).isEqualByComparingTo(total);
        assertThat(s.grade()).isEqualTo(grade);
        assertThat(s.teamBonus()).isEqualTo(bonus);
        assertThat(s.consequence().zh()).contains(bonus ? "团队奖励" : "");
    }

    /** The standard rubrics as shipped are complete: every one passes the publish rules, CS and 十必查 are 100 points. */
    @Test
    void theStandardRubricsArePublishable() {
        tools.jackson.databind.json.JsonMapper json = tools.jackson.databind.json.JsonMapper.builder().build();
        for (StandardRubrics.Standard s : StandardRubrics.RUBRICS) {
            Rubric rubric = json.readValue(StandardRubrics.read(s.file()), Rubric.class);
            RubricRules.requirePublishable(rubric);
            BigDecimal points = rubric.sections().stream().flatMap(x -> x.items().stream()).map(Rubric.Item::maxPoints)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (s.code().equals("CUSTOMER_SERVICE")) {
                assertThat(points).isEqualByComparingTo("100");
                assertThat(rubric.sections().stream().mapToLong(x -> x.items().size()).sum()).isEqualTo(19);
            }
            if (s.code().equals("TEN_MUST_CHECKS")) {
                assertThat(rubric.sections().stream().flatMap(x -> x.items().stream()))
                        .hasSize(10).allSatisfy(i -> assertThat(i.kind()).isEqualTo(Rubric.Kind.PASS_FAIL));
            }
        }
    }
}
