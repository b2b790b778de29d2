package dev.steward.api.survey;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Answers a database or an int cannot hold are 400s naming the answer, not 500s (the public page, no login). */
class SurveyBadAnswerTest extends SurveyTestSupport {

    @Test
    void anOverflowingNumberANonFiniteOneAndANulCharacterAre400s() {
        Map<String, Object> campaign = openCampaign(false, firstBuilding("manager", sg()).get("id").toString());
        List<Map<String, Object>> links = invite(campaign.get("id"));
        String token = links.get(0).get("token").toString();
        for (String[] bad : new String[][] {{"q1", "2147483648"}, {"q1", "-2147483649"}, {"q1", "1e400"}, {"q1", "9223372036854775808"},
                {"q12", "\"a\\u0000b\""}}) {
            client.post().uri("/api/v1/public/surveys/" + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue("{\"language\":\"zh-CN\",\"answers\":[{\"questionId\":\"" + bad[0] + "\",\"value\":" + bad[1] + "}]}")
                    .exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.errors[0].field").value(f -> org.assertj.core.api.Assertions.assertThat((String) f)
                            .startsWith("answers"));
        }
    }
}
