package dev.steward.api.survey;

import dev.steward.api.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Helpers shared by the survey integration tests (against the demo property and its demo template). */
abstract class SurveyTestSupport extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    String sg() {
        return projectId("manager", "SG");
    }

    @SuppressWarnings("unchecked")
    String demoTemplate() {
        List<Map<String, Object>> items = (List<Map<String, Object>>) get("manager", "/api/v1/survey-templates?limit=200").get("items");
        return items.stream().filter(t -> "业主满意度调查（标准版）".equals(t.get("name"))).findFirst().orElseThrow().get("id").toString();
    }

    WebTestClient.ResponseSpec post(String user, String uri, Object body) {
        return as(user).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> created(String user, String uri, Object body) {
        return post(user, uri, body).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String user, String uri) {
        return as(user).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    /** A campaign of SG on the demo template, open now, with links for the first few units of one building. */
    Map<String, Object> openCampaign(boolean anonymous, String buildingId) {
        return openCampaign(anonymous, List.of(buildingId));
    }

    /** A campaign of SG on the demo template, open now, for these buildings (all of SG when empty). */
    Map<String, Object> openCampaign(boolean anonymous, List<String> buildingIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("templateId", demoTemplate());
        body.put("projectId", sg());
        body.put("title", "测试调查 " + System.nanoTime());
        body.put("opensAt", OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).toString());
        body.put("closesAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(7).toString());
        body.put("anonymous", anonymous);
        body.put("buildingIds", buildingIds);
        Map<String, Object> c = created("manager", "/api/v1/survey-campaigns", body);
        as("manager").post().uri("/api/v1/survey-campaigns/" + c.get("id") + "/open").exchange().expectStatus().isOk();
        return c;
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> invite(Object campaignId) {
        Map<String, Object> links = as("manager").post().uri("/api/v1/survey-campaigns/" + campaignId + "/invitations").exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) links.get("items");
    }

    /** "Generate links" with a body (buildings, replace): the whole answer, with its counts. */
    @SuppressWarnings("unchecked")
    Map<String, Object> invite(Object campaignId, Map<String, Object> request) {
        return created("manager", "/api/v1/survey-campaigns/" + campaignId + "/invitations", request);
    }

    @SuppressWarnings("unchecked")
    List<String> buildings(String projectId) {
        Map<String, Object> page = get("manager", "/api/v1/projects/" + projectId + "/buildings?limit=50");
        return ((List<Map<String, Object>>) page.get("items")).stream().map(b -> b.get("id").toString()).toList();
    }

    /** A full, valid answer to the demo template. */
    static Map<String, Object> answers(int overall, int others, int nps, String why, String comment) {
        List<Map<String, Object>> list = new java.util.ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            list.add(Map.of("questionId", "q" + i, "value", others));
        }
        list.add(Map.of("questionId", "q8", "value", overall));
        list.add(Map.of("questionId", "q9", "value", nps));
        if (why != null) {
            list.add(Map.of("questionId", "q10", "value", why));
        }
        list.add(Map.of("questionId", "q11", "value", "parking"));
        if (comment != null) {
            list.add(Map.of("questionId", "q12", "value", comment));
        }
        return Map.of("answers", list, "language", "zh-CN");
    }

    long number(String query) {
        Number n = db.sql(query).map(row -> (Number) row.get(0)).one().block();
        return n == null ? 0 : n.longValue();
    }
}
