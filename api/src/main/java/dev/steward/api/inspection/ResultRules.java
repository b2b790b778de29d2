package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an answer to a check point may be: a check point of the inspection's own version, answered once per request;
 * MET and NOT_APPLICABLE take no deduction; MISSING on a SCORED item takes one within the check point's range (two
 * decimals at most), on a PASS_FAIL item none. Every problem is a 400 naming its field, before anything is written.
 */
@Component
class ResultRules {

    /** One answer as sent. */
    record Input(UUID checkPointId, String status, BigDecimal deduction, String note) {}

    private final JsonMapper json;

    ResultRules(JsonMapper json) {
        this.json = json;
    }

    /** The answers as the JSON array the repository writes; throws the 400 listing every problem. */
    String validate(TemplateVersion v, List<Input> answers) {
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            Input a = answers.get(i);
            String f = "results[" + i + "]";
            TemplateVersion.Place place = v.place(a.checkPointId());
            if (place == null) {
                problems.add(new ApiException.FieldProblem(f + ".checkPointId", "is not a check point of this inspection's template version"));
                continue;
            }
            if (!seen.add(a.checkPointId())) {
                problems.add(new ApiException.FieldProblem(f + ".checkPointId", "is answered twice in this request"));
                continue;
            }
            String deductionProblem = deductionProblem(place, a);
            if (deductionProblem != null) {
                problems.add(new ApiException.FieldProblem(f + ".deduction", deductionProblem));
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("cp", a.checkPointId().toString());
            row.put("status", a.status());
            row.put("deduction", a.deduction());
            row.put("note", InspectionService.blankToNull(a.note()));
            rows.add(row);
        }
        if (!problems.isEmpty()) {
            List<ApiException.FieldProblem> shown = problems.size() > 50 ? problems.subList(0, 50) : problems;
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request",
                    shown.get(0).field() + ": " + shown.get(0).message(), shown, null);
        }
        return json.writeValueAsString(rows);
    }

    private static String deductionProblem(TemplateVersion.Place place, Input a) {
        Rubric.CheckPoint c = place.checkPoint();
        boolean scoredMissing = "MISSING".equals(a.status()) && place.item().kind() == Rubric.Kind.SCORED;
        if (!scoredMissing) {
            return a.deduction() == null ? null : "MISSING".equals(a.status()) ? "a PASS_FAIL item takes no deduction"
                    : "only a MISSING check point takes a deduction";
        }
        if (a.deduction() == null) {
            return "is required for a MISSING check point of a SCORED item (" + range(c) + ")";
        }
        if (a.deduction().stripTrailingZeros().scale() > 2) {
            return "has at most two decimals";
        }
        if (a.deduction().compareTo(c.deductionMin()) < 0 || a.deduction().compareTo(c.deductionMax()) > 0) {
            return "must be within " + range(c) + " for check point " + c.code();
        }
        return null;
    }

    private static String range(Rubric.CheckPoint c) {
        return c.deductionMin().stripTrailingZeros().toPlainString() + "–" + c.deductionMax().stripTrailingZeros().toPlainString();
    }

    /** Stored results as the answers {@link Scoring} reads. */
    static Map<UUID, Scoring.Answer> answers(List<InspectionRepository.Result> results) {
        Map<UUID, Scoring.Answer> map = new HashMap<>();
        for (InspectionRepository.Result r : results) {
            if (r.status() != null) {
                map.put(r.checkPointId(), new Scoring.Answer(Scoring.Status.valueOf(r.status()), r.deduction()));
            }
        }
        return map;
    }
}
