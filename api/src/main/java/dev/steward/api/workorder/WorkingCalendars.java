package dev.steward.api.workorder;

import dev.steward.api.platform.AnnouncedCache;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.EventStream;
import dev.steward.api.platform.Role;
import dev.steward.api.workorder.SlaSettingsRepository.CalendarDay;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Each project's working calendar, year by year: the year the project saved or imported itself, else the
 * shipped national schedule ({@link OfficialHolidays}), else Monday to Friday.
 */
@Service
class WorkingCalendars {

    /** Where a year's days come from. */
    enum Source { PROJECT, OFFICIAL, WEEKDAYS }

    record CalendarView(UUID projectId, int year, List<CalendarDay> days, int workingDayCount, Source source) {}

    private final SlaSettingsRepository repo;
    private final OfficialHolidays official;
    private final TransactionalOperator tx;

    /** Each project's calendar for due-date maths, kept until it changes (V25 announces it, topic "sla"). */
    private final AnnouncedCache<UUID, WorkingCalendar> kept;

    WorkingCalendars(SlaSettingsRepository repo, OfficialHolidays official, TransactionalOperator tx, EventStream events) {
        this.repo = repo;
        this.official = official;
        this.tx = tx;
        this.kept = new AnnouncedCache<>(events, "sla", UUID::fromString, 10_000);
    }

    /** Every year of the project, for due-date maths. */
    Mono<WorkingCalendar> forProject(UUID projectId) {
        return kept.get(projectId, this::read);
    }

    private Mono<WorkingCalendar> read(UUID projectId) {
        return Mono.zip(repo.calendarYears(projectId).collectList(), repo.calendar(projectId).collectList()).map(t -> {
            Set<Integer> own = new HashSet<>(t.getT1());
            List<CalendarDay> days = new ArrayList<>(t.getT2());
            for (Map.Entry<Integer, List<CalendarDay>> year : official.all().entrySet()) {
                if (!own.contains(year.getKey())) {
                    days.addAll(year.getValue());
                }
            }
            return calendar(days);
        });
    }

    Mono<CalendarView> calendar(Caller caller, UUID projectId, int year) {
        caller.requireProject(projectId, "project");
        return repo.hasCalendarYear(projectId, year).flatMap(own -> own
                ? repo.calendar(projectId, year).collectList().map(days -> view(projectId, year, days, Source.PROJECT))
                : Mono.just(official.year(year)
                        .map(days -> view(projectId, year, days, Source.OFFICIAL))
                        .orElseGet(() -> view(projectId, year, List.of(), Source.WEEKDAYS))));
    }

    Mono<CalendarView> replace(Caller caller, UUID projectId, int year, List<CalendarDay> days) {
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
        return tx.transactional(repo.replaceCalendar(projectId, year, sorted))
                .then(Mono.fromRunnable(() -> kept.forget(projectId)))
                .then(calendar(caller, projectId, year));
    }

    /** A year pasted or uploaded in the {@link HolidayFile} format replaces that year of the project. */
    Mono<CalendarView> importYear(Caller caller, UUID projectId, int year, String text) {
        caller.requireProject(projectId, "project");
        caller.requireRole("change the working calendar", Role.MANAGER, Role.ADMIN);
        return replace(caller, projectId, year, HolidayFile.parse(text, year));
    }

    static WorkingCalendar calendar(List<CalendarDay> days) {
        return new WorkingCalendar(
                days.stream().filter(d -> !d.working()).map(CalendarDay::day).collect(Collectors.toSet()),
                days.stream().filter(CalendarDay::working).map(CalendarDay::day).collect(Collectors.toSet()));
    }

    private static CalendarView view(UUID projectId, int year, List<CalendarDay> days, Source source) {
        WorkingCalendar calendar = calendar(days);
        int working = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (calendar.isWorkingDay(d)) {
                working++;
            }
        }
        return new CalendarView(projectId, year, days, working, source);
    }
}
