package dev.steward.api.workorder;

import dev.steward.api.workorder.SlaSettingsRepository.CalendarDay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The mainland-China holiday schedules shipped with the application (resources {@code holidays/CN-<year>.txt},
 * from the State Council's yearly notice), read once at start-up. A project that has not set a year itself
 * uses that year's schedule.
 */
@Component
class OfficialHolidays {

    private static final Pattern NAME = Pattern.compile("CN-(\\d{4})\\.txt");

    private final Map<Integer, List<CalendarDay>> byYear = new TreeMap<>();

    OfficialHolidays() {
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:holidays/CN-*.txt")) {
                Matcher m = NAME.matcher(String.valueOf(resource.getFilename()));
                if (m.matches()) {
                    int year = Integer.parseInt(m.group(1));
                    byYear.put(year, HolidayFile.parse(resource.getContentAsString(StandardCharsets.UTF_8), year));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shipped holiday schedules", e);
        }
    }

    Optional<List<CalendarDay>> year(int year) {
        return Optional.ofNullable(byYear.get(year));
    }

    Map<Integer, List<CalendarDay>> all() {
        return byYear;
    }
}
