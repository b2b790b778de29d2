package dev.steward.api.quality;

import dev.steward.api.platform.ApiException;
import dev.steward.api.property.Projects;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report's period: an ISO week, a calendar month or a quarter of the project's time zone, [from, to), with
 * {@code asOf} = min(to, now) (a running period is read so far); {@code now} is what the picture's figures take as now. Absent: the last complete one. After the running
 * period, or malformed: a 400 naming the parameter.
 */
record ReportPeriod(String label, Projects.Summary project, ZoneId zone, LocalDate firstDay, LocalDate endDay, OffsetDateTime from,
        OffsetDateTime to, OffsetDateTime asOf, OffsetDateTime now) {

    enum Kind { WEEK, MONTH, QUARTER }

    private static final Pattern WEEK = Pattern.compile("^([0-9]{4})-W([0-9]{2})$");
    private static final Pattern MONTH = Pattern.compile("^([0-9]{4})-([0-9]{2})$");
    private static final Pattern QUARTER = Pattern.compile("^([0-9]{4})-Q([1-4])$");
    private static final int FIRST_YEAR = 2000;

    static ReportPeriod of(Kind kind, String text, Projects.Summary project, OffsetDateTime now) {
        ZoneId zone = ZoneId.of(project.timezone());
        LocalDate today = now.atZoneSameInstant(zone).toLocalDate();
        LocalDate running = start(kind, today);
        LocalDate first = text == null ? previous(kind, running) : parse(kind, text);
        if (first.isAfter(running)) {
            throw ApiException.invalidField(parameter(kind), "must not be after the running " + parameter(kind));
        }
        LocalDate end = next(kind, first);
        OffsetDateTime from = first.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        OffsetDateTime to = end.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        return new ReportPeriod(label(kind, first), project, zone, first, end, from, to, to.isBefore(now) ? to : now, now);
    }

    /** The period of the same kind just before this one. */
    ReportPeriod previous(Kind kind) {
        LocalDate first = previous(kind, firstDay);
        OffsetDateTime start = first.atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
        return new ReportPeriod(label(kind, first), project, zone, first, firstDay, start, from, from, now);
    }

    static String parameter(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static LocalDate parse(Kind kind, String text) {
        Matcher m = (kind == Kind.WEEK ? WEEK : kind == Kind.MONTH ? MONTH : QUARTER).matcher(text);
        String format = switch (kind) {
            case WEEK -> "an ISO week YYYY-Www";
            case MONTH -> "a month YYYY-MM";
            case QUARTER -> "a quarter YYYY-Qn";
        };
        if (!m.matches() || Integer.parseInt(m.group(1)) < FIRST_YEAR) {
            throw ApiException.invalidField(parameter(kind), "must be " + format + " from " + FIRST_YEAR);
        }
        int year = Integer.parseInt(m.group(1));
        int n = Integer.parseInt(m.group(2));
        switch (kind) {
            case WEEK -> {
                LocalDate mid = LocalDate.of(year, 7, 1);
                if (n < 1 || n > mid.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
                    throw ApiException.invalidField("week", "has no week " + n + " in " + year);
                }
                return mid.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, n).with(DayOfWeek.MONDAY);
            }
            case MONTH -> {
                if (n < 1 || n > 12) {
                    throw ApiException.invalidField("month", "must be " + format + " from " + FIRST_YEAR);
                }
                return YearMonth.of(year, n).atDay(1);
            }
            default -> {
                return LocalDate.of(year, (n - 1) * 3 + 1, 1);
            }
        }
    }

    private static LocalDate start(Kind kind, LocalDate day) {
        return switch (kind) {
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(day.getYear(), (day.get(IsoFields.QUARTER_OF_YEAR) - 1) * 3 + 1, 1);
        };
    }

    private static LocalDate previous(Kind kind, LocalDate first) {
        return switch (kind) {
            case WEEK -> first.minusWeeks(1);
            case MONTH -> first.minusMonths(1);
            case QUARTER -> first.minusMonths(3);
        };
    }

    private static LocalDate next(Kind kind, LocalDate first) {
        return switch (kind) {
            case WEEK -> first.plusWeeks(1);
            case MONTH -> first.plusMonths(1);
            case QUARTER -> first.plusMonths(3);
        };
    }

    private static String label(Kind kind, LocalDate first) {
        return switch (kind) {
            case WEEK -> "%d-W%02d".formatted(first.get(IsoFields.WEEK_BASED_YEAR), first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> YearMonth.from(first).toString();
            case QUARTER -> first.getYear() + "-Q" + first.get(IsoFields.QUARTER_OF_YEAR);
        };
    }
}
