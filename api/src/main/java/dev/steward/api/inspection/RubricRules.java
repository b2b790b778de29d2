package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * What makes a rubric valid: every problem is reported at once, each naming its field
 * ({@code sections[0].items[2].checkPoints[1].deductionMax}). A draft may be incomplete (weights not adding up, a
 * section without items); publishing needs a complete rubric.
 */
final class RubricRules {

    /** The consequences from the 品质提升方案 (seed 003), used where a rubric gives none. */
    static final Rubric.Consequences DEFAULT_CONSEQUENCES = new Rubric.Consequences(
            new Rubric.Text("奖励：项目经理 1000 元，分管副经理 800 元，部门主任/副主任 600 元",
                    "Bonus: project manager ¥1,000, deputy manager in charge ¥800, department head or deputy ¥600"),
            new Rubric.Text("不奖不罚", "Neither bonus nor fine"),
            new Rubric.Text("罚款：项目经理 500 元，分管副经理 400 元，部门主任/副主任 300 元，班长/领班 100 元",
                    "Fine: project manager ¥500, deputy manager in charge ¥400, department head or deputy ¥300, team leader ¥100"),
            new Rubric.Text("综合得分 96 分及以上，公司追加团队奖励 3000 元", "96 or more: the company adds a team bonus of ¥3,000"));

    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final int MAX_CHECK_POINTS = 1000;

    private RubricRules() {}

    static Rubric.Consequences withDefaults(Rubric.Consequences c) {
        Rubric.Consequences d = DEFAULT_CONSEQUENCES;
        if (c == null) {
            return d;
        }
        return new Rubric.Consequences(c.excellent() == null ? d.excellent() : c.excellent(), c.good() == null ? d.good() : c.good(),
                c.fail() == null ? d.fail() : c.fail(), c.teamBonus() == null ? d.teamBonus() : c.teamBonus());
    }

    /** The checks every saved draft passes. */
    static void requireValidDraft(Rubric r) {
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        draftProblems(r, problems);
        throwIfAny(problems);
    }

    /** A draft that can become a version: valid, complete, and the weights add up to 100. */
    static void requirePublishable(Rubric r) {
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        draftProblems(r, problems);
        if (r.sections().isEmpty()) {
            problems.add(new ApiException.FieldProblem("sections", "a rubric needs at least one section"));
        }
        BigDecimal weights = BigDecimal.ZERO;
        for (int s = 0; s < r.sections().size(); s++) {
            Rubric.Section section = r.sections().get(s);
            weights = weights.add(section.weightPercent() == null ? BigDecimal.ZERO : section.weightPercent());
            if (section.items().isEmpty()) {
                problems.add(new ApiException.FieldProblem("sections[" + s + "].items", "a section needs at least one item"));
            }
            for (int i = 0; i < section.items().size(); i++) {
                if (section.items().get(i).checkPoints().isEmpty()) {
                    problems.add(new ApiException.FieldProblem("sections[" + s + "].items[" + i + "].checkPoints",
                            "an item needs at least one check point"));
                }
            }
        }
        if (!r.sections().isEmpty() && weights.compareTo(HUNDRED) != 0) {
            problems.add(new ApiException.FieldProblem("sections", "the section weights add up to " + weights.stripTrailingZeros().toPlainString()
                    + ", not 100"));
        }
        throwIfAny(problems);
    }

    private static void draftProblems(Rubric r, List<ApiException.FieldProblem> problems) {
        text(r.name(), "name", problems);
        if (r.description() != null) {
            text(r.description(), "description", problems);
        }
        Set<String> sectionCodes = new HashSet<>();
        Set<String> itemCodes = new HashSet<>();
        Set<String> checkCodes = new HashSet<>();
        int count = 0;
        for (int s = 0; s < r.sections().size(); s++) {
            Rubric.Section section = r.sections().get(s);
            String sf = "sections[" + s + "]";
            unique(sectionCodes, section.code(), sf + ".code", problems);
            text(section.name(), sf + ".name", problems);
            amount(section.weightPercent(), sf + ".weightPercent", problems);
            for (int i = 0; i < section.items().size(); i++) {
                Rubric.Item item = section.items().get(i);
                String f = sf + ".items[" + i + "]";
                unique(itemCodes, item.code(), f + ".code", problems);
                text(item.name(), f + ".name", problems);
                amount(item.maxPoints(), f + ".maxPoints", problems);
                for (int c = 0; c < item.checkPoints().size(); c++) {
                    count++;
                    checkPoint(item, item.checkPoints().get(c), f + ".checkPoints[" + c + "]", checkCodes, problems);
                }
            }
        }
        if (count > MAX_CHECK_POINTS) {
            problems.add(new ApiException.FieldProblem("sections", "a rubric has at most " + MAX_CHECK_POINTS + " check points"));
        }
    }

    private static void checkPoint(Rubric.Item item, Rubric.CheckPoint c, String f, Set<String> codes, List<ApiException.FieldProblem> problems) {
        unique(codes, c.code(), f + ".code", problems);
        text(c.text(), f + ".text", problems);
        if (item.kind() == Rubric.Kind.PASS_FAIL) {
            if (c.deductionMin() != null || c.deductionMax() != null) {
                problems.add(new ApiException.FieldProblem(f + (c.deductionMin() != null ? ".deductionMin" : ".deductionMax"),
                        "a PASS_FAIL item's check points take no deduction"));
            }
            return;
        }
        if (c.deductionMin() == null || c.deductionMax() == null) {
            problems.add(new ApiException.FieldProblem(f + (c.deductionMin() == null ? ".deductionMin" : ".deductionMax"),
                    "is required on a SCORED item's check point"));
            return;
        }
        amount(c.deductionMin(), f + ".deductionMin", problems);
        amount(c.deductionMax(), f + ".deductionMax", problems);
        if (c.deductionMin().compareTo(c.deductionMax()) > 0) {
            problems.add(new ApiException.FieldProblem(f + ".deductionMax", "must not be below deductionMin"));
        } else if (item.maxPoints() != null && c.deductionMax().compareTo(item.maxPoints()) > 0) {
            problems.add(new ApiException.FieldProblem(f + ".deductionMax", "must not exceed the item's maxPoints"));
        }
    }

    /** Positive, at most 100, at most two decimals. */
    private static void amount(BigDecimal v, String field, List<ApiException.FieldProblem> problems) {
        if (v == null || v.signum() <= 0 || v.compareTo(HUNDRED) > 0) {
            problems.add(new ApiException.FieldProblem(field, "must be above 0 and at most 100"));
        } else if (v.stripTrailingZeros().scale() > 2) {
            problems.add(new ApiException.FieldProblem(field, "has at most two decimals"));
        }
    }

    private static void text(Rubric.Text t, String field, List<ApiException.FieldProblem> problems) {
        if (t == null || t.zh() == null || t.zh().isBlank()) {
            problems.add(new ApiException.FieldProblem(field + ".zh", "must not be blank"));
        }
        if (t == null || t.en() == null || t.en().isBlank()) {
            problems.add(new ApiException.FieldProblem(field + ".en", "must not be blank"));
        }
    }

    private static void unique(Set<String> seen, String code, String field, List<ApiException.FieldProblem> problems) {
        if (code != null && !seen.add(code)) {
            problems.add(new ApiException.FieldProblem(field, "repeats the code " + code));
        }
    }

    private static void throwIfAny(List<ApiException.FieldProblem> problems) {
        if (problems.isEmpty()) {
            return;
        }
        List<ApiException.FieldProblem> shown = problems.size() > 50 ? problems.subList(0, 50) : problems;
        throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request",
                shown.get(0).field() + ": " + shown.get(0).message() + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                shown, null);
    }
}
