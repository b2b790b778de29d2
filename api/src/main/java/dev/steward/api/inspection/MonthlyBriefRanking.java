package dev.steward.api.inspection;

import dev.steward.api.property.Projects;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The scores and ranking (评比) of the monthly brief, from the means per project and rubric (a pure function):
 * a project's score is the mean total of its month's inspections with the headline rubric, rounded half up to one
 * decimal, and graded like an inspection; projects are ranked on it (equal scores share a place: 1, 1, 3); the month
 * before is ranked the same way over the same projects, and the deltas compare the two. Each line carries the
 * project's inspection tasks of the month (due, missed: 应查未查).
 */
final class MonthlyBriefRanking {

    record TemplateLine(UUID templateId, String templateCode, Rubric.Text name, int count, BigDecimal mean, Scoring.Grade grade,
            BigDecimal min, BigDecimal max) {}

    record ProjectLine(Projects.Summary project, BigDecimal score, Scoring.Grade grade, Integer rank, BigDecimal previousScore,
            BigDecimal scoreDelta, Integer previousRank, Integer rankDelta, int inspections, long findings, List<TemplateLine> templates,
            RectificationSummaryService.Counts rectifications, TaskRepository.Counts tasks) {}

    private MonthlyBriefRanking() {}

    static List<ProjectLine> rank(List<Projects.Summary> projects, List<MonthlyBriefRepository.TemplateScores> scores, UUID headline,
            Map<String, RectificationStats.Group> counts, Map<UUID, TaskRepository.Counts> tasks) {
        Map<UUID, BigDecimal> current = new HashMap<>();
        Map<UUID, BigDecimal> previous = new HashMap<>();
        Map<UUID, List<TemplateLine>> templates = new HashMap<>();
        for (MonthlyBriefRepository.TemplateScores s : scores) {
            BigDecimal mean = MonthlyBriefService.oneDecimal(s.mean());
            if (s.templateId().equals(headline)) {
                (s.current() ? current : previous).put(s.projectId(), mean);
            }
            if (s.current()) {
                templates.computeIfAbsent(s.projectId(), k -> new ArrayList<>()).add(new TemplateLine(s.templateId(), s.templateCode(),
                        s.templateName(), s.count(), mean, Scoring.grade(mean), s.min(), s.max()));
            }
        }
        Map<UUID, Integer> ranks = places(current);
        Map<UUID, Integer> previousRanks = places(previous);
        Map<UUID, Long> findings = new HashMap<>();
        scores.stream().filter(MonthlyBriefRepository.TemplateScores::current).forEach(s -> findings.merge(s.projectId(), s.findings(), Long::sum));
        List<ProjectLine> lines = new ArrayList<>();
        for (Projects.Summary p : projects) {
            BigDecimal score = current.get(p.id());
            BigDecimal before = previous.get(p.id());
            Integer rank = ranks.get(p.id());
            Integer rankBefore = previousRanks.get(p.id());
            List<TemplateLine> mine = new ArrayList<>(templates.getOrDefault(p.id(), List.of()));
            mine.sort(Comparator.comparing((TemplateLine t) -> !t.templateId().equals(headline))
                    .thenComparing(t -> t.templateCode() == null ? "~" : t.templateCode()).thenComparing(t -> t.name().zh()));
            RectificationStats.Group g = counts.get(p.id().toString());
            lines.add(new ProjectLine(p, score, score == null ? null : Scoring.grade(score), rank, before,
                    score == null || before == null ? null : score.subtract(before), rankBefore,
                    rank == null || rankBefore == null ? null : rankBefore - rank, mine.stream().mapToInt(TemplateLine::count).sum(),
                    findings.getOrDefault(p.id(), 0L), List.copyOf(mine),
                    RectificationSummaryService.counts(g == null ? new RectificationStats.Group("P", p.id().toString(), null, null, 0, 0, 0, 0, 0, 0, 0) : g),
                    tasks.getOrDefault(p.id(), new TaskRepository.Counts(p.id(), 0, 0, 0, 0, 0))));
        }
        lines.sort(Comparator.comparing((ProjectLine l) -> l.rank() == null ? Integer.MAX_VALUE : l.rank()).thenComparing(l -> l.project().code()));
        return List.copyOf(lines);
    }

    /** Competition ranking, highest score first: equal scores share a place and the next place skips (1, 1, 3). */
    static Map<UUID, Integer> places(Map<UUID, BigDecimal> scores) {
        List<Map.Entry<UUID, BigDecimal>> sorted = new ArrayList<>(scores.entrySet());
        sorted.sort(Map.Entry.<UUID, BigDecimal>comparingByValue().reversed());
        Map<UUID, Integer> places = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            BigDecimal score = sorted.get(i).getValue();
            int place = i > 0 && score.compareTo(sorted.get(i - 1).getValue()) == 0 ? places.get(sorted.get(i - 1).getKey()) : i + 1;
            places.put(sorted.get(i).getKey(), place);
        }
        return places;
    }
}
