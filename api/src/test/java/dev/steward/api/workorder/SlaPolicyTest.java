package dev.steward.api.workorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SLA and calendar maths at chosen instants (2026-11-23 is a Monday), in Asia/Shanghai (UTC+8). */
class SlaPolicyTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private final SlaPolicy policy = SlaPolicy.defaults(WorkingCalendar.weekdays());

    @ParameterizedTest(name = "{0} {1}: respond within {2}, resolve within {3}")
    @CsvSource({
            "REPAIR, URGENT, PT15M, PT4H",
            "REPAIR, HIGH, PT30M, PT24H",
            "REPAIR, NORMAL, PT2H, PT72H",
            "REPAIR, LOW, P1D, P7D",
            "RECTIFICATION, URGENT, PT15M, PT4H",
            "RECTIFICATION, LOW, P1D, P7D"})
    void repairsAreTimedFromRegistration(String type, String priority, Duration response, Duration resolution) {
        Instant registered = Instant.parse("2026-11-23T02:00:00Z");
        SlaPolicy.DueDates due = policy.dueDates(type, priority, registered, SHANGHAI);
        assertThat(due.responseDueAt()).isEqualTo(registered.plus(response));
        assertThat(due.resolutionDueAt()).isEqualTo(registered.plus(resolution));
    }

    @ParameterizedTest(name = "{0} {1} at {2} → reply by {3}")
    @CsvSource({
            // 10:00 in Shanghai: the same local day.
            "COMPLAINT, NORMAL, 2026-11-23T02:00:00Z, 2026-11-23T15:59:59Z",
            // 23:30 in Shanghai on Monday: still Monday, 29 minutes left.
            "COMPLAINT, URGENT, 2026-11-23T15:30:00Z, 2026-11-23T15:59:59Z",
            // 00:30 on Tuesday in Shanghai, though still Monday in UTC: Tuesday's end.
            "INQUIRY, LOW, 2026-11-23T16:30:00Z, 2026-11-24T15:59:59Z",
            "SUGGESTION, HIGH, 2026-11-28T03:00:00Z, 2026-11-28T15:59:59Z"})
    void complaintsInquiriesAndSuggestionsGetAReplyTheSameLocalDayAndAResolutionIn3Days(String type, String priority,
            Instant registered, Instant replyBy) {
        SlaPolicy.DueDates due = policy.dueDates(type, priority, registered, SHANGHAI);
        assertThat(due.responseDueAt()).isEqualTo(replyBy);
        assertThat(due.resolutionDueAt()).isEqualTo(registered.plus(Duration.ofDays(3)));
    }

    @Test
    void theEndOfTheDayFollowsTheProjectsTimeZone() {
        Instant registered = Instant.parse("2026-11-23T15:30:00Z");
        assertThat(policy.dueDates("COMPLAINT", "NORMAL", registered, ZoneOffset.UTC).responseDueAt())
                .isEqualTo(Instant.parse("2026-11-23T23:59:59Z"));
        assertThat(policy.dueDates("COMPLAINT", "NORMAL", registered, SHANGHAI).responseDueAt())
                .isEqualTo(Instant.parse("2026-11-23T15:59:59Z"));
    }

    @ParameterizedTest(name = "completed {0} → return visit by {1}")
    @CsvSource({
            // Monday 10:00 local → Tuesday's end.
            "2026-11-23T02:00:00Z, 2026-11-24T15:59:59Z",
            // Thursday 23:00 local → Friday.
            "2026-11-26T15:00:00Z, 2026-11-27T15:59:59Z",
            // Friday 00:30 local (still Thursday in UTC) → over the weekend to Monday.
            "2026-11-26T16:30:00Z, 2026-11-30T15:59:59Z",
            // Friday 10:00 → Monday.
            "2026-11-27T02:00:00Z, 2026-11-30T15:59:59Z",
            // Saturday and Sunday → Monday.
            "2026-11-28T02:00:00Z, 2026-11-30T15:59:59Z",
            "2026-11-29T15:30:00Z, 2026-11-30T15:59:59Z",
            // Sunday 00:30 local on a Saturday in UTC → Monday, not Monday-after-a-Sunday-working-day.
            "2026-11-28T16:30:00Z, 2026-11-30T15:59:59Z"})
    void returnVisitsFallDueAtTheEndOfTheNextWorkingDay(Instant completed, Instant due) {
        assertThat(policy.returnVisitDue(completed, SHANGHAI)).isEqualTo(due);
    }

    @Test
    void holidaysAndMakeUpWorkingDaysMoveTheReturnVisit() {
        Set<LocalDate> nationalDay = Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7));
        WorkingCalendar calendar = new WorkingCalendar(nationalDay, Set.of(LocalDate.of(2026, 10, 10)));
        SlaPolicy withHolidays = SlaPolicy.defaults(calendar);
        // Completed Wednesday 30 September → the holiday week is skipped → Thursday 8 October.
        assertThat(withHolidays.returnVisitDue(Instant.parse("2026-09-30T02:00:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-10-08T15:59:59Z"));
        // Completed Friday 9 October → Saturday 10 October is a make-up working day (调休).
        assertThat(withHolidays.returnVisitDue(Instant.parse("2026-10-09T02:00:00Z"), SHANGHAI))
                .isEqualTo(Instant.parse("2026-10-10T15:59:59Z"));
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(WorkingCalendar.weekdays().isWorkingDay(LocalDate.of(2026, 10, 10))).isFalse();
    }

    @Test
    void aPolicyMustCoverEveryTypeAndPriority() {
        assertThatThrownBy(() -> new SlaPolicy(Map.of(), WorkingCalendar.weekdays()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("REPAIR");
    }

    @Test
    void breachesAreComputedOnReadAgainstTheClock() {
        OffsetDateTime responseDue = OffsetDateTime.parse("2026-11-23T02:15:00Z");
        OffsetDateTime resolutionDue = OffsetDateTime.parse("2026-11-23T06:00:00Z");
        Clock before = Clock.fixed(Instant.parse("2026-11-23T02:10:00Z"), ZoneOffset.UTC);
        Clock exactlyDue = Clock.fixed(responseDue.toInstant(), ZoneOffset.UTC);
        Clock after = Clock.fixed(Instant.parse("2026-11-23T07:00:00Z"), ZoneOffset.UTC);

        WorkOrder open = order(WorkOrderStatus.ASSIGNED, responseDue, resolutionDue, null, null);
        assertThat(WorkOrderView.Sla.of(open, before.instant())).satisfies(s -> {
            assertThat(s.responseBreached()).isFalse();
            assertThat(s.resolutionBreached()).isFalse();
        });
        assertThat(WorkOrderView.Sla.of(open, exactlyDue.instant()).responseBreached()).isFalse();
        assertThat(WorkOrderView.Sla.of(open, after.instant())).satisfies(s -> {
            assertThat(s.responseBreached()).isTrue();
            assertThat(s.resolutionBreached()).isTrue();
        });

        // Responded in time, completed late: only the resolution is breached, whenever it is read.
        WorkOrder done = order(WorkOrderStatus.COMPLETED, responseDue, resolutionDue,
                OffsetDateTime.parse("2026-11-23T02:14:00Z"), OffsetDateTime.parse("2026-11-23T06:30:00Z"));
        assertThat(WorkOrderView.Sla.of(done, after.instant())).satisfies(s -> {
            assertThat(s.responseBreached()).isFalse();
            assertThat(s.resolutionBreached()).isTrue();
        });

        WorkOrder cancelled = order(WorkOrderStatus.CANCELLED, responseDue, resolutionDue, null, null);
        assertThat(WorkOrderView.Sla.of(cancelled, after.instant())).satisfies(s -> {
            assertThat(s.responseBreached()).isFalse();
            assertThat(s.resolutionBreached()).isFalse();
        });
    }

    private static WorkOrder order(WorkOrderStatus status, OffsetDateTime responseDue, OffsetDateTime resolutionDue,
            OffsetDateTime respondedAt, OffsetDateTime completedAt) {
        OffsetDateTime created = OffsetDateTime.parse("2026-11-23T02:00:00Z");
        return new WorkOrder(UUID.randomUUID(), UUID.randomUUID(), "SG-20261123-0001", null, null, "大堂", "REPAIR", "PLUMBING",
                "URGENT", "PHONE", "漏水", null, "王伟", "13812345678", UUID.randomUUID(), "李客服", null, null, status,
                responseDue, resolutionDue, null, respondedAt, completedAt, null, null, null, null, 0, null, null, null, null, 0, created, created);
    }
}
