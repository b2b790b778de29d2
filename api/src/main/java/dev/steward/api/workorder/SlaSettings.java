package dev.steward.api.workorder;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import dev.steward.api.workorder.SlaSettingsRepository.CalendarDay;
import dev.steward.api.workorder.SlaSettingsRepository.RuleRow;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** Each project's SLA policy (its own rules, or the defaults) and working calendar. */
@Service
class SlaSettings {

    /** One deadline as the API sends it: exactly one of the two is set. */
    record DeadlineInput(Integer minutes, Integer endOfDayPlusDays) {}

    record RuleInput(String type, String priority, DeadlineInput response, DeadlineInput resolution) {}

    record PolicyView(UUID projectId, boolean customized, SlaPolicy policy) {}

    record CalendarView(UUID projectId, int year, List<CalendarDay> days, int workingDayCount) {}

    private final SlaSettingsRepository repo;
    private final TransactionalOperator tx;

    SlaSettings(SlaSettingsRepository repo, TransactionalOperator tx) {
        this.repo = repo;
        this.tx = tx;
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
        return tx.transactional(repo.replaceRules(projectId, rows)).then(load(projectId));
    }

    Mono<CalendarView> calendar(Caller caller, UUID projectId, int year) {
        caller.requireProject(projectId, "project");
        return repo.calendar(projectId, year).collectList().map(days -> view(projectId, year, days));
    }

    Mono<CalendarView> replaceCalendar(Caller caller, UUID projectId, int year, List<CalendarDay> days) {
        caller.requireProject(projectId, "project");
        caller.requireRole("change the working calendar", Role.MANAGER, Role.ADMIN);
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            LocalDate day = days.get(i).day();
            if (day.getYear() != year) {
                throw ApiException.invalidField("days[" + i + "].date", "is not in " + year);
            }
            if (!seen.add(day)) {
                throw ApiException.invalidField("days[" + i + "].date", "is listed twice");
            }
        }
        List<CalendarDay> sorted = days.stream().sorted((a, b) -> a.day().compareTo(b.day())).toList();
        return tx.transactional(repo.replaceCalendar(projectId, year, sorted)).then(calendar(caller, projectId, year));
    }

    private Mono<PolicyView> load(UUID projectId) {
        return Mono.zip(repo.rules(projectId).collectList(), repo.calendar(projectId).collectList())
                .map(t -> {
                    WorkingCalendar calendar = calendar(t.getT2());
                    if (t.getT1().isEmpty()) {
                        return new PolicyView(projectId, false, SlaPolicy.defaults(calendar));
                    }
                    Map<String, SlaPolicy.Rule> rules = t.getT1().stream()
                            .collect(Collectors.toMap(r -> SlaPolicy.key(r.type(), r.priority()), RuleRow::rule));
                    return new PolicyView(projectId, true, new SlaPolicy(rules, calendar));
                });
    }

    private static WorkingCalendar calendar(List<CalendarDay> days) {
        return new WorkingCalendar(
                days.stream().filter(d -> !d.working()).map(CalendarDay::day).collect(Collectors.toSet()),
                days.stream().filter(CalendarDay::working).map(CalendarDay::day).collect(Collectors.toSet()));
    }

    private static CalendarView view(UUID projectId, int year, List<CalendarDay> days) {
        WorkingCalendar calendar = calendar(days);
        int working = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                working++;
            }
        }
        return new CalendarView(projectId, year, days, working);
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
            byKey.put(key, new RuleRow(in.type(), in.priority(), new SlaPolicy.Rule(
                    deadline(in.response(), "rules[" + i + "].response"), deadline(in.resolution(), "rules[" + i + "].resolution"))));
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

    private static SlaPolicy.Deadline deadline(DeadlineInput in, String field) {
        if (in == null || (in.minutes() == null) == (in.endOfDayPlusDays() == null)) {
            throw ApiException.invalidField(field, "needs exactly one of minutes or endOfDayPlusDays");
        }
        return in.minutes() != null ? new SlaPolicy.Within(Duration.ofMinutes(in.minutes()))
                : new SlaPolicy.EndOfDay(in.endOfDayPlusDays());
    }
}
