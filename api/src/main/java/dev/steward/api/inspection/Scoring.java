package dev.steward.api.inspection;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The score of an inspection, from its rubric version and the answers (a pure function, unit-tested against sheets
 * computed by hand):
 * <ul>
 * <li>item: SCORED = points − the deductions of its MISSING check points, never below 0; PASS_FAIL = points when none
 * is MISSING, else 0. An item whose check points are all NOT_APPLICABLE does not apply: it leaves the maximum.</li>
 * <li>section: the sum of its applicable items' scores, out of the sum of their points; a section where nothing applies
 * drops out, and its weight is shared among the others.</li>
 * <li>total = Σ weight × score / max ÷ Σ weight × 100 over the applicable sections, rounded half up to one decimal
 * (computed exactly to 34 digits first).</li>
 * <li>grade from that rounded total: EXCELLENT ≥ 91.0, GOOD ≥ 80.0, FAIL below; a team bonus from 96.0.</li>
 * </ul>
 * Unanswered check points count as MET: that is the running score of a draft (submitting needs every answer).
 */
final class Scoring {

    static final BigDecimal EXCELLENT_FROM = new BigDecimal("91.0");
    static final BigDecimal GOOD_FROM = new BigDecimal("80.0");
    static final BigDecimal TEAM_BONUS_FROM = new BigDecimal("96.0");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    enum Status { MET, MISSING, NOT_APPLICABLE }

    enum Grade { EXCELLENT, GOOD, FAIL }

    /** One check point's answer; {@code deduction} only for MISSING on a SCORED item. */
    record Answer(Status status, BigDecimal deduction) {}

    record ItemScore(UUID itemId, BigDecimal score, BigDecimal max, boolean applicable, BigDecimal deductions) {}

    record SectionScore(UUID sectionId, String code, BigDecimal score, BigDecimal max, BigDecimal percent, BigDecimal weightPercent,
            boolean applicable) {}

    /** {@code anyApplicable} false: every check point is NOT_APPLICABLE (the total is then 100 and cannot be submitted). */
    record Score(BigDecimal total, Grade grade, boolean teamBonus, Rubric.Text consequence, boolean anyApplicable, int answered,
            int checkPoints, int findings, List<SectionScore> sections, List<ItemScore> items) {}

    private Scoring() {}

    static Score score(Rubric rubric, Map<UUID, Answer> answers) {
        List<ItemScore> items = new ArrayList<>();
        List<SectionScore> sections = new ArrayList<>();
        BigDecimal weighted = BigDecimal.ZERO;
        BigDecimal weights = BigDecimal.ZERO;
        int answered = 0;
        int checkPoints = 0;
        int findings = 0;
        for (Rubric.Section s : rubric.sections()) {
            BigDecimal score = BigDecimal.ZERO;
            BigDecimal max = BigDecimal.ZERO;
            for (Rubric.Item i : s.items()) {
                boolean applicable = false;
                boolean missing = false;
                BigDecimal deductions = BigDecimal.ZERO;
                for (Rubric.CheckPoint c : i.checkPoints()) {
                    checkPoints++;
                    Answer a = answers.get(c.id());
                    Status status = a == null || a.status() == null ? Status.MET : a.status();
                    if (a != null && a.status() != null) {
                        answered++;
                    }
                    if (status != Status.NOT_APPLICABLE) {
                        applicable = true;
                    }
                    if (status == Status.MISSING) {
                        missing = true;
                        findings++;
                        if (i.kind() == Rubric.Kind.SCORED && a.deduction() != null) {
                            deductions = deductions.add(a.deduction());
                        }
                    }
                }
                BigDecimal itemScore = i.kind() == Rubric.Kind.PASS_FAIL ? (missing ? BigDecimal.ZERO : i.maxPoints())
                        : i.maxPoints().subtract(deductions).max(BigDecimal.ZERO);
                items.add(new ItemScore(i.id(), itemScore, i.maxPoints(), applicable, deductions));
                if (applicable) {
                    score = score.add(itemScore);
                    max = max.add(i.maxPoints());
                }
            }
            boolean applicable = max.signum() > 0;
            BigDecimal ratio = applicable ? score.divide(max, MathContext.DECIMAL128) : null;
            sections.add(new SectionScore(s.id(), s.code(), score, max,
                    applicable ? ratio.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP) : null, s.weightPercent(), applicable));
            if (applicable) {
                weighted = weighted.add(s.weightPercent().multiply(ratio, MathContext.DECIMAL128));
                weights = weights.add(s.weightPercent());
            }
        }
        boolean anyApplicable = weights.signum() > 0;
        BigDecimal total = anyApplicable ? weighted.multiply(HUNDRED).divide(weights, MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_UP)
                : HUNDRED.setScale(1);
        Grade grade = grade(total);
        boolean teamBonus = total.compareTo(TEAM_BONUS_FROM) >= 0;
        return new Score(total, grade, teamBonus, consequence(rubric.consequences(), grade, teamBonus), anyApplicable, answered,
                checkPoints, findings, sections, items);
    }

    static Grade grade(BigDecimal total) {
        if (total.compareTo(EXCELLENT_FROM) >= 0) {
            return Grade.EXCELLENT;
        }
        return total.compareTo(GOOD_FROM) >= 0 ? Grade.GOOD : Grade.FAIL;
    }

    /** The band's text (the defaults where the rubric has none), with the team bonus after it from 96. */
    static Rubric.Text consequence(Rubric.Consequences given, Grade grade, boolean teamBonus) {
        Rubric.Consequences c = RubricRules.withDefaults(given);
        Rubric.Text band = switch (grade) {
            case EXCELLENT -> c.excellent();
            case GOOD -> c.good();
            case FAIL -> c.fail();
        };
        if (!teamBonus) {
            return band;
        }
        return new Rubric.Text(band.zh() + "；" + c.teamBonus().zh(), band.en() + "; " + c.teamBonus().en());
    }
}
