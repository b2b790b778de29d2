package dev.steward.api.quality;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.ReportLabels;
import dev.steward.api.platform.Xlsx;
import dev.steward.api.quality.QualityModel.Figure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The periodic reports as XLSX workbooks: the figures behind each chart and the lists, in the language asked for. Written
 * whole (a few hundred rows) off the event loop.
 */
@Component
class ReportWorkbooks {

    Mono<Void> check(String format) {
        return Mono.fromRunnable(() -> {
            if (!"xlsx".equals(format)) {
                throw ApiException.invalidField("format", "must be xlsx");
            }
        });
    }

    Mono<Xlsx.File> weekly(ComplaintWeeklyReport.Weekly w, String lang) {
        return write("complaints-weekly-" + w.period().label(), lang, (wb, t) -> {
            ReportPeriod p = w.period();
            Worksheet s = wb.newWorksheet(t.t("summary"));
            int row = head(s, t.t("weekly") + " " + p.label(), p, t);
            row = pair(s, row, t.t("registered"), w.registered());
            row = pair(s, row, t.t("completedInWeek"), w.completed());
            row = pair(s, row + 1, t.t("openAtEnd"), w.openAtEnd());
            header(s, row++, t.t("age"), t.t("count"));
            for (int i = 0; i < ComplaintWeeklyReport.AGES.size(); i++) {
                row = pair(s, row, t.t(ComplaintWeeklyReport.AGES.get(i)), w.openByAge()[i]);
            }
            header(s, ++row, t.t("date"), t.t("registered"), t.t("completed"));
            for (ReportRepository.Day d : w.days()) {
                s.value(++row, 0, d.date().toString());
                s.value(row, 1, d.registered());
                s.value(row, 2, d.completed());
            }
            s.width(0, 22);
            complaints(wb.newWorksheet(t.t("complaints")), w.complaints(), p.zone(), t, false);
            complaints(wb.newWorksheet(t.t("open")), w.open(), p.zone(), t, true);
            Worksheet c = wb.newWorksheet(t.t("causes"));
            header(c, 0, t.t("category"), t.t("registered"), t.t("completed"), t.t("notes"));
            int r = 1;
            for (ReportRepository.Cause cause : w.causes()) {
                Xlsx.row(c, r, List.of(t.t(cause.category())));
                c.value(r, 1, cause.count());
                c.value(r, 2, cause.completed());
                c.value(r++, 3, String.join("\n", cause.notes()));
            }
            c.width(3, 80);
            Worksheet u = wb.newWorksheet(t.t("repeatSheet"));
            u.value(0, 0, t.t("repeatUnits"));
            header(u, 1, t.t("unit"), t.t("building"), t.t("count"), t.t("lastAt"));
            r = 2;
            for (ReportRepository.RepeatUnit unit : w.repeatUnits()) {
                Xlsx.row(u, r, Arrays.asList(unit.unitLabel(), unit.buildingName()));
                u.value(r, 2, unit.complaints());
                u.value(r++, 3, ReportLabels.time(unit.lastAt(), p.zone()));
            }
        });
    }

    Mono<Xlsx.File> monthly(ReturnVisitMonthlyReport.Monthly m, String lang) {
        return write("return-visits-monthly-" + m.period().label(), lang, (wb, t) -> {
            ReportPeriod p = m.period();
            Worksheet s = wb.newWorksheet(t.t("summary"));
            int row = head(s, t.t("monthly") + " " + p.label(), p, t);
            row = groups(s, row, List.of(m.totals()), t, t.t("all"));
            header(s, ++row, t.t("score"), t.t("count"));
            for (int i = 0; i < m.scores().length; i++) {
                s.value(++row, 0, i + 1);
                s.value(row, 1, m.scores()[i]);
            }
            groups(wb.newWorksheet(t.t("byBuilding")), 0, m.byBuilding(), t, null);
            groups(wb.newWorksheet(t.t("byAssignee")), 0, m.byAssignee(), t, null);
            Worksheet u = wb.newWorksheet(t.t("unsatisfied"));
            header(u, 0, t.t("code"), t.t("title"), t.t("unit"), t.t("building"), t.t("assignee"), t.t("visitedAt"), t.t("score"),
                    t.t("comment"), t.t("status"));
            int r = 1;
            for (ReportRepository.Unsatisfied v : m.unsatisfied()) {
                Xlsx.row(u, r, Arrays.asList(v.code(), v.title(), v.unitLabel(), v.buildingName(), v.assigneeName(),
                        ReportLabels.time(v.visitedAt(), p.zone())));
                u.value(r, 6, v.satisfaction());
                Xlsx.row(u, r++, Arrays.asList(null, null, null, null, null, null, null, v.comment(), t.status(v.status())));
            }
            u.width(1, 28);
            u.width(7, 40);
        });
    }

    Mono<Xlsx.File> quarterly(QuarterlyReport.Quarterly q, String lang) {
        return write("quarterly-" + q.period().label(), lang, (wb, t) -> {
            ReportPeriod p = q.period();
            Worksheet s = wb.newWorksheet(t.t("summary"));
            int row = head(s, t.t("quarterly") + " " + p.label(), p, t);
            List<String> cols = new java.util.ArrayList<>(List.of(t.t("figure")));
            q.months().forEach(m -> cols.add(m.month()));
            cols.addAll(List.of(t.t("quarter") + " " + p.label(), t.t("previousQuarter") + " " + q.previousQuarter(), t.t("change"),
                    t.t("target")));
            header(s, row, cols.toArray(String[]::new));
            for (int i = 0; i < q.total().size(); i++) {
                Figure total = q.total().get(i);
                s.value(++row, 0, t.t(total.key()));
                int col = 1;
                for (QuarterlyReport.Month m : q.months()) {
                    figure(s, row, col++, m.figures().get(i));
                }
                figure(s, row, col++, total);
                number(s, row, col++, total.previous(), total.key());
                number(s, row, col++, total.change(), total.key());
                if (total.target() != null) {
                    number(s, row, col, total.target().value(), total.key());
                }
            }
            s.width(0, 26);
        });
    }

    private interface Sheets {
        void write(Workbook wb, ReportText t);
    }

    private static Mono<Xlsx.File> write(String name, String lang, Sheets sheets) {
        ReportText text = ReportText.of(lang);
        return Mono.fromCallable(() -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (Workbook wb = new Workbook(bytes, "Steward", "1.0")) {
                sheets.write(wb, text);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Xlsx.File(name + ".xlsx", bytes.toByteArray());
        }).subscribeOn(Schedulers.boundedElastic());
    }

    /** Title, project, period and as-of lines; the next free row. */
    private static int head(Worksheet s, String title, ReportPeriod p, ReportText t) {
        s.value(0, 0, title);
        s.style(0, 0).bold().fontSize(14).set();
        Xlsx.row(s, 1, List.of(t.t("project"), p.project().code() + " " + p.project().name()));
        Xlsx.row(s, 2, List.of(t.t("period"), p.firstDay() + " – " + p.endDay().minusDays(1)));
        Xlsx.row(s, 3, List.of(t.t("asOf"), ReportLabels.time(p.asOf(), p.zone())));
        return 5;
    }

    private static int pair(Worksheet s, int row, String label, long value) {
        s.value(row, 0, label);
        s.value(row, 1, value);
        return row + 1;
    }

    private static void header(Worksheet s, int row, String... labels) {
        Xlsx.row(s, row, List.of(labels));
        s.range(row, 0, row, labels.length - 1).style().bold().fillColor("EDEDED").wrapText(true).set();
    }

    private static void complaints(Worksheet s, List<ReportRepository.Complaint> list, ZoneId zone, ReportText t, boolean age) {
        header(s, 0, t.t("code"), t.t("title"), t.t("category"), t.t("unit"), t.t("building"), t.t("status"), t.t("assignee"),
                t.t("createdAt"), t.t("completedAt"), age ? t.t("ageDays") : t.t("resolution"));
        int r = 1;
        for (ReportRepository.Complaint c : list) {
            Xlsx.row(s, r, Arrays.asList(c.code(), c.title(), t.t(c.category()), c.unitLabel() != null ? c.unitLabel() : c.location(),
                    c.buildingName(), t.status(c.status()), c.assigneeName(), ReportLabels.time(c.createdAt(), zone),
                    ReportLabels.time(c.completedAt(), zone), age ? null : c.resolution()));
            if (age) {
                s.value(r, 9, QualityFigures.round(c.ageMinutes() / 1440.0, 1));
            }
            r++;
        }
        s.width(0, 20);
        s.width(1, 28);
        s.width(9, age ? 12 : 40);
    }

    private static int groups(Worksheet s, int row, List<ReturnVisitMonthlyReport.Group> groups, ReportText t, String label) {
        header(s, row, t.t("group"), t.t("due"), t.t("visited"), t.t("coverage"), t.t("closed"), t.t("closedOnTime"), t.t("onTimeRate"),
                t.t("meanSatisfaction"), t.t("unsatisfied"));
        for (ReturnVisitMonthlyReport.Group g : groups) {
            row++;
            s.value(row, 0, label != null ? label : "none".equals(g.key()) ? t.t("none") : g.label());
            s.value(row, 1, g.completed());
            s.value(row, 2, g.visited());
            number(s, row, 3, g.coverage(), "coverage");
            s.value(row, 4, g.closed());
            s.value(row, 5, g.closedOnTime());
            number(s, row, 6, g.onTimeRate(), "onTimeRate");
            number(s, row, 7, g.meanSatisfaction(), "meanSatisfaction");
            s.value(row, 8, g.unsatisfied());
        }
        s.width(0, 22);
        return row + 1;
    }

    private static void figure(Worksheet s, int row, int col, Figure f) {
        number(s, row, col, f.value(), f.key());
    }

    /** A number (a whole one as an integer); rates (keys ending in Rate, coverage) as percentages. */
    private static void number(Worksheet s, int row, int col, Double v, String key) {
        if (v == null) {
            return;
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            s.value(row, col, v.longValue());
        } else {
            s.value(row, col, v);
        }
        if (key.endsWith("Rate") || "coverage".equals(key)) {
            s.style(row, col).format("0.0%").set();
        }
    }
}
