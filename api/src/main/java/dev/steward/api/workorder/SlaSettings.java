package dev.steward.api.workorder;

import dev.steward.api.platform.AnnouncedCache;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.EventStream;
import dev.steward.api.platform.Role;
import dev.steward.api.workorder.SlaSettingsRepository.RuleRow;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Each project's SLA policy (its own rules, or the defaults) over its working calendar. */
@Service
class SlaSettings {

    /** One deadline as the API sends it: exactly one of the two is set. */
    record DeadlineInput(Integer minutes, Integer endOfDayPlusDays) {}

    record RuleInput(String type, String priority, DeadlineInput response, DeadlineInput resolution) {}

    record PolicyView(UUID projectId, boolean customized, SlaPolicy policy) {}

    private final SlaSettingsRepository repo;
    private final WorkingCalendars calendars;
    private final TransactionalOperator tx;

    /** Each project's own rules, kept until they change (V25 announces it, topic "sla"). */
    private final AnnouncedCache<UUID, List<RuleRow>> rules;

    SlaSettings(SlaSettingsRepository repo, WorkingCalendars calendars, TransactionalOperator tx, EventStream events) {
        this.repo = repo;
        this.calendars = calendars;
        this.tx = tx;
        this.rules = new AnnouncedCache<>(events, "sla", UUID::fromString, 10_000);
    }

    /** The policy registration and completion use for this project. */
    Mono<SlaPolicy> policy(UUID projectId) {
        return load(projectId).map(PolicyView::policy);
    }

    Mono<PolicyView> get(Caller caller, UUID projectId) {
        caller.requireProject(projectId, "project");
        return load(projectId);
    }

    Mono<PolicyView> replace(Caller caller, UUID projectId, List<RuleInput> inputs) {
        caller.requireProject(projectId, "project");
        caller.requireRole("change SLA policies", Role.MANAGER, Role.ADMIN);
        List<RuleRow> rows = validate(inputs);
        return tx.transactional(repo.replaceRules(projectId, rows))
                .then(Mono.fromRunnable(() -> rules.forget(projectId)))
                .then(load(projectId));
    }

    private Mono<PolicyView> load(UUID projectId) {
        return Mono.zip(rules.get(projectId, id -> repo.rules(id).collectList().map(List::copyOf)), calendars.forProject(projectId))
                .map(t -> {
                    WorkingCalendar calendar = t.getT2();
                    if (t.getT1().isEmpty()) {
                        return new PolicyView(projectId, false, SlaPolicy.defaults(calendar));
                    }
                    Map<String, SlaPolicy.Rule> rules = t.getT1().stream()
                            .collect(Collectors.toMap(r -> SlaPolicy.key(r.type(), r.priority()), RuleRow::rule));
                    return new PolicyView(projectId, true, new SlaPolicy(rules, calendar));
                });
    }

    /** Exactly one rule per type × priority, each deadline given exactly one way. */
    static List<RuleRow> validate(List<RuleInput> inputs) {
        Map<String, RuleRow> byKey = new HashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            RuleInput in = inputs.get(i);
            String key = SlaPolicy.key(in.type(), in.priority());
            if (byKey.containsKey(key)) {
                throw ApiException.invalidField("rules[" + i + "]", "repeats " + in.type() + " × " + in.priority());
            }
            SlaPolicy.Rule rule = new SlaPolicy.Rule(
                    deadline(in.response(), "rules[" + i + "].response"), deadline(in.resolution(), "rules[" + i + "].resolution"));
            if (respondsAfterResolving(rule)) {
                throw ApiException.invalidField("rules[" + i + "].response", "is longer than the resolution time");
            }
            byKey.put(key, new RuleRow(in.type(), in.priority(), rule));
        }
        for (String type : SlaPolicy.TYPES) {
            for (String priority : SlaPolicy.PRIORITIES) {
                if (!byKey.containsKey(SlaPolicy.key(type, priority))) {
                    throw ApiException.invalidField("rules", "has no rule for " + type + " × " + priority);
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * Whether the response falls due after the resolution whatever the registration time: minutes against
     * minutes, days against days; "end of the day n days on" lies between n and n + 1 days after the start.
     */
    static boolean respondsAfterResolving(SlaPolicy.Rule rule) {
        long day = Duration.ofDays(1).toMinutes();
        if (rule.response() instanceof SlaPolicy.Within r) {
            return rule.resolution() instanceof SlaPolicy.Within s
                    ? r.duration().compareTo(s.duration()) > 0
                    : r.duration().toMinutes() > (((SlaPolicy.EndOfDay) rule.resolution()).daysLater() + 1) * day;
        }
        int responseDays = ((SlaPolicy.EndOfDay) rule.response()).daysLater();
        return rule.resolution() instanceof SlaPolicy.EndOfDay s
                ? responseDays > s.daysLater()
                : ((SlaPolicy.Within) rule.resolution()).duration().toMinutes() < responseDays * day;
    }

    private static SlaPolicy.Deadline deadline(DeadlineInput in, String field) {
        if (in == null || (in.minutes() == null) == (in.endOfDayPlusDays() == null)) {
            throw ApiException.invalidField(field, "needs exactly one of minutes or endOfDayPlusDays");
        }
        return in.minutes() != null ? new SlaPolicy.Within(Duration.ofMinutes(in.minutes()))
                : new SlaPolicy.EndOfDay(in.endOfDayPlusDays());
    }
}
