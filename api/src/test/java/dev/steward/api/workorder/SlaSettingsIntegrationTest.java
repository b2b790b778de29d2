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

    /** The policy is kept per instance; a change written elsewhere (another instance, a script) reaches it announced. */
    @Test
    void aRuleChangedElsewhereIsUsedWithinASecond() {
        String project = newProject();
        as("admin").get().uri("/api/v1/projects/" + project + "/sla-policies").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.customized").isEqualTo(false);
        db.sql("""
                insert into sla_rules (project_id, type, priority, response_minutes, resolution_minutes)
                select $1, t, p, 7, 70 from unnest(array['REPAIR', 'COMPLAINT', 'INQUIRY', 'SUGGESTION', 'RECTIFICATION']) t,
                                             unnest(array['URGENT', 'HIGH', 'NORMAL', 'LOW']) p
                """).bind(0, UUID.fromString(project)).fetch().rowsUpdated().block();
        long start = System.nanoTime();
        Object customized = false;
        while (!Boolean.TRUE.equals(customized) && System.nanoTime() - start < Duration.ofSeconds(1).toNanos()) {
            customized = as("admin").get().uri("/api/v1/projects/" + project + "/sla-policies").exchange()
                    .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("customized");
        }
        assertThat(customized).as("the rules written elsewhere are the project's policy").isEqualTo(true);
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
    void aResponseTimeLongerThanTheResolutionTimeIsRefused() {
        String project = newProject();
        List<Map<String, Object>> rules = defaultsWith(600); // urgent repairs: respond in 10 h, resolve in 4 h
        int index = 0;
        while (!("REPAIR".equals(rules.get(index).get("type")) && "URGENT".equals(rules.get(index).get("priority")))) {
            index++;
        }
        as("admin").put().uri("/api/v1/projects/" + project + "/sla-policies").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("rules", rules)).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors[0].field").isEqualTo("rules[" + index + "].response")
                .jsonPath("$.errors[0].message").isEqualTo("is longer than the resolution time");
        as("admin").get().uri("/api/v1/projects/" + project + "/sla-policies").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.customized").isEqualTo(false);

        // Equal is fine; "by the end of the day after" may be later than 24 h but not always, so it is allowed.
        assertThat(SlaSettings.respondsAfterResolving(new SlaPolicy.Rule(new SlaPolicy.Within(Duration.ofHours(4)),
                new SlaPolicy.Within(Duration.ofHours(4))))).isFalse();
        assertThat(SlaSettings.respondsAfterResolving(new SlaPolicy.Rule(new SlaPolicy.EndOfDay(2),
                new SlaPolicy.EndOfDay(1)))).isTrue();
        assertThat(SlaSettings.respondsAfterResolving(new SlaPolicy.Rule(new SlaPolicy.EndOfDay(1),
                new SlaPolicy.Within(Duration.ofHours(24))))).isFalse();
        assertThat(SlaSettings.respondsAfterResolving(new SlaPolicy.Rule(new SlaPolicy.EndOfDay(2),
                new SlaPolicy.Within(Duration.ofHours(24))))).isTrue();
        assertThat(SlaSettings.respondsAfterResolving(new SlaPolicy.Rule(new SlaPolicy.Within(Duration.ofHours(49)),
                new SlaPolicy.EndOfDay(1)))).isTrue();
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
                .expectStatus().isOk().expectBody().jsonPath("$.workingDayCount").isEqualTo(248)
                .jsonPath("$.source").isEqualTo("OFFICIAL");

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

    @Test
    void aNewProjectFollowsTheNationalScheduleAcrossNationalDay() {
        String project = newProject();
        // 2025: 1–8 Oct off (国庆节、中秋节), Sun 28 Sep and Sat 11 Oct are working days; 248 working days in all.
        as("admin").get().uri("/api/v1/projects/" + project + "/calendar?year=2025").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.source").isEqualTo("OFFICIAL")
                .jsonPath("$.workingDayCount").isEqualTo(248)
                .jsonPath("$.days[?(@.date == '2025-10-11')].working").isEqualTo(true)
                .jsonPath("$.days[?(@.date == '2025-01-28')].note").isEqualTo("春节");
        as("admin").get().uri("/api/v1/projects/" + project + "/calendar?year=2026").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.workingDayCount").isEqualTo(248);

        ZoneId shanghai = ZoneId.of("Asia/Shanghai");
        SlaPolicy policy = settings.policy(UUID.fromString(project)).block(Duration.ofSeconds(10));
        // Completed on Tue 30 Sep 2025: the holidays run to Wed 8 Oct, so the call is due on Thu 9 Oct.
        assertThat(policy.returnVisitDue(OffsetDateTime.parse("2025-09-30T16:00:00+08:00").toInstant(), shanghai))
                .isEqualTo(OffsetDateTime.parse("2025-10-09T23:59:59+08:00").toInstant());
        // Completed on Fri 10 Oct 2025: Sat 11 Oct is a make-up working day (调休), so it is due that Saturday.
        assertThat(policy.returnVisitDue(OffsetDateTime.parse("2025-10-10T16:00:00+08:00").toInstant(), shanghai))
                .isEqualTo(OffsetDateTime.parse("2025-10-11T23:59:59+08:00").toInstant());
        // 2026: Wed 30 Sep → Thu 8 Oct; Fri 9 Oct → Sat 10 Oct (调休).
        assertThat(policy.returnVisitDue(OffsetDateTime.parse("2026-09-30T10:00:00+08:00").toInstant(), shanghai))
                .isEqualTo(OffsetDateTime.parse("2026-10-08T23:59:59+08:00").toInstant());
        assertThat(policy.returnVisitDue(OffsetDateTime.parse("2026-10-09T10:00:00+08:00").toInstant(), shanghai))
                .isEqualTo(OffsetDateTime.parse("2026-10-10T23:59:59+08:00").toInstant());
    }

    @Test
    void aYearIsImportedAsTextAndEveryWrongLineIsNamed() {
        String project = newProject();
        as("admin").get().uri("/api/v1/projects/" + project + "/calendar?year=2027").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.source").isEqualTo("WEEKDAYS").jsonPath("$.days.length()").isEqualTo(0);

        String wrong = "# 2027\n2027-10-01~2027-10-07 休 国庆节\n2027-13-01 休 x\n2026-12-31 休 元旦\n2027-10-06 休 重复\n2027-10-08 班 周五\n国庆 放假";
        as("admin").post().uri("/api/v1/projects/" + project + "/calendar-imports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("year", 2027, "text", wrong)).exchange()
                .expectStatus().isBadRequest().expectBody()
                .jsonPath("$.code").isEqualTo("VALIDATION_FAILED")
                .jsonPath("$.errors.length()").isEqualTo(5)
                .jsonPath("$.errors[0].field").isEqualTo("text")
                .jsonPath("$.errors[0].message").isEqualTo("line 3: '2027-13-01' is not a date (YYYY-MM-DD)")
                .jsonPath("$.errors[1].message").isEqualTo("line 4: 2026-12-31 is not in 2027")
                .jsonPath("$.errors[2].message").isEqualTo("line 5: 2027-10-06 is already on line 2")
                .jsonPath("$.errors[3].message").value(m -> assertThat(m.toString()).startsWith("line 6: 2027-10-08 is a friday"))
                .jsonPath("$.errors[4].message").value(m -> assertThat(m.toString()).startsWith("line 7: expected"));
        as("admin").get().uri("/api/v1/projects/" + project + "/calendar?year=2027").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.source").isEqualTo("WEEKDAYS");
        as("agent").post().uri("/api/v1/projects/" + sg() + "/calendar-imports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("year", 2027, "text", "2027-10-01 休")).exchange().expectStatus().isForbidden();

        String good = "2027-10-01～2027-10-07 off National Day\r\n2027-10-09 work\n";
        as("admin").post().uri("/api/v1/projects/" + project + "/calendar-imports").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("year", 2027, "text", good)).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.source").isEqualTo("PROJECT")
                .jsonPath("$.days.length()").isEqualTo(8)
                .jsonPath("$.days[0].note").isEqualTo("National Day")
                .jsonPath("$.days[7].working").isEqualTo(true);
        // Fri 8 Oct 2027 is an ordinary working day; completed on the 7th (a holiday) the call is due on the 8th.
        SlaPolicy policy = settings.policy(UUID.fromString(project)).block(Duration.ofSeconds(10));
        assertThat(policy.returnVisitDue(OffsetDateTime.parse("2027-09-30T10:00:00+08:00").toInstant(), ZoneId.of("Asia/Shanghai")))
                .isEqualTo(OffsetDateTime.parse("2027-10-08T23:59:59+08:00").toInstant());
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
