package dev.steward.api.inspection;

import dev.steward.api.platform.Xlsx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The monthly brief as an XLSX workbook (pure): Ranking (with each rubric's mean), Top deductions, Rectifications, Overdue. */
final class MonthlyBriefWorkbook {

    private MonthlyBriefWorkbook() {}

    static byte[] write(MonthlyBriefService.Brief b, ReportText t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "Steward", "1.0")) {
            ranking(wb.newWorksheet(t.t("ranking")), b, t);
            deductions(wb.newWorksheet(t.t("topDeductions")), b, t);
            rectifications(wb.newWorksheet(t.t("rectifications")), b, t);
            overdue(wb.newWorksheet(t.t("overdue")), b, t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void ranking(Worksheet ws, MonthlyBriefService.Brief b, ReportText t) {
        ws.value(0, 0, t.t("brief") + " " + b.month());
        ws.style(0, 0).bold().fontSize(14).set();
        if (b.headline() != null) {
            ws.value(1, 0, t.of(b.headline().name()));
        }
        // One column per rubric seen in the month, the headline first.
        Map<UUID, Rubric.Text> rubrics = new LinkedHashMap<>();
        b.projects().forEach(p -> p.templates().forEach(x -> rubrics.putIfAbsent(x.templateId(), x.name())));
        List<String> header = new ArrayList<>(List.of(t.t("rank"), t.t("project"), t.t("score"), t.t("grade"), t.t("previousScore"),
                t.t("scoreDelta"), t.t("rankDelta"), t.t("inspections"), t.t("findings"), t.t("tasksDue"), t.t("tasksMissed")));
        rubrics.values().forEach(n -> header.add(t.of(n)));
        Xlsx.row(ws, 3, header);
        ws.range(3, 0, 3, header.size() - 1).style().bold().fillColor("EDEDED").wrapText(true).set();
        ws.width(1, 24);
        int row = 4;
        for (MonthlyBriefRanking.ProjectLine l : b.projects()) {
            number(ws, row, 0, l.rank() == null ? null : BigDecimal.valueOf(l.rank()));
            ws.value(row, 1, l.project().code() + " " + l.project().name());
            number(ws, row, 2, l.score());
            if (l.grade() != null) {
                ws.value(row, 3, t.t(l.grade().name()));
            }
            number(ws, row, 4, l.previousScore());
            number(ws, row, 5, l.scoreDelta());
            number(ws, row, 6, l.rankDelta() == null ? null : BigDecimal.valueOf(l.rankDelta()));
            ws.value(row, 7, l.inspections());
            ws.value(row, 8, l.findings());
            ws.value(row, 9, l.tasks().due());
            ws.value(row, 10, l.tasks().missed());
            int col = 11;
            for (UUID id : rubrics.keySet()) {
                for (MonthlyBriefRanking.TemplateLine x : l.templates()) {
                    if (x.templateId().equals(id)) {
                        ws.value(row, col, x.mean());
                    }
                }
                col++;
            }
            row++;
        }
    }

    private static void deductions(Worksheet ws, MonthlyBriefService.Brief b, ReportText t) {
        Xlsx.row(ws, 0, List.of(t.t("template"), t.t("section"), t.t("item"), t.t("checkPoint"), t.t("requirement"), t.t("count"),
                t.t("projectCount"), t.t("pointsLost")));
        ws.range(0, 0, 0, 7).style().bold().fillColor("EDEDED").set();
        ws.width(4, 50);
        int row = 1;
        for (MonthlyBriefRepository.Deduction d : b.topDeductions()) {
            Xlsx.row(ws, row, List.of(t.of(d.templateName()), d.sectionCode() + " " + t.of(d.sectionName()), d.itemCode() + " " + t.of(d.itemName()),
                    d.checkPointCode(), t.of(d.checkPointText())));
            ws.value(row, 5, d.count());
            ws.value(row, 6, d.projects());
            ws.value(row, 7, d.pointsLost());
            row++;
        }
    }

    private static void rectifications(Worksheet ws, MonthlyBriefService.Brief b, ReportText t) {
        Xlsx.row(ws, 0, List.of(t.t("project"), t.t("raised"), t.t("closed"), t.t("open"), t.t("awaiting"), t.t("overdueCount"), t.t("rate"),
                t.t("onTimeRate")));
        ws.range(0, 0, 0, 7).style().bold().fillColor("EDEDED").set();
        ws.width(0, 24);
        int row = 1;
        for (MonthlyBriefRanking.ProjectLine l : b.projects()) {
            counts(ws, row++, l.project().code() + " " + l.project().name(), l.rectifications());
        }
        counts(ws, row, t.t("all"), b.rectifications());
        ws.range(row, 0, row, 7).style().bold().set();
    }

    private static void counts(Worksheet ws, int row, String label, RectificationSummaryService.Counts c) {
        ws.value(row, 0, label);
        long[] n = {c.raised(), c.closed(), c.open(), c.awaiting(), c.overdue()};
        for (int i = 0; i < n.length; i++) {
            ws.value(row, i + 1, n[i]);
        }
        number(ws, row, 6, c.rate());
        number(ws, row, 7, c.onTimeRate());
        ws.style(row, 6).format("0.0%").set();
        ws.style(row, 7).format("0.0%").set();
    }

    private static void overdue(Worksheet ws, MonthlyBriefService.Brief b, ReportText t) {
        Map<UUID, String> codes = new LinkedHashMap<>();
        b.projects().forEach(p -> codes.put(p.project().id(), p.project().code()));
        ZoneId zone = b.projects().isEmpty() ? ZoneOffset.UTC : ZoneId.of(b.projects().get(0).project().timezone());
        ws.value(0, 0, t.t("asOf") + " " + ReportText.time(b.asOf(), zone) + " · " + b.overdueCount());
        Xlsx.row(ws, 1, List.of(t.t("project"), t.t("order"), t.t("checkPoint"), t.t("requirement"), t.t("owner"), t.t("dueAt"),
                t.t("daysLate"), t.t("rounds"), t.t("status")));
        ws.range(1, 0, 1, 8).style().bold().fillColor("EDEDED").set();
        ws.width(3, 44);
        int row = 2;
        for (RectificationService.View v : b.overdue()) {
            RectificationRepository.Row r = v.row();
            Xlsx.row(ws, row, Arrays.asList(codes.get(r.projectId()), r.workOrderCode(), r.checkPointCode(), t.of(r.findingText()), r.ownerName(),
                    ReportText.time(r.dueAt(), zone)));
            ws.value(row, 6, ChronoUnit.DAYS.between(r.dueAt().atZoneSameInstant(zone).toLocalDate(), b.asOf().atZoneSameInstant(zone).toLocalDate()));
            ws.value(row, 7, r.rounds());
            ws.value(row, 8, t.t("R_" + r.status()));
            row++;
        }
    }

    private static void number(Worksheet ws, int row, int col, BigDecimal v) {
        if (v != null) {
            ws.value(row, col, v);
        }
    }
}
