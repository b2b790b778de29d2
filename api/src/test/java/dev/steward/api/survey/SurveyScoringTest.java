package dev.steward.api.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.api.platform.ApiException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The survey formulas against a fixture worked out by hand, and the answer rules. */
class SurveyScoringTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final UUID B1 = UUID.randomUUID();
    private static final UUID B2 = UUID.randomUUID();

    private static Question rating(String id, String dimension, Double weight) {
        return new Question(id, "RATING_5", dimension, new Question.Text(id, id), false, null, weight, null);
    }

    private static final List<Question> QUESTIONS = List.of(
            rating("r1", "CLEANING", 2.0), rating("r2", "SECURITY", null), rating("r3", "SECURITY", 3.0),
            new Question("n", "NPS", "OVERALL", new Question.Text("n", "n"), false, null, null, null));

    private static SurveyScoring.Response response(UUID building, String json) {
        Map<String, JsonNode> answers = JSON.readValue(json, new tools.jackson.core.type.TypeReference<Map<String, JsonNode>>() {});
        return new SurveyScoring.Response(answers, building);
    }

    private static final List<SurveyScoring.Response> RESPONSES = List.of(
            response(B1, "{\"r1\": 5, \"r2\": 4, \"r3\": 2, \"n\": 10}"),
            response(B1, "{\"r1\": 3, \"r2\": 5, \"n\": 6}"),
            response(B2, "{\"r1\": 1, \"r3\": 4, \"n\": 8}"));

    @Test
    void indicesWeightsAndNpsMatchTheHandComputedFixture() {
        SurveyScoring.Scores s = SurveyScoring.scores(QUESTIONS, RESPONSES);
        // CLEANING: ratings 5, 3, 1 → 100, 50, 0 → 50.0. SECURITY: 4, 5 (r2) and 2, 4 (r3) → 75, 100, 25, 75 → 68.75 → 68.8.
        assertThat(s.dimensions()).extracting(d -> d.dimension() + "=" + d.index() + "/" + d.answerCount() + "×" + d.weight())
                .containsExactly("CLEANING=50.0/3×2.0", "SECURITY=68.8/4×2.0");
        // Weights: CLEANING 2 (r1); SECURITY mean(1, 3) = 2 → (50 × 2 + 68.75 × 2) ÷ 4 = 59.375 → 59.4.
        assertThat(s.index()).isEqualTo(59.4);
        // NPS: 10 promoter, 8 passive, 6 detractor → (1 − 1) ÷ 3 = 0.
        assertThat(s.nps()).isEqualTo(new SurveyScoring.Nps(0.0, 3, 1, 1, 1));
        assertThat(s.responseCount()).isEqualTo(3);
    }

    @Test
    void perBuildingAndPerQuestion() {
        // B1: CLEANING 100, 50 → 75; SECURITY 75, 100, 25 → 66.67; (75 × 2 + 66.67 × 2) ÷ 4 = 70.83 → 70.8.
        assertThat(SurveyScoring.scores(QUESTIONS, RESPONSES.subList(0, 2)).index()).isEqualTo(70.8);
        // B2: CLEANING 0, SECURITY 75 → 37.5.
        assertThat(SurveyScoring.scores(QUESTIONS, RESPONSES.subList(2, 3)).index()).isEqualTo(37.5);
        List<SurveyScoring.QuestionResult> q = SurveyScoring.questions(QUESTIONS, RESPONSES);
        assertThat(q.get(0).distribution()).extracting(c -> c.value() + ":" + c.count()).containsExactly("1:1", "2:0", "3:1", "4:0", "5:1");
        assertThat(q.get(0).mean()).isEqualTo(3.0);
        assertThat(q.get(3).mean()).isEqualTo(8.0);
        assertThat(q.get(3).distribution()).hasSize(11);
        // Without answers nothing is made up.
        SurveyScoring.Scores none = SurveyScoring.scores(QUESTIONS, List.of());
        assertThat(none.index()).isNull();
        assertThat(none.nps().score()).isNull();
    }

    private static final Question OVERALL = rating("overall", "OVERALL", null);
    private static final Question WHY = new Question("why", "TEXT", null, new Question.Text("为什么", "Why"), true, null, null,
            new Question.ShowIf("overall", 2));
    private static final Question PICK = new Question("pick", "MULTI_CHOICE", null, new Question.Text("选", "Pick"), false,
            List.of(new Question.Option("a", new Question.Text("甲", "A")), new Question.Option("b", new Question.Text("乙", "B"))), null, null);

    private static List<SurveyQuestions.Answer> answers(String json) {
        List<SurveyQuestions.Answer> out = new java.util.ArrayList<>();
        JSON.readTree(json).properties().forEach(e -> out.add(new SurveyQuestions.Answer(e.getKey(), e.getValue())));
        return out;
    }

    private static String field(String json) {
        try {
            SurveyQuestions.validateAnswers(List.of(OVERALL, WHY, PICK), answers(json));
            return "OK";
        } catch (ApiException e) {
            return e.errors().get(0).field();
        }
    }

    @Test
    void showIfQuestionsAreAskedOnlyAfterALowRating() {
        assertThat(field("{\"overall\": 5}")).isEqualTo("OK");
        assertThat(field("{\"overall\": 5, \"why\": \"太吵\"}")).isEqualTo("answers.why");      // hidden
        assertThat(field("{\"overall\": 2}")).isEqualTo("answers.why");                        // shown and required
        assertThat(field("{\"overall\": 2, \"why\": \"太吵\"}")).isEqualTo("OK");
        assertThat(field("{\"overall\": 6}")).isEqualTo("answers.overall");                    // out of range
        assertThat(field("{\"overall\": 4.5}")).isEqualTo("answers.overall");
        assertThat(field("{\"overall\": \"5\"}")).isEqualTo("answers.overall");
        assertThat(field("{\"overall\": 5, \"pick\": [\"a\", \"c\"]}")).isEqualTo("answers.pick");
        assertThat(field("{\"overall\": 5, \"pick\": [\"a\", \"a\"]}")).isEqualTo("answers.pick");
        assertThat(field("{\"overall\": 5, \"pick\": [\"b\", \"a\"]}")).isEqualTo("OK");
        assertThat(field("{\"overall\": 5, \"nope\": 1}")).isEqualTo("answers[1].questionId");
    }

    @Test
    void templatesMustHangTogether() {
        assertThatThrownBy(() -> SurveyQuestions.validateTemplate(List.of(WHY, OVERALL))).isInstanceOf(ApiException.class)
                .hasMessageContaining("questions[0].showIf.questionId");
        assertThatThrownBy(() -> SurveyQuestions.validateTemplate(List.of(OVERALL, OVERALL))).hasMessageContaining("questions[1].id");
        assertThatThrownBy(() -> SurveyQuestions.validateTemplate(List.of(rating("x", null, null)))).hasMessageContaining("dimension");
        assertThatThrownBy(() -> SurveyQuestions.validateTemplate(List.of(OVERALL, new Question("w", "TEXT", null,
                new Question.Text("w", "w"), false, null, null, new Question.ShowIf("overall", 5))))).hasMessageContaining("maxScore");
        SurveyQuestions.validateTemplate(List.of(OVERALL, WHY, PICK));
    }

    @Test
    void lowRatingsWithoutAReasonAndWrittenAnswersGoToTheOpinionLibrary() {
        Map<String, JsonNode> a = SurveyQuestions.validateAnswers(List.of(OVERALL, WHY, PICK), answers("{\"overall\": 1, \"why\": \"漏水没人管\"}"));
        assertThat(SurveyAnswerService.comments(List.of(OVERALL, WHY, PICK), a))
                .containsExactly(new SurveyAnswerService.NewComment("why", "OVERALL", "TEXT", "漏水没人管", 1));
        Question cleaning = rating("c", "CLEANING", null);
        Map<String, JsonNode> b = SurveyQuestions.validateAnswers(List.of(cleaning), answers("{\"c\": 2}"));
        assertThat(SurveyAnswerService.comments(List.of(cleaning), b))
                .containsExactly(new SurveyAnswerService.NewComment("c", "CLEANING", "LOW_RATING", null, 2));
    }
}
