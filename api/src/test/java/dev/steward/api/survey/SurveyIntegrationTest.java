package dev.steward.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Campaigns end to end: links, public answers and their errors, staff entry, results, the opinion library, exports. */
class SurveyIntegrationTest extends SurveyTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void aResidentAnswersOnceThroughTheirLinkAndTheResultsShowIt() {
        String building = firstBuilding("manager", sg()).get("id").toString();
        Map<String, Object> campaign = openCampaign(false, building);
        List<Map<String, Object>> links = invite(campaign.get("id"));
        assertThat(links).isNotEmpty().allSatisfy(l -> assertThat(l.get("url").toString()).startsWith("/s/"));
        assertThat(invite(campaign.get("id"))).isEmpty();   // every unit has its link already
        String token = links.get(0).get("token").toString();

        Map<String, Object> page = client.get().uri("/api/v1/public/surveys/" + token).exchange().expectStatus().isOk()
                .expectHeader().valueEquals("Cache-Control", "no-store").expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(page).containsEntry("title", campaign.get("title")).containsEntry("unitLabel", links.get(0).get("unitLabel"));
        assertThat((List<Object>) page.get("questions")).hasSize(12);

        client.post().uri("/api/v1/public/surveys/" + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(1, 4, 3, "电梯老是坏", "希望增加快递柜")).exchange().expectStatus().isCreated();
        client.post().uri("/api/v1/public/surveys/" + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(5, 5, 10, null, null)).exchange().expectStatus().isEqualTo(409)
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_ALREADY_ANSWERED");
        client.get().uri("/api/v1/public/surveys/" + token).exchange().expectStatus().isEqualTo(409);

        Map<String, Object> results = get("manager", "/api/v1/survey-campaigns/" + campaign.get("id") + "/results");
        assertThat(results).containsEntry("responseCount", 1).containsEntry("invitationCount", links.size());
        // Seven ratings of 4 (75) and an overall 1 (0), equal weights: (7 × 75 + 0) ÷ 8 = 65.6.
        assertThat(results.get("satisfactionIndex")).isEqualTo(65.6);
        assertThat((Map<String, Object>) results.get("nps")).containsEntry("detractors", 1).containsEntry("score", -100.0);
        assertThat(((List<Map<String, Object>>) results.get("buildings")).get(0)).containsEntry("responseCount", 1);
        // SG has a closed campaign from last quarter: the trend compares with it.
        assertThat((Map<String, Object>) results.get("previous")).containsEntry("title", "上季度业主满意度调查").containsKey("satisfactionIndexChange");

        Map<String, Object> progress = get("agent", "/api/v1/survey-campaigns/" + campaign.get("id") + "/invitations?limit=200");
        assertThat(((List<Map<String, Object>>) progress.get("units")).stream().filter(u -> Boolean.TRUE.equals(u.get("answered"))))
                .singleElement().satisfies(u -> assertThat(u).containsEntry("channel", "LINK"));

        // The reason after the low overall rating and the open comment are in the opinion library.
        List<Map<String, Object>> comments = (List<Map<String, Object>>) get("agent", "/api/v1/survey-campaigns/" + campaign.get("id")
                + "/comments").get("items");
        assertThat(comments).extracting(m -> m.get("kind") + ":" + m.get("text"))
                .containsExactlyInAnyOrder("TEXT:电梯老是坏", "TEXT:希望增加快递柜");
        Map<String, Object> why = comments.stream().filter(m -> "q10".equals(m.get("questionId"))).findFirst().orElseThrow();
        assertThat(why).containsEntry("score", 1).containsEntry("dimension", "OVERALL").containsEntry("unitLabel", links.get(0).get("unitLabel"));

        // Tag it (If-Match), then raise a complaint from it: linked both ways.
        String etag = "\"" + why.get("version") + "\"";
        Map<String, Object> tagged = as("agent").patch().uri("/api/v1/survey-comments/" + why.get("id")).header("If-Match", etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("tags", List.of("电梯", "待回访"))).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<String>) tagged.get("tags")).containsExactly("电梯", "待回访");
        Map<String, Object> linked = created("agent", "/api/v1/survey-comments/" + why.get("id") + "/work-order",
                Map.of("type", "COMPLAINT", "category", "ELEVATOR", "priority", "HIGH"));
        assertThat(linked).containsKey("workOrderCode").containsEntry("workOrderStatus", "NEW");
        Map<String, Object> order = get("agent", "/api/v1/work-orders/" + linked.get("workOrderId"));
        assertThat(order).containsEntry("type", "COMPLAINT").containsEntry("channel", "SURVEY").containsEntry("surveyCommentId", why.get("id"))
                .containsEntry("unitId", links.get(0).get("unitId"));
        post("agent", "/api/v1/survey-comments/" + why.get("id") + "/work-order", Map.of("type", "COMPLAINT", "category", "ELEVATOR",
                "priority", "HIGH")).expectStatus().isEqualTo(409).expectBody().jsonPath("$.code").isEqualTo("SURVEY_COMMENT_HAS_WORK_ORDER");
        assertThat((List<Object>) get("agent", "/api/v1/survey-campaigns/" + campaign.get("id") + "/comments?hasWorkOrder=true&tag=电梯")
                .get("items")).hasSize(1);

        // The other comment ("the lift keeps breaking") needs a REPAIR: every type may be chosen. The reporter is the
        // unit's resident, to be called back, not "满意度调查" with the desk's own phone.
        Map<String, Object> other = comments.stream().filter(m -> !why.get("id").equals(m.get("id"))).findFirst().orElseThrow();
        Map<String, Object> repair = created("agent", "/api/v1/survey-comments/" + other.get("id") + "/work-order",
                Map.of("type", "REPAIR", "category", "ELEVATOR", "priority", "NORMAL"));
        Map<String, Object> repairOrder = get("admin", "/api/v1/work-orders/" + repair.get("workOrderId"));
        assertThat(repairOrder).containsEntry("type", "REPAIR");
        Map<String, Object> reporter = (Map<String, Object>) repairOrder.get("reporter");
        List<Map<String, Object>> residents = (List<Map<String, Object>>) get("admin", "/api/v1/projects/" + sg()
                + "/units/" + links.get(0).get("unitId") + "/residents").get("items");
        assertThat(residents).extracting(r -> r.get("name")).contains(reporter.get("name"));
        Map<String, Object> resident = residents.stream().filter(r -> r.get("name").equals(reporter.get("name"))).findFirst().orElseThrow();
        String phone = reporter.get("phone").toString();
        assertThat(resident.get("phone").toString()).startsWith(phone.substring(0, 3)).endsWith(phone.substring(phone.length() - 4));
        assertThat(reporter.get("name")).isNotEqualTo("满意度调查");

        // Closing ends the links: 410.
        as("manager").post().uri("/api/v1/survey-campaigns/" + campaign.get("id") + "/close").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/public/surveys/" + links.get(1).get("token")).exchange().expectStatus().isEqualTo(410)
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
        as("manager").post().uri("/api/v1/survey-campaigns/" + campaign.get("id") + "/close").exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void badAnswersNameTheQuestionAndLeaveTheLinkUnused() {
        String building = firstBuilding("manager", sg()).get("id").toString();
        String token = invite(openCampaign(false, building).get("id")).get(0).get("token").toString();
        String uri = "/api/v1/public/surveys/" + token + "/responses";
        client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(answers(5, 4, 9, "不该出现", null)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("answers.q10");
        client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(answers(2, 4, 11, null, null)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("answers.q9");
        client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(answers(5, 6, 9, null, null)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("answers.q1");
        client.post().uri(uri).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("answers", List.of(Map.of("questionId", "q1", "value", 5)))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("answers.q2");
        // Nothing was used up: a valid answer still goes through.
        client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(answers(4, 4, 8, null, null)).exchange()
                .expectStatus().isCreated();
        client.get().uri("/api/v1/public/surveys/not-a-real-token-at-all-000000").exchange().expectStatus().isNotFound()
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_LINK_UNKNOWN");
    }

    @Test
    @SuppressWarnings("unchecked")
    void draftsAreNotOpenStaffEnterPaperAnswersAndOthersSeeNothing() {
        String building = firstBuilding("manager", sg()).get("id").toString();
        Map<String, Object> body = new java.util.LinkedHashMap<>(Map.of("templateId", demoTemplate(), "projectId", sg(), "title", "草稿",
                "opensAt", OffsetDateTime.now(ZoneOffset.UTC).toString(), "closesAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(3).toString(),
                "buildingIds", List.of(building)));
        Map<String, Object> draft = created("manager", "/api/v1/survey-campaigns", body);
        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("templateVersion", 1);
        List<Map<String, Object>> links = invite(draft.get("id"));
        client.get().uri("/api/v1/public/surveys/" + links.get(0).get("token")).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_NOT_OPEN");

        // A paper answer for the second unit, typed in by the agent; the unit cannot answer again, on paper or online.
        Map<String, Object> paper = Map.of("unitId", links.get(1).get("unitId"), "channel", "PAPER",
                "answers", answers(5, 5, 10, null, null).get("answers"));
        created("agent", "/api/v1/survey-campaigns/" + draft.get("id") + "/responses", paper);
        post("agent", "/api/v1/survey-campaigns/" + draft.get("id") + "/responses", paper).expectStatus().isEqualTo(409);
        as("manager").post().uri("/api/v1/survey-campaigns/" + draft.get("id") + "/open").exchange().expectStatus().isOk();
        client.get().uri("/api/v1/public/surveys/" + links.get(1).get("token")).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_ALREADY_ANSWERED");

        // Roles and scope.
        as("tech1").get().uri("/api/v1/survey-campaigns/" + draft.get("id")).exchange().expectStatus().isForbidden();
        // A quality supervisor reads surveys (their dashboard shows satisfaction) but does not run them.
        as("supervisor").get().uri("/api/v1/survey-campaigns/" + draft.get("id")).exchange().expectStatus().isOk();
        as("supervisor").post().uri("/api/v1/survey-campaigns/" + draft.get("id") + "/close").exchange().expectStatus().isForbidden();
        as("agent2").get().uri("/api/v1/survey-campaigns/" + draft.get("id")).exchange().expectStatus().isNotFound();
        as("agent").post().uri("/api/v1/survey-campaigns/" + draft.get("id") + "/close").exchange().expectStatus().isForbidden();
        post("integration", "/api/v1/survey-campaigns/" + draft.get("id") + "/responses", paper).expectStatus().isForbidden();
        assertThat((List<Map<String, Object>>) get("integration", "/api/v1/survey-campaigns?projectId=" + sg()).get("items"))
                .extracting(c -> c.get("id")).contains(draft.get("id"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void editingAUsedTemplateStartsANewVersionTheCampaignKeepsItsOwn() {
        Map<String, Object> input = Map.of("name", "测试模板", "questions", List.of(
                Map.of("id", "a", "type", "RATING_5", "dimension", "CLEANING", "required", true, "text", Map.of("zh", "保洁", "en", "Cleaning"))));
        Map<String, Object> t = created("manager", "/api/v1/survey-templates", input);
        assertThat(t).containsEntry("version", 1);
        String etag = as("manager").get().uri("/api/v1/survey-templates/" + t.get("id")).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
        // Unused: edited in place.
        Map<String, Object> edited = put(t.get("id"), etag, Map.of("name", "测试模板", "questions", List.of(
                Map.of("id", "a", "type", "RATING_5", "dimension", "CLEANING", "required", true, "text", Map.of("zh", "保洁服务", "en", "Cleaning")))));
        assertThat(edited).containsEntry("version", 1);
        Map<String, Object> campaign = created("manager", "/api/v1/survey-campaigns", Map.of("templateId", t.get("id"), "projectId", sg(),
                "title", "版本测试", "opensAt", "2026-12-01T00:00:00+08:00", "closesAt", "2026-12-31T00:00:00+08:00"));
        String etag2 = as("manager").get().uri("/api/v1/survey-templates/" + t.get("id")).exchange().expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getETag();
        Map<String, Object> v2 = put(t.get("id"), etag2, Map.of("name", "测试模板", "questions", List.of(
                Map.of("id", "a", "type", "RATING_5", "dimension", "CLEANING", "required", true, "text", Map.of("zh", "保洁", "en", "Cleaning")),
                Map.of("id", "b", "type", "TEXT", "required", false, "text", Map.of("zh", "建议", "en", "Suggestions")))));
        assertThat(v2).containsEntry("version", 2).containsEntry("campaignCount", 1);
        Map<String, Object> kept = get("manager", "/api/v1/survey-campaigns/" + campaign.get("id"));
        assertThat(kept).containsEntry("templateVersion", 1);
        assertThat((List<Object>) kept.get("questions")).hasSize(1);
        as("manager").put().uri("/api/v1/survey-templates/" + t.get("id")).header("If-Match", etag2).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(input).exchange().expectStatus().isEqualTo(412);
        post("manager", "/api/v1/survey-templates", Map.of("name", "坏模板", "questions", List.of(
                Map.of("id", "w", "type", "TEXT", "required", false, "text", Map.of("zh", "为什么", "en", "Why"),
                        "showIf", Map.of("questionId", "nope", "maxScore", 2))))).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("questions[0].showIf.questionId");
        post("agent", "/api/v1/survey-templates", input).expectStatus().isForbidden();
    }

    @Test
    void exportsCarryEveryResponseAndTheSummary() throws Exception {
        String last = db.sql("select id from survey_campaigns where title = '上季度业主满意度调查'").map(r -> r.get("id").toString()).one().block();
        byte[] csv = as("manager").get().uri("/api/v1/survey-campaigns/" + last + "/export?format=csv").exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/csv").expectHeader().value("Content-Disposition", v -> assertThat(v).contains("attachment"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF时间 Time,渠道 Channel,楼栋 Building,房号 Unit,q1 ");
        long responses = number("select count(*) from survey_responses where campaign_id = '" + last + "'");
        assertThat(responses).isBetween(100L, 140L);
        assertThat(text.split("\r\n")).filteredOn(l -> l.matches("^\\d{4}-\\d{2}-\\d{2} .*")).hasSize((int) responses);
        assertThat(text).contains("满意度指数 Satisfaction index", "NPS");

        byte[] xlsx = as("manager").get().uri("/api/v1/survey-campaigns/" + last + "/export?format=xlsx").exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            assertThat(wb.getSheets().map(org.dhatim.fastexcel.reader.Sheet::getName)).containsExactly("Responses", "Summary");
            assertThat(wb.getFirstSheet().read()).hasSize((int) responses + 1);
        }
        as("tech1").get().uri("/api/v1/survey-campaigns/" + last + "/export?format=csv").exchange().expectStatus().isForbidden();
    }

    /** The survey export writes through the shared CSV writer: a resident's text that Excel would run as a formula stays text. */
    @Test
    void aResidentsFormulaIsExportedAsText() {
        String building = firstBuilding("manager", sg()).get("id").toString();
        Map<String, Object> campaign = openCampaign(false, building);
        String token = invite(campaign.get("id")).get(0).get("token").toString();
        client.post().uri("/api/v1/public/surveys/" + token + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(2, 3, 5, "=HYPERLINK(\"http://x\")", "@SUM(A1)")).exchange().expectStatus().isCreated();
        String text = new String(as("manager").get().uri("/api/v1/survey-campaigns/" + campaign.get("id") + "/export?format=csv")
                .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody(), StandardCharsets.UTF_8);
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\")\"", "'@SUM(A1)").doesNotContain(",=HYPERLINK", ",@SUM");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> put(Object id, String etag, Map<String, Object> body) {
        return as("manager").put().uri("/api/v1/survey-templates/" + id).header("If-Match", etag).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }
}
