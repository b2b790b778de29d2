package dev.steward.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** GET /survey-responses: every response with its answers, newest first, and as a change feed an integration syncs. */
class SurveyResponseFeedIntegrationTest extends SurveyTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void theListPagesThroughEveryResponseOfTheProjectNewestFirst() {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> page = get("manager", "/api/v1/survey-responses?limit=37&projectId=" + sg()
                    + (cursor == null ? "" : "&cursor=" + cursor));
            all.addAll((List<Map<String, Object>>) page.get("items"));
            cursor = (String) page.get("nextCursor");
        } while (cursor != null);
        long stored = db.sql("select count(*) from survey_responses where project_id = $1").bind(0, java.util.UUID.fromString(sg()))
                .map(r -> r.get(0, Long.class)).one().block();
        assertThat(all).hasSize((int) stored).isNotEmpty();
        assertThat(all.stream().map(r -> r.get("id")).distinct()).hasSize(all.size());
        List<String> times = all.stream().map(r -> OffsetDateTime.parse(r.get("submittedAt").toString()).toInstant().toString()).toList();
        assertThat(times).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        Map<String, Object> first = all.get(0);
        assertThat(first).containsEntry("projectId", sg()).containsKeys("campaignId", "buildingId", "channel", "updatedAt");
        assertThat((List<Map<String, Object>>) first.get("answers")).isNotEmpty()
                .allSatisfy(a -> assertThat(a).containsKeys("questionId", "value"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theFeedHandsOutNewResponsesOnceAndResumesFromItsCursor() {
        String building = buildings(sg()).get(0);
        Map<String, Object> campaign = openCampaign(false, building);
        List<Map<String, Object>> links = invite(campaign.get("id"));
        String from = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(1).toString();
        String feed = "/api/v1/survey-responses?campaignId=" + campaign.get("id") + "&updatedFrom=" + from.replace("+", "%2B");

        Map<String, Object> empty = get("manager", feed);
        assertThat((List<Object>) empty.get("items")).isEmpty();
        assertThat(empty.get("nextCursor")).as("a feed always gives a cursor to resume from").isNotNull();

        // One answer by link, one typed in from paper.
        client.post().uri("/api/v1/public/surveys/" + links.get(0).get("token") + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(5, 4, 9, null, "门禁很方便")).exchange().expectStatus().isCreated();
        created("agent", "/api/v1/survey-campaigns/" + campaign.get("id") + "/responses", Map.of("unitId", links.get(1).get("unitId"),
                "channel", "PAPER", "answers", answers(2, 3, 4, "电梯经常停运", null).get("answers")));

        Map<String, Object> page = get("manager", feed + "&cursor=" + empty.get("nextCursor"));
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        assertThat(items).extracting(r -> r.get("channel")).containsExactly("LINK", "PAPER");
        assertThat(items.get(0)).containsEntry("unitId", links.get(0).get("unitId")).containsEntry("language", "zh-CN")
                .doesNotContainKey("enteredById");
        assertThat(items.get(1)).containsEntry("unitId", links.get(1).get("unitId")).containsKey("enteredById");
        Map<String, Object> answers = new java.util.HashMap<>();
        ((List<Map<String, Object>>) items.get(1).get("answers")).forEach(a -> answers.put(a.get("questionId").toString(), a.get("value")));
        assertThat(answers).containsEntry("q8", 2).containsEntry("q9", 4).containsEntry("q10", "电梯经常停运").containsEntry("q11", "parking");

        // Resuming from the last cursor: nothing again, until a new response.
        Map<String, Object> caughtUp = get("manager", feed + "&cursor=" + page.get("nextCursor"));
        assertThat((List<Object>) caughtUp.get("items")).isEmpty();
        client.post().uri("/api/v1/public/surveys/" + links.get(2).get("token") + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(4, 4, 8, null, null)).exchange().expectStatus().isCreated();
        List<Map<String, Object>> next = (List<Map<String, Object>>) get("manager", feed + "&cursor=" + caughtUp.get("nextCursor")).get("items");
        assertThat(next).singleElement().satisfies(r -> assertThat(r).containsEntry("unitId", links.get(2).get("unitId")));
        HashSet<Object> seen = new HashSet<>();
        items.forEach(r -> seen.add(r.get("id")));
        assertThat(seen).doesNotContain(next.get(0).get("id"));
    }

    @Test
    void rolesScopeAndBadInput() {
        as("tech1").get().uri("/api/v1/survey-responses").exchange().expectStatus().isForbidden();
        as("agent2").get().uri("/api/v1/survey-responses?projectId=" + sg()).exchange().expectStatus().isNotFound();
        String sgCampaign = openCampaign(true, List.of()).get("id").toString();
        as("agent2").get().uri("/api/v1/survey-responses?campaignId=" + sgCampaign).exchange().expectStatus().isNotFound();
        as("supervisor").get().uri("/api/v1/survey-responses?campaignId=" + sgCampaign).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        as("manager").get().uri("/api/v1/survey-responses?updatedFrom=yesterday").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("updatedFrom");
        as("manager").get().uri("/api/v1/survey-responses?updatedFrom=2026-01-01T00:00:00Z&cursor=AAAA").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
        as("manager").get().uri("/api/v1/survey-responses?cursor=AAAA").exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }
}
