package dev.steward.api.workorder;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days. Today: Monday to Friday. Public holidays and make-up working days
 * (调休) are data to add per project and year; they will override {@link #isWorkingDay} and nothing else.
 */
final class WorkingCalendar {

    private static final WorkingCalendar WEEKDAYS = new WorkingCalendar(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;

    WorkingCalendar(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    static WorkingCalendar weekdays() {
        return WEEKDAYS;
    }

    boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkingDays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /** The first working day strictly after {@code day}. */
    LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate d = day.plusDays(1);
        for (int i = 0; i < 366 && !isWorkingDay(d); i++) {
            d = d.plusDays(1);
        }
        return d;
    }
}
