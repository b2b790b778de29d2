package dev.steward.api.survey;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * The formulas of DOMAIN.md "Satisfaction", on a campaign's responses:
 * <ul>
 *   <li>a rating r (1–5) counts (r − 1) ÷ 4 × 100; a dimension's index is the mean over its answers;</li>
 *   <li>the satisfaction index is the weighted mean of the dimension indices that have answers (each dimension's weight
 *       is the mean {@code weight} of its rating questions, 1 when none is given — so equal weights by default);</li>
 *   <li>NPS = % of 9–10 answers − % of 0–6 answers on NPS questions.</li>
 * </ul>
 * Indices and NPS are rounded to 0.1, means to 0.01. Pure: no database.
 */
final class SurveyScoring {

    enum Dimension { CUSTOMER_SERVICE, ENGINEERING, CLEANING, LANDSCAPING, SECURITY, PARKING, COMMUNITY, OVERALL }

    /** One response: its answers by question id and its building. */
    record Response(Map<String, JsonNode> answers, UUID buildingId) {}

    record DimensionIndex(Dimension dimension, Double index, int answerCount, double weight) {}

    record Nps(Double score, int answerCount, int promoters, int passives, int detractors) {}

    record Count(String value, int count) {}

    record QuestionResult(Question question, int answerCount, Double mean, List<Count> distribution) {}

    record Scores(Double index, List<DimensionIndex> dimensions, Nps nps, int responseCount) {}

    private SurveyScoring() {}

    static Scores scores(List<Question> questions, List<Response> responses) {
        Map<String, Question> byId = new LinkedHashMap<>();
        questions.forEach(q -> byId.put(q.id(), q));
        Map<Dimension, double[]> sums = new EnumMap<>(Dimension.class);   // {sum of points, count}
        int promoters = 0;
        int passives = 0;
        int detractors = 0;
        for (Response r : responses) {
            for (Map.Entry<String, JsonNode> a : r.answers().entrySet()) {
                Question q = byId.get(a.getKey());
                if (q == null) {
                    continue;
                }
                if (q.rating()) {
                    double[] s = sums.computeIfAbsent(Dimension.valueOf(q.dimension()), d -> new double[2]);
                    s[0] += (a.getValue().asInt() - 1) / 4.0 * 100;
                    s[1]++;
                } else if (q.nps()) {
                    int score = a.getValue().asInt();
                    if (score >= 9) {
                        promoters++;
                    } else if (score <= 6) {
                        detractors++;
                    } else {
                        passives++;
                    }
                }
            }
        }
        Map<Dimension, Double> weights = weights(questions);
        List<DimensionIndex> dimensions = new ArrayList<>();
        double weighted = 0;
        double totalWeight = 0;
        for (Dimension d : Dimension.values()) {
            double[] s = sums.get(d);
            if (s == null && !weights.containsKey(d)) {
                continue;
            }
            Double index = s == null ? null : s[0] / s[1];
            double w = weights.getOrDefault(d, 1.0);
            if (index != null) {
                weighted += index * w;
                totalWeight += w;
            }
            dimensions.add(new DimensionIndex(d, round(index, 1), s == null ? 0 : (int) s[1], w));
        }
        int npsAnswers = promoters + passives + detractors;
        Nps nps = new Nps(npsAnswers == 0 ? null : round((promoters - detractors) * 100.0 / npsAnswers, 1), npsAnswers, promoters,
                passives, detractors);
        return new Scores(totalWeight == 0 ? null : round(weighted / totalWeight, 1), dimensions, nps, responses.size());
    }

    /** Per question: how many answered, the mean score (ratings, NPS) and every score or option with its count. */
    static List<QuestionResult> questions(List<Question> questions, List<Response> responses) {
        List<QuestionResult> out = new ArrayList<>();
        for (Question q : questions) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            if (q.rating() || q.nps()) {
                for (int v = q.rating() ? 1 : 0; v <= q.maxScore(); v++) {
                    counts.put(Integer.toString(v), 0);
                }
            }
            q.optionsOrEmpty().forEach(o -> counts.put(o.value(), 0));
            int answered = 0;
            double sum = 0;
            for (Response r : responses) {
                JsonNode v = r.answers().get(q.id());
                if (v == null) {
                    continue;
                }
                answered++;
                if (q.rating() || q.nps()) {
                    sum += v.asInt();
                    counts.merge(Integer.toString(v.asInt()), 1, Integer::sum);
                } else if (v.isArray()) {
                    v.forEach(x -> counts.merge(x.asString(), 1, Integer::sum));
                } else if (q.choice()) {
                    counts.merge(v.asString(), 1, Integer::sum);
                }
            }
            List<Count> distribution = new ArrayList<>();
            counts.forEach((k, c) -> distribution.add(new Count(k, c)));
            out.add(new QuestionResult(q, answered, (q.rating() || q.nps()) && answered > 0 ? round(sum / answered, 2) : null,
                    distribution));
        }
        return out;
    }

    /** Each dimension's weight: the mean of its rating questions' weights (a missing weight counts 1). */
    static Map<Dimension, Double> weights(List<Question> questions) {
        Map<Dimension, double[]> w = new EnumMap<>(Dimension.class);
        for (Question q : questions) {
            if (q.rating()) {
                double[] s = w.computeIfAbsent(Dimension.valueOf(q.dimension()), d -> new double[2]);
                s[0] += q.weight() == null ? 1 : q.weight();
                s[1]++;
            }
        }
        Map<Dimension, Double> out = new EnumMap<>(Dimension.class);
        w.forEach((d, s) -> out.put(d, s[0] / s[1]));
        return out;
    }

    static Double round(Double value, int places) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, places);
        return Math.round(value * scale) / scale;
    }
}
