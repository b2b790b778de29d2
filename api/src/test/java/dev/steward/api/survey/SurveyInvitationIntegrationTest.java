package dev.steward.api.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * "Generate links" (issue 9, defect 9): per chosen building, adding links only for units without one unless the manager
 * explicitly replaces them; replaced links answer as revoked; the counts say what happened; bad buildings are 400s.
 */
class SurveyInvitationIntegrationTest extends SurveyTestSupport {

    @Test
    @SuppressWarnings("unchecked")
    void generatingAgainAddsOnlyMissingLinksAndKeepsThePrintedOnesValid() {
        String building = firstBuilding("manager", sg()).get("id").toString();
        Map<String, Object> campaign = openCampaign(false, building);
        Map<String, Object> first = invite(campaign.get("id"), Map.of());
        List<Map<String, Object>> links = (List<Map<String, Object>>) first.get("items");
        assertThat(links).isNotEmpty().extracting(l -> l.get("unitId")).doesNotHaveDuplicates();
        assertThat(first).containsEntry("created", links.size()).containsEntry("replaced", 0).containsEntry("kept", 0).containsEntry("answered", 0);

        String answered = links.get(0).get("token").toString();
        client.post().uri("/api/v1/public/surveys/" + answered + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(4, 4, 8, null, null)).exchange().expectStatus().isCreated();

        // Again, without replace (no body at all, and an explicit false): nothing new, every printed link still works.
        Map<String, Object> again = as("manager").post().uri("/api/v1/survey-campaigns/" + campaign.get("id") + "/invitations").exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        assertThat((List<Object>) again.get("items")).isEmpty();
        assertThat(again).containsEntry("created", 0).containsEntry("replaced", 0).containsEntry("kept", links.size() - 1).containsEntry("answered", 1);
        assertThat(invite(campaign.get("id"), Map.of("replace", false, "buildingIds", List.of(building))))
                .containsEntry("created", 0).containsEntry("kept", links.size() - 1);
        client.get().uri("/api/v1/public/surveys/" + links.get(1).get("token")).exchange().expectStatus().isOk();
        client.get().uri("/api/v1/public/surveys/" + links.get(links.size() - 1).get("token")).exchange().expectStatus().isOk();
        assertThat(number("select count(*) from survey_invitations where campaign_id = '" + campaign.get("id") + "' and revoked_at is not null"))
                .isZero();
    }

    @Test
    @SuppressWarnings("unchecked")
    void replacingRevokesTheChosenBuildingsUnansweredLinksOnly() {
        List<String> buildings = buildings(sg());
        String a = buildings.get(0);
        String b = buildings.get(1);
        Map<String, Object> campaign = openCampaign(false, List.of(a, b));

        // Building A first: the answer counts only A's units, B has no links yet.
        Map<String, Object> onlyA = invite(campaign.get("id"), Map.of("buildingIds", List.of(a)));
        List<Map<String, Object>> linksA = (List<Map<String, Object>>) onlyA.get("items");
        assertThat(linksA).isNotEmpty().allSatisfy(l -> assertThat(l).containsEntry("buildingId", a));
        Map<String, Object> progress = get("manager", "/api/v1/survey-campaigns/" + campaign.get("id") + "/invitations?limit=200");
        assertThat((List<Map<String, Object>>) progress.get("units")).filteredOn(u -> b.equals(u.get("buildingId")))
                .isNotEmpty().allSatisfy(u -> assertThat(u).containsEntry("invited", false));

        // Then the whole audience: only B's units are new, A's links are kept.
        Map<String, Object> all = invite(campaign.get("id"), Map.of());
        List<Map<String, Object>> linksB = (List<Map<String, Object>>) all.get("items");
        assertThat(linksB).isNotEmpty().allSatisfy(l -> assertThat(l).containsEntry("buildingId", b));
        assertThat(all).containsEntry("kept", linksA.size()).containsEntry("replaced", 0);

        // One of A's units answers; then A's links are replaced: A's other units get new links, the old ones are revoked,
        // B is untouched.
        client.post().uri("/api/v1/public/surveys/" + linksA.get(0).get("token") + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(5, 5, 10, null, null)).exchange().expectStatus().isCreated();
        Map<String, Object> replaced = invite(campaign.get("id"), Map.of("buildingIds", List.of(a), "replace", true));
        List<Map<String, Object>> fresh = (List<Map<String, Object>>) replaced.get("items");
        assertThat(replaced).containsEntry("created", linksA.size() - 1).containsEntry("replaced", linksA.size() - 1)
                .containsEntry("kept", 0).containsEntry("answered", 1);
        assertThat(fresh).extracting(l -> l.get("unitId"))
                .containsExactlyInAnyOrderElementsOf(linksA.subList(1, linksA.size()).stream().map(l -> l.get("unitId")).toList());

        // The replaced link answers as revoked (GET and POST), the new one works, the answered one still says so, B's work.
        client.get().uri("/api/v1/public/surveys/" + linksA.get(1).get("token")).exchange().expectStatus().isEqualTo(410)
                .expectHeader().valueEquals("Cache-Control", "no-store")
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_LINK_REVOKED");
        client.post().uri("/api/v1/public/surveys/" + linksA.get(1).get("token") + "/responses").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(answers(5, 5, 10, null, null)).exchange().expectStatus().isEqualTo(410)
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_LINK_REVOKED");
        client.get().uri("/api/v1/public/surveys/" + fresh.get(0).get("token")).exchange().expectStatus().isOk();
        client.get().uri("/api/v1/public/surveys/" + linksA.get(0).get("token")).exchange().expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.code").isEqualTo("SURVEY_ALREADY_ANSWERED");
        client.get().uri("/api/v1/public/surveys/" + linksB.get(0).get("token")).exchange().expectStatus().isOk();
        assertThat(number("select count(*) from survey_invitations where campaign_id = '" + campaign.get("id")
                + "' and revoked_at is not null and building_id = '" + b + "'")).isZero();

        // The invitation count is of live links: A's units (new links and the answered one) and B's.
        Map<String, Object> after = get("manager", "/api/v1/survey-campaigns/" + campaign.get("id"));
        assertThat(after).containsEntry("invitationCount", linksA.size() + linksB.size());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProgressPagesThroughTheUnitsAndCountsEveryBuildingOnEveryPage() {
        Map<String, Object> campaign = openCampaign(false, List.of());
        String uri = "/api/v1/survey-campaigns/" + campaign.get("id") + "/invitations";
        List<Map<String, Object>> units = new java.util.ArrayList<>();
        Object buildingsOnFirst = null;
        String cursor = null;
        int pages = 0;
        do {
            Map<String, Object> page = get("manager", uri + "?limit=13" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat((List<Object>) page.get("units")).hasSizeLessThanOrEqualTo(13);
            units.addAll((List<Map<String, Object>>) page.get("units"));
            if (buildingsOnFirst == null) {
                buildingsOnFirst = page.get("buildings");
            }
            assertThat(page.get("buildings")).as("every page counts the whole audience").isEqualTo(buildingsOnFirst);
            cursor = (String) page.get("nextCursor");
            pages++;
        } while (cursor != null);
        List<Map<String, Object>> buildings = (List<Map<String, Object>>) buildingsOnFirst;
        int audience = buildings.stream().mapToInt(b -> (Integer) b.get("audience")).sum();
        assertThat(pages).isGreaterThan(1);
        assertThat(units).hasSize(audience);
        assertThat(units.stream().map(u -> u.get("unitId")).distinct()).hasSize(audience);
        // The same units, in the same order, as one page holds them.
        List<Map<String, Object>> whole = (List<Map<String, Object>>) get("manager", uri + "?limit=200").get("units");
        assertThat(units.size() <= 200 ? units : units.subList(0, 200)).isEqualTo(whole);

        Map<String, Object> second = buildings.get(1);
        Map<String, Object> one = get("manager", uri + "?limit=200&buildingId=" + second.get("buildingId"));
        assertThat((List<Map<String, Object>>) one.get("units")).hasSize((Integer) second.get("audience"))
                .allSatisfy(u -> assertThat(u).containsEntry("buildingId", second.get("buildingId")));
        as("manager").get().uri(uri + "?cursor=AAAA").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("cursor");
    }

    @Test
    void unknownBuildingsAndBuildingsOutsideTheAudienceAreRefusedNamingTheField() {
        List<String> buildings = buildings(sg());
        Map<String, Object> campaign = openCampaign(false, buildings.get(0));
        String uri = "/api/v1/survey-campaigns/" + campaign.get("id") + "/invitations";
        String otherProject = firstBuilding("manager", projectId("manager", "JL")).get("id").toString();
        for (String bad : List.of(UUID.randomUUID().toString(), otherProject, buildings.get(1))) {
            post("manager", uri, Map.of("buildingIds", List.of(buildings.get(0), bad), "replace", true))
                    .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("buildingIds");
        }
        post("manager", uri, Map.of("buildingIds", List.of("not-a-uuid"))).expectStatus().isBadRequest();
        post("manager", uri, Map.of("replace", "yes")).expectStatus().isBadRequest();
        post("manager", uri, Map.of("everything", true)).expectStatus().isBadRequest();
        // Nothing was written by the refused requests.
        assertThat(number("select count(*) from survey_invitations where campaign_id = '" + campaign.get("id") + "'")).isZero();
        // Only managers generate links.
        post("agent", uri, Map.of()).expectStatus().isForbidden();
    }
}
