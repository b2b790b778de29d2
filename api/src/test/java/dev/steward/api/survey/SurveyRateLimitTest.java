package dev.steward.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/** Public links are rate-limited per link and per address (low limits here, in a context of its own). */
@TestPropertySource(properties = {"steward.rate-limit.survey-per-link=5", "steward.rate-limit.survey-per-address=12"})
class SurveyRateLimitTest extends SurveyTestSupport {

    @Test
    void aHammeredLinkAndAHammeringAddressGet429WithRetryAfter() {
        String building = firstBuilding("manager", sg()).get("id").toString();
        List<Map<String, Object>> links = invite(openCampaign(false, building).get("id"));
        String uri = "/api/v1/public/surveys/" + links.get(0).get("token");
        for (int i = 0; i < 5; i++) {
            client.get().uri(uri).exchange().expectStatus().isOk();
        }
        client.get().uri(uri).exchange().expectStatus().isEqualTo(429).expectHeader().exists("Retry-After")
                .expectHeader().valueEquals("Cache-Control", "no-store").expectBody().jsonPath("$.code").isEqualTo("SURVEY_RATE_LIMITED");
        // Other links from the same address still work until the address budget (12) is spent.
        int ok = 0;
        int limited = 0;
        for (int i = 1; i < 10; i++) {
            int status = client.get().uri("/api/v1/public/surveys/" + links.get(i).get("token")).exchange().returnResult(String.class)
                    .getStatus().value();
            ok += status == 200 ? 1 : 0;
            limited += status == 429 ? 1 : 0;
        }
        // 12 per address: the 5 served requests spent 5 (a refused request spends nothing), so 7 more are served.
        assertThat(ok).isEqualTo(7);
        assertThat(limited).isEqualTo(2);
    }
}
