package dev.steward.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.property.Projects;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ranking rules of the monthly brief: shared places, rounding of the mean, projects without a score last. */
class MonthlyBriefRankingTest {

    private static final UUID CS = UUID.randomUUID();
    private static final UUID TMC = UUID.randomUUID();

    @Test
    void equalScoresShareAPlaceAndTheNextSkips() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        UUID d = UUID.randomUUID();
        assertThat(MonthlyBriefRanking.places(Map.of(a, new BigDecimal("95.0"), b, new BigDecimal("97.5"), c, new BigDecimal("95.0"),
                d, new BigDecimal("80.1")))).containsExactlyInAnyOrderEntriesOf(Map.of(b, 1, a, 2, c, 2, d, 4));
    }

    @Test
    void theHeadlineMeanIsRoundedHalfUpAndGradedAndTheDeltasCompareTwoMonths() {
        Projects.Summary p1 = project("SG");
        Projects.Summary p2 = project("JL");
        Projects.Summary p3 = project("HX");
        List<MonthlyBriefRanking.ProjectLine> lines = MonthlyBriefRanking.rank(List.of(p3, p2, p1), List.of(
                scores(p1, true, CS, "90.95"),    // → 91.0 EXCELLENT (rounded before grading)
                scores(p1, false, CS, "79.95"),   // → 80.0
                scores(p2, true, CS, "90.94"),    // → 90.9 GOOD
                scores(p2, false, CS, "85.0"),
                scores(p2, true, TMC, "60.0"),    // not the headline: no effect on the rank
                scores(p3, true, TMC, "100.0")), CS, Map.of(), Map.of(p2.id(), new TaskRepository.Counts(p2.id(), 9, 6, 1, 4, 0)));
        assertThat(lines).extracting(l -> l.project().code() + " " + l.rank() + " " + l.score() + " " + l.grade() + " " + l.scoreDelta() + " " + l.rankDelta())
                .containsExactly("SG 1 91.0 EXCELLENT 11.0 1", "JL 2 90.9 GOOD 5.9 -1", "HX null null null null null");
        assertThat(lines.get(1).templates()).extracting(t -> t.templateId()).containsExactly(CS, TMC);
        assertThat(lines.get(2).rectifications().raised()).isZero();
        assertThat(lines.get(2).rectifications().rate()).isNull();
        // 应查未查 per project; a project without tasks has zeros, not a missing line.
        assertThat(lines.get(1).tasks().missed()).isEqualTo(4);
        assertThat(lines.get(2).tasks().due()).isZero();
    }

    private static Projects.Summary project(String code) {
        return new Projects.Summary(UUID.randomUUID(), code, code, "Asia/Shanghai");
    }

    private static MonthlyBriefRepository.TemplateScores scores(Projects.Summary p, boolean current, UUID template, String mean) {
        return new MonthlyBriefRepository.TemplateScores(p.id(), current, template, template == CS ? "CUSTOMER_SERVICE" : "TEN_MUST_CHECKS",
                new Rubric.Text("x", "x"), 1, new BigDecimal(mean), new BigDecimal(mean), new BigDecimal(mean), 0);
    }
}
