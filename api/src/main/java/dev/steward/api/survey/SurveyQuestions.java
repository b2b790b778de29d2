package dev.steward.api.survey;

import dev.steward.api.platform.ApiException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The rules of a questionnaire and of an answer to it: a template's questions must make sense together, and an answer
 * may only answer the questions it was shown, each within range. Every failure is a 400 naming the question.
 */
final class SurveyQuestions {

    static final int MAX_TEXT = 2000;

    private SurveyQuestions() {}

    /** Checks a template's questions (field names as in the request: {@code questions[i].…}). */
    static void validateTemplate(List<Question> questions) {
        Set<String> ids = new HashSet<>();
        Map<String, Question> earlier = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            String at = "questions[" + i + "]";
            if (!ids.add(q.id())) {
                throw ApiException.invalidField(at + ".id", "duplicates an earlier question's id " + q.id());
            }
            if (q.rating() && q.dimension() == null) {
                throw ApiException.invalidField(at + ".dimension", "is required for RATING_5 questions (their dimension's index)");
            }
            if (q.choice()) {
                if (q.optionsOrEmpty().size() < 2) {
                    throw ApiException.invalidField(at + ".options", "a choice question needs at least two options");
                }
                Set<String> values = new HashSet<>();
                for (Question.Option o : q.options()) {
                    if (!values.add(o.value())) {
                        throw ApiException.invalidField(at + ".options", "option value " + o.value() + " appears twice");
                    }
                }
            } else if (!q.optionsOrEmpty().isEmpty()) {
                throw ApiException.invalidField(at + ".options", "only choice questions have options");
            }
            if (q.weight() != null && !q.rating()) {
                throw ApiException.invalidField(at + ".weight", "only RATING_5 questions carry a dimension weight");
            }
            if (q.showIf() != null) {
                Question ref = earlier.get(q.showIf().questionId());
                if (ref == null || !(ref.rating() || ref.nps())) {
                    throw ApiException.invalidField(at + ".showIf.questionId", "must name an earlier RATING_5 or NPS question");
                }
                if (q.showIf().maxScore() < (ref.rating() ? 1 : 0) || q.showIf().maxScore() >= ref.maxScore()) {
                    throw ApiException.invalidField(at + ".showIf.maxScore", "must be below " + ref.maxScore() + " (the top score of "
                            + ref.id() + ")");
                }
            }
            earlier.put(q.id(), q);
        }
    }

    /**
     * Checks an answer against the questions and returns the answers by question id, in question order (blank texts
     * left out). A question is shown unless its {@code showIf} rating was not answered or answered above the limit.
     */
    static Map<String, JsonNode> validateAnswers(List<Question> questions, List<Answer> answers) {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Map<String, JsonNode> given = new HashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            if (!byId.containsKey(a.questionId())) {
                throw ApiException.invalidField("answers[" + i + "].questionId", "no question " + a.questionId() + " in this survey");
            }
            if (given.put(a.questionId(), a.value()) != null) {
                throw ApiException.invalidField("answers[" + i + "].questionId", "question " + a.questionId() + " is answered twice");
            }
        }
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (Question q : questions) {
            JsonNode value = given.get(q.id());
            String field = "answers." + q.id();
            boolean blank = value == null || value.isNull() || (value.isString() && value.asString().isBlank())
                    || (value.isArray() && value.isEmpty());
            if (!shown(q, out)) {
                if (!blank) {
                    throw ApiException.invalidField(field, "is hidden: it is asked only when " + q.showIf().questionId() + " is at most "
                            + q.showIf().maxScore());
                }
                continue;
            }
            if (blank) {
                if (q.required()) {
                    throw ApiException.invalidField(field, "is required");
                }
                continue;
            }
            out.put(q.id(), checked(q, value, field));
        }
        return out;
    }

    record Answer(String questionId, JsonNode value) {}

    static boolean shown(Question q, Map<String, JsonNode> answered) {
        if (q.showIf() == null) {
            return true;
        }
        JsonNode score = answered.get(q.showIf().questionId());
        return score != null && isWholeInt(score) && score.asInt() <= q.showIf().maxScore();
    }

    private static JsonNode checked(Question q, JsonNode value, String field) {
        switch (q.type()) {
            case "RATING_5", "NPS" -> {
                int lowest = q.rating() ? 1 : 0;
                if (!isWholeInt(value) || value.asInt() < lowest || value.asInt() > q.maxScore()) {
                    throw ApiException.invalidField(field, "must be a whole number from " + lowest + " to " + q.maxScore());
                }
            }
            case "SINGLE_CHOICE" -> {
                if (!value.isString() || q.options().stream().noneMatch(o -> o.value().equals(value.asString()))) {
                    throw ApiException.invalidField(field, "must be one of the options " + optionValues(q));
                }
            }
            case "MULTI_CHOICE" -> {
                Set<String> seen = new HashSet<>();
                if (!value.isArray()) {
                    throw ApiException.invalidField(field, "must be a list of options " + optionValues(q));
                }
                for (JsonNode v : value) {
                    if (!v.isString() || q.options().stream().noneMatch(o -> o.value().equals(v.asString())) || !seen.add(v.asString())) {
                        throw ApiException.invalidField(field, "must be a list of distinct options " + optionValues(q));
                    }
                }
            }
            default -> {
                if (!value.isString() || value.asString().length() > MAX_TEXT) {
                    throw ApiException.invalidField(field, "must be a text of at most " + MAX_TEXT + " characters");
                }
            }
        }
        return value;
    }

    /** A whole number that fits an int: 5 and 5.0, not 5.5, 2147483648 or 1e400. */
    private static boolean isWholeInt(JsonNode n) {
        return n.isNumber() && (n.isIntegralNumber() || n.canConvertToExactIntegral()) && n.canConvertToInt();
    }

    private static List<String> optionValues(Question q) {
        List<String> values = new ArrayList<>();
        q.options().forEach(o -> values.add(o.value()));
        return values;
    }
}
