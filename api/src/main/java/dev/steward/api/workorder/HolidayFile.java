package dev.steward.api.workorder;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.ApiException.FieldProblem;
import dev.steward.api.workorder.SlaSettingsRepository.CalendarDay;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A year of holidays and make-up working days as plain text, one line per day or range:
 * {@code 2026-10-01~2026-10-07 休 国庆节}, {@code 2026-10-10 班 国庆节调休上班}. {@code 休}/{@code off} is a
 * holiday, {@code 班}/{@code work} a make-up working day; the note is optional; {@code #} starts a comment.
 * The shipped national schedules (resources {@code holidays/CN-<year>.txt}) and imports use this format.
 */
final class HolidayFile {

    private static final Pattern LINE = Pattern.compile(
            "^(\\S+?)(?:\\s*[~～]\\s*(\\S+?))?\\s+(休|班|off|work)(?:\\s+(.+))?$", Pattern.CASE_INSENSITIVE);
    private static final int MAX_NOTE = 100;

    private HolidayFile() {}

    /** The days of {@code year} in {@code text}, by date; a 400 naming every wrong line otherwise. */
    static List<CalendarDay> parse(String text, int year) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        List<CalendarDay> days = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String problem = parseLine(line, year, i + 1, lineOf, days);
            if (problem != null) {
                problems.add(new FieldProblem("text", "line " + (i + 1) + ": " + problem));
            }
        }
        if (problems.isEmpty() && days.isEmpty()) {
            problems.add(new FieldProblem("text", "has no days: write one line per day or range, e.g. 2027-10-01~2027-10-07 休 国庆节"));
        }
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "Invalid request",
                    problems.get(0).field() + ": " + problems.get(0).message()
                            + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""),
                    problems, null);
        }
        days.sort(Comparator.comparing(CalendarDay::day));
        return days;
    }

    private static String parseLine(String line, int year, int number, Map<LocalDate, Integer> lineOf, List<CalendarDay> days) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return "expected 'YYYY-MM-DD[~YYYY-MM-DD] 休|班 [note]', got '" + abbreviate(line) + "'";
        }
        LocalDate from;
        LocalDate to;
        try {
            from = LocalDate.parse(m.group(1));
            to = m.group(2) == null ? from : LocalDate.parse(m.group(2));
        } catch (DateTimeParseException e) {
            return "'" + abbreviate(e.getParsedString()) + "' is not a date (YYYY-MM-DD)";
        }
        if (from.getYear() != year || to.getYear() != year) {
            return (from.getYear() != year ? from : to) + " is not in " + year;
        }
        if (to.isBefore(from)) {
            return "the range ends (" + to + ") before it starts (" + from + ")";
        }
        boolean working = m.group(3).equals("班") || m.group(3).equalsIgnoreCase("work");
        String note = m.group(4) == null ? null : m.group(4).strip();
        if (note != null && note.length() > MAX_NOTE) {
            return "the note is longer than " + MAX_NOTE + " characters";
        }
        List<CalendarDay> parsed = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (lineOf.containsKey(d)) {
                return d + " is already on line " + lineOf.get(d);
            }
            if (working && d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                return d + " is a " + d.getDayOfWeek().toString().toLowerCase() + ": a make-up working day (班) is a Saturday or Sunday";
            }
            parsed.add(new CalendarDay(d, working, note));
        }
        parsed.forEach(d -> lineOf.put(d.day(), number));
        days.addAll(parsed);
        return null;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
