package dev.steward.api.survey;

import static dev.steward.api.support.Races.race;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A link answers once, however many answers arrive at the same moment. */
class SurveyConcurrencyTest extends SurveyTestSupport {

    @Test
    void fiftySimultaneousAnswersOnOneLinkStoreExactlyOne() throws Exception {
        String building = firstBuilding("manager", sg()).get("id").toString();
        Map<String, Object> campaign = openCampaign(false, building);
        List<Map<String, Object>> links = invite(campaign.get("id"));
        String token = links.get(0).get("token").toString();
        WebTestClient slow = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        // Another unit answers first, alone: the race is about one link, not about this application context's
        // first public answer (codecs and caches built on first use, which BlockHound may catch waiting).
        slow.post().uri("/api/v1/public/surveys/" + links.get(1).get("token") + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(5, 5, 10, null, null)).exchange().expectStatus().isCreated();
        List<EntityExchangeResult<Map<String, Object>>> results = race(50, i -> slow.post()
                .uri("/api/v1/public/surveys/" + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(4, 4, 9, null, "第" + i + "份")).exchange()
                .expectBody(new ParameterizedTypeReference<Map<String, Object>>() {}).returnResult());
        assertThat(results).extracting(r -> r.getStatus().value()).containsOnly(201, 409);
        assertThat(results).filteredOn(r -> r.getStatus().value() == 201).hasSize(1);
        assertThat(number("select count(*) from survey_responses where campaign_id = '" + campaign.get("id") + "' and unit_id = '"
                + links.get(0).get("unitId") + "'")).isEqualTo(1);
        assertThat(number("select count(*) from survey_comments where campaign_id = '" + campaign.get("id") + "'")).isEqualTo(1);
    }
}
