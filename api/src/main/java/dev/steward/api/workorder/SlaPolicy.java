package dev.steward.api.workorder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Response and resolution time limits per work-order type and priority, as data: a later per-project
 * table builds the same {@link Rule}s. Due dates are computed once, at registration (and again when the
 * priority is edited); whether they were met is computed on every read.
 */
final class SlaPolicy {

    /** When something falls due, counted from a start instant in the project's time zone. */
    sealed interface Deadline permits Within, EndOfDay {
        Instant from(Instant start, ZoneId zone);
    }

    /** A fixed time after the start (15 minutes on site, 72 hours to resolve…). */
    record Within(Duration duration) implements Deadline {
        @Override
        public Instant from(Instant start, ZoneId zone) {
            return start.plus(duration);
        }
    }

    /** The end (23:59:59) of the start's local day, {@code daysLater} days on: 当日回复 is {@code EndOfDay(0)}. */
    record EndOfDay(int daysLater) implements Deadline {
        @Override
        public Instant from(Instant start, ZoneId zone) {
            return endOf(LocalDate.ofInstant(start, zone).plusDays(daysLater), zone);
        }
    }

    record Rule(Deadline response, Deadline resolution) {}

    record DueDates(Instant responseDueAt, Instant resolutionDueAt) {}

    static final List<String> TYPES = List.of("REPAIR", "COMPLAINT", "INQUIRY", "SUGGESTION", "RECTIFICATION");
    static final List<String> PRIORITIES = List.of("URGENT", "HIGH", "NORMAL", "LOW");

    private static final Rule SAME_DAY_REPLY = new Rule(new EndOfDay(0), new Within(Duration.ofDays(3)));

    /**
     * The defaults: repairs (and rectifications) by priority — urgent 15 minutes on site (方案4: 报修实行15分钟上门服务)
     * and 4 hours to resolve, high 30 min / 24 h, normal 2 h / 72 h, low 1 day / 7 days; complaints, inquiries
     * and suggestions get a reply the same day (当日回复) and a resolution within 3 days, whatever the priority.
     */
    static SlaPolicy defaults(WorkingCalendar calendar) {
        Map<String, Rule> rules = new HashMap<>();
        for (String type : List.of("REPAIR", "RECTIFICATION")) {
            rules.put(key(type, "URGENT"), new Rule(new Within(Duration.ofMinutes(15)), new Within(Duration.ofHours(4))));
            rules.put(key(type, "HIGH"), new Rule(new Within(Duration.ofMinutes(30)), new Within(Duration.ofHours(24))));
            rules.put(key(type, "NORMAL"), new Rule(new Within(Duration.ofHours(2)), new Within(Duration.ofHours(72))));
            rules.put(key(type, "LOW"), new Rule(new Within(Duration.ofDays(1)), new Within(Duration.ofDays(7))));
        }
        for (String type : List.of("COMPLAINT", "INQUIRY", "SUGGESTION")) {
            for (String priority : PRIORITIES) {
                rules.put(key(type, priority), SAME_DAY_REPLY);
            }
        }
        return new SlaPolicy(rules, calendar);
    }

    private final Map<String, Rule> rules;
    private final WorkingCalendar calendar;

    SlaPolicy(Map<String, Rule> rules, WorkingCalendar calendar) {
        for (String type : TYPES) {
            for (String priority : PRIORITIES) {
                if (!rules.containsKey(key(type, priority))) {
                    throw new IllegalArgumentException("The SLA policy has no rule for " + type + " × " + priority);
                }
            }
        }
        this.rules = Map.copyOf(rules);
        this.calendar = calendar;
    }

    Rule rule(String type, String priority) {
        return rules.get(key(type, priority));
    }

    DueDates dueDates(String type, String priority, Instant registeredAt, ZoneId zone) {
        Rule rule = rule(type, priority);
        return new DueDates(rule.response().from(registeredAt, zone), rule.resolution().from(registeredAt, zone));
    }

    /** 回访: by the end of the next working day after completion, in the project's time zone. */
    Instant returnVisitDue(Instant completedAt, ZoneId zone) {
        return endOf(calendar.nextWorkingDayAfter(LocalDate.ofInstant(completedAt, zone)), zone);
    }

    static Instant endOf(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.of(23, 59, 59)).atZone(zone).toInstant();
    }

    static String key(String type, String priority) {
        return type + "/" + priority;
    }
}
