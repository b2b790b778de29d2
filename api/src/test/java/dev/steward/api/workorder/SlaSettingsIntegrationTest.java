package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** Per-project SLA policies and working calendars, and that registration and return visits follow them. */
class SlaSettingsIntegrationTest extends WorkOrderTestSupport {

    @Autowired
    SlaSettings settings;

    @Test
    @SuppressWarnings("unchecked")
    void aProjectStartsWithTheDefaults() {
        Map<String, Object> policy = as("agent").get().uri("/api/v1/projects/" + sg() + "/sla-policies").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        assertThat(policy.get("customized")).isEqualTo(false);
        List<Map<String, Object>> rules = (List<Map<String, Object>>) policy.get("rules");
        assertThat(rules).hasSize(20);
        assertThat(rule(rules, "REPAIR", "URGENT").get("response")).isEqualTo(Map.of("minutes", 15));
        assertThat(rule(rules, "REPAIR", "URGENT").get("resolution")).isEqualTo(Map.of("minutes", 240));
        assertThat(rule(rules, "COMPLAINT", "NORMAL").get("response")).isEqualTo(Map.of("endOfDayPlusDays", 0));
    }

    @Test
    void onlyManagersChangeThePolicyAndItMustBeComplete() {
        String project = newProject();
        List<Map<String, Object>> rules = defaultsWith(60);
        as("agent").put().uri("/api/v1/projects/" + sg() + "/sla-policies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rules", rules)).exchange().expectStatus().isForbidden();

        as("admin").put().uri("/api/v1/projects/" + project + "/sla-policies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rules", rules.subList(1, rules.size()))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("rules");

        List<Map<String, Object>> both = new ArrayList<>(rules);
        Map<String, Object> broken = new HashMap<>(both.get(0));
        broken.put("response", Map.of("minutes", 10, "endOfDayPlusDays", 0));
        both.set(0, broken);
        as("admin").put().uri("/api/v1/projects/" + project + "/sla-policies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rules", both)).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("rules[0].response");
    }

    @Test
    void registrationFollowsTheProjectsOwnPolicy() {
        String project = newProject();
        as("admin").put().uri("/api/v1/projects/" + project + "/sla-policies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rules", defaultsWith(60))).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.customized").isEqualTo(true);

        Map<String, Object> body = order(project, null, "REPAIR", "PLUMBING", "URGENT", "会所水管漏水");
        body.put("location", "会所");
        Map<String, Object> created = create("admin", body);
        Map<?, ?> sla = (Map<?, ?>) created.get("sla");
        Duration response = Duration.between(OffsetDateTime.parse(created.get("createdAt").toString()),
                OffsetDateTime.parse(sla.get("responseDueAt").toString()));
        assertThat(response).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void theCalendarListsExceptionsAndMovesReturnVisits() {
        String project = newProject();
        as("agent").get().uri("/api/v1/projects/" + sg() + "/calendar?year=2026").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.workingDayCount").isEqualTo(261);

        List<Map<String, Object>> days = List.of(
                Map.of("date", "2026-10-01", "working", false, "note", "国庆节"),
                Map.of("date", "2026-10-02", "working", false, "note", "国庆节"),
                Map.of("date", "2026-10-05", "working", false, "note", "国庆节"),
                Map.of("date", "2026-10-10", "working", true, "note", "调休"));
        as("admin").put().uri("/api/v1/projects/" + project + "/calendar?year=2026").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("days", days)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.days.length()").isEqualTo(4)
                .jsonPath("$.workingDayCount").isEqualTo(261 - 3 + 1);

        as("admin").put().uri("/api/v1/projects/" + project + "/calendar?year=2026").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("days", List.of(Map.of("date", "2027-01-01", "working", false)))).exchange()
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("days[0].date");

        // Completed on Wednesday 30 Sep 2026 (Shanghai). Thu 1 and Fri 2 Oct are holidays, then the weekend, and
        // Mon 5 Oct is a holiday too: the first working day after is Tue 6 Oct.
        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        Instant completed = OffsetDateTime.parse("2026-09-30T16:00:00+08:00").toInstant();
        Instant due = settings.policy(UUID.fromString(project)).block(Duration.ofSeconds(10)).returnVisitDue(completed, shanghai);
        assertThat(due).isEqualTo(OffsetDateTime.parse("2026-10-06T23:59:59+08:00").toInstant());
    }

    private String newProject() {
        String code = "S" + UUID.randomUUID().toString().replaceAll("[^0-9]", "").substring(0, 6);
        return as("admin").post().uri("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("code", code, "name", "规则项目 " + code)).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    /** The default policy as the API shows it, with urgent repairs given {@code urgentMinutes} to respond. */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> defaultsWith(int urgentMinutes) {
        Map<String, Object> policy = as("admin").get().uri("/api/v1/projects/" + sg() + "/sla-policies").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) policy.get("rules")) {
            Map<String, Object> copy = new HashMap<>(r);
            if ("REPAIR".equals(r.get("type")) && "URGENT".equals(r.get("priority"))) {
                copy.put("response", Map.of("minutes", urgentMinutes));
            }
            rules.add(copy);
        }
        return rules;
    }

    private static Map<String, Object> rule(List<Map<String, Object>> rules, String type, String priority) {
        return rules.stream().filter(r -> type.equals(r.get("type")) && priority.equals(r.get("priority"))).findFirst().orElseThrow();
    }
}
