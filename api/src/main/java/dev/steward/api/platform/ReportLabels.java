package dev.steward.api.platform;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * The labels of a report file in the language asked for ({@code lang}): zh-CN (also when absent) or en; anything else is
 * a 400 naming {@code lang}. Each label is a pair {zh, en}; an unknown key stands for itself. Shared by the report
 * workbooks (督导报告, 月度简报, the quality reports).
 */
public final class ReportLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Map<String, String[]> labels;
    private final boolean english;

    private ReportLabels(Map<String, String[]> labels, boolean english) {
        this.labels = labels;
        this.english = english;
    }

    public static ReportLabels of(Map<String, String[]> labels, String lang) {
        if (lang != null && !"en".equals(lang) && !"zh-CN".equals(lang)) {
            throw ApiException.invalidField("lang", "must be zh-CN or en");
        }
        return new ReportLabels(labels, "en".equals(lang));
    }

    public String t(String key) {
        String[] pair = key == null ? null : labels.get(key);
        return pair == null ? key : pair[english ? 1 : 0];
    }

    public boolean english() {
        return english;
    }

    /** A time as the reports print it: {@code yyyy-MM-dd HH:mm} in the zone; null stays null. */
    public static String time(OffsetDateTime at, ZoneId zone) {
        return at == null ? null : TIME.format(at.atZoneSameInstant(zone));
    }
}
