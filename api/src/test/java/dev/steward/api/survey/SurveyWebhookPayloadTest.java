package dev.steward.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.WebhookCapture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** survey.response_submitted, by link and entered by staff: signed, shaped as the contract says, without the answers. */
class SurveyWebhookPayloadTest extends SurveyTestSupport {

    @Test
    void aSubmittedResponseIsAnnouncedWithoutItsAnswers() throws Exception {
        try (WebhookCapture hooks = WebhookCapture.subscribe(as("admin"), sg(), List.of("survey.response_submitted"))) {
            String building = buildings(sg()).get(0);
            Map<String, Object> campaign = openCampaign(false, building);
            Object campaignId = campaign.get("id");
            List<Map<String, Object>> links = invite(campaignId);
            String byLink = client.post().uri("/api/v1/public/surveys/" + links.get(0).get("token") + "/responses")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(answers(5, 4, 9, null, "保安很负责")).exchange()
                    .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
            Map<String, Object> online = hooks.await("survey.response_submitted", d -> byLink.equals(d.get("responseId")));
            assertThat(online).containsEntry("projectId", sg()).containsEntry("campaignId", campaignId).containsEntry("buildingId", building)
                    .containsEntry("unitId", links.get(0).get("unitId")).containsEntry("channel", "LINK")
                    .doesNotContainKey("answers");

            String byStaff = created("agent", "/api/v1/survey-campaigns/" + campaignId + "/responses", Map.of("unitId",
                    links.get(1).get("unitId"), "channel", "PHONE", "answers", answers(2, 3, 6, "物业费偏高", null).get("answers")))
                    .get("id").toString();
            assertThat(hooks.await("survey.response_submitted", d -> byStaff.equals(d.get("responseId"))))
                    .containsEntry("channel", "PHONE").containsEntry("unitId", links.get(1).get("unitId"));
        }
    }
}
