package dev.steward.api.inspection;

import dev.steward.api.files.Attachments;
import dev.steward.api.platform.Xlsx;
import dev.steward.api.property.Projects;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.HyperLink;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The 督导报告 of one inspection as an XLSX workbook (pure: everything it shows is handed in). Sheets: the report (header,
 * then scores per section and item), the deductions (check point, note, photos, rectification) and the rectifications.
 * Photos are named and linked, not embedded (docs/decisions.md).
 */
final class InspectionWorkbook {

    /** What the report shows; {@code appUrl}: the inspection's page in the app, where the photos open. */
    record Content(InspectionService.View view, Projects.Summary project, List<RectificationRepository.Row> rectifications,
            List<Attachments.Listed> photos, String appUrl) {}

    private InspectionWorkbook() {}

    static byte[] write(Content c, ReportText t) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "Steward", "1.0")) {
            report(wb.newWorksheet(t.t("report")), c, t);
            deductions(wb.newWorksheet(t.t("deductions")), c, t);
            rectifications(wb.newWorksheet(t.t("rectifications")), c, t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void report(Worksheet ws, Content c, ReportText t) {
        InspectionRepository.Row x = c.view().row();
        Scoring.Score score = c.view().score();
        ZoneId zone = ZoneId.of(c.project().timezone());
        boolean submitted = "SUBMITTED".equals(x.status());
        ws.width(0, 16);
        ws.width(1, 34);
        ws.width(2, 12);
        ws.width(3, 12);
        ws.width(4, 12);
        ws.width(5, 12);
        ws.value(0, 0, t.t("report"));
        ws.style(0, 0).bold().fontSize(14).set();
        ws.value(0, 1, x.code());
        int row = 1;
        if (!submitted) {
            ws.value(row, 0, t.t("draft"));
            ws.style(row, 0).bold().fontColor("C00000").set();
            row++;
        }
        BigDecimal total = submitted ? x.total() : score.total();
        String grade = submitted ? x.grade() : score.grade().name();
        row = fact(ws, row, t.t("project"), c.project().code() + " " + c.project().name());
        row = fact(ws, row, t.t("template"), t.of(x.templateName()) + " v" + c.view().version().number());
        row = fact(ws, row, t.t("method"), t.t(x.method()));
        row = fact(ws, row, t.t("inspector"), x.inspectorName());
        row = fact(ws, row, t.t("time"), ReportText.time(x.startedAt(), zone) + " (" + zone.getId() + ")");
        row = fact(ws, row, t.t("location"), x.location());
        ws.value(row, 0, t.t("total"));
        ws.value(row, 1, total);
        ws.style(row, 1).bold().set();
        row++;
        row = fact(ws, row, t.t("grade"), t.t(grade));
        row = fact(ws, row, t.t("consequence"), t.of(score.consequence()));
        row = fact(ws, row, t.t("summary"), x.summary());
        row = fact(ws, row, t.t("photos"), c.appUrl()) - 1;
        ws.hyperlink(row, 1, new HyperLink(c.appUrl(), c.appUrl()));
        row++;
        row++;
        Xlsx.row(ws, row, List.of(t.t("section"), t.t("item"), t.t("max"), t.t("score"), t.t("deducted"), t.t("percent")));
        ws.style(row, 0).bold().set();
        ws.range(row, 0, row, 5).style().bold().fillColor("EDEDED").set();
        row++;
        Map<UUID, Scoring.ItemScore> items = score.items().stream().collect(Collectors.toMap(Scoring.ItemScore::itemId, i -> i));
        int s = 0;
        for (Rubric.Section section : c.view().version().rubric().sections()) {
            Scoring.SectionScore ss = score.sections().get(s++);
            ws.value(row, 0, section.code() + " " + t.of(section.name()));
            ws.value(row, 1, t.t("weight") + " " + section.weightPercent().stripTrailingZeros().toPlainString());
            if (ss.applicable()) {
                ws.value(row, 2, ss.max());
                ws.value(row, 3, ss.score());
                ws.value(row, 4, ss.max().subtract(ss.score()));
                ws.value(row, 5, ss.percent());
            } else {
                ws.value(row, 2, t.t("notApplicable"));
            }
            ws.range(row, 0, row, 5).style().bold().set();
            row++;
            for (Rubric.Item item : section.items()) {
                Scoring.ItemScore is = items.get(item.id());
                ws.value(row, 1, item.code() + " " + t.of(item.name()));
                ws.value(row, 2, item.maxPoints());
                if (is.applicable()) {
                    ws.value(row, 3, is.score());
                    ws.value(row, 4, item.maxPoints().subtract(is.score()));
                } else {
                    ws.value(row, 3, t.t("notApplicable"));
                }
                row++;
            }
        }
    }

    /** A label and its value (left empty when there is none); the next row. */
    private static int fact(Worksheet ws, int row, String label, String value) {
        ws.value(row, 0, label);
        if (value != null) {
            ws.value(row, 1, value);
        }
        return row + 1;
    }

    private static void deductions(Worksheet ws, Content c, ReportText t) {
        TemplateVersion version = c.view().version();
        Map<UUID, RectificationRepository.Row> rects = c.rectifications().stream()
                .collect(Collectors.toMap(RectificationRepository.Row::resultId, r -> r));
        Map<UUID, List<Attachments.Listed>> photos = c.photos().stream().collect(Collectors.groupingBy(Attachments.Listed::ownerId));
        ZoneId zone = ZoneId.of(c.project().timezone());
        double[] widths = {22, 22, 12, 40, 9, 30, 36, 18, 12, 16, 14};
        for (int i = 0; i < widths.length; i++) {
            ws.width(i, widths[i]);
        }
        Xlsx.row(ws, 0, List.of(t.t("section"), t.t("item"), t.t("checkPoint"), t.t("requirement"), t.t("deducted"), t.t("note"),
                t.t("photos"), t.t("order"), t.t("owner"), t.t("dueAt"), t.t("status")));
        ws.range(0, 0, 0, 10).style().bold().fillColor("EDEDED").set();
        int row = 1;
        for (InspectionRepository.Result r : c.view().results()) {
            if (!"MISSING".equals(r.status())) {
                continue;
            }
            TemplateVersion.Place p = version.place(r.checkPointId());
            RectificationRepository.Row rect = rects.get(r.id());
            List<String> names = new ArrayList<>();
            for (Attachments.Listed f : photos.getOrDefault(r.id(), List.of())) {
                names.add(f.fileName() + " (" + f.stage() + ") /api/v1/files/" + f.id());
            }
            Xlsx.row(ws, row, List.of(p.section().code() + " " + t.of(p.section().name()), p.item().code() + " " + t.of(p.item().name()),
                    p.checkPoint().code(), t.of(p.checkPoint().text())));
            ws.value(row, 4, p.item().kind() == Rubric.Kind.PASS_FAIL ? p.item().maxPoints() : r.deduction());
            Xlsx.row(ws, row, Arrays.asList(null, null, null, null, null, r.note(), String.join("\n", names),
                    rect == null ? null : rect.workOrderCode(), rect == null ? null : rect.ownerName(),
                    rect == null ? null : ReportText.time(rect.dueAt(), zone), rect == null ? null : t.t("R_" + rect.status())));
            ws.style(row, 3).wrapText(true).set();
            row++;
        }
    }

    private static void rectifications(Worksheet ws, Content c, ReportText t) {
        ZoneId zone = ZoneId.of(c.project().timezone());
        double[] widths = {18, 12, 40, 14, 18, 18, 18, 8};
        for (int i = 0; i < widths.length; i++) {
            ws.width(i, widths[i]);
        }
        Xlsx.row(ws, 0, List.of(t.t("order"), t.t("checkPoint"), t.t("requirement"), t.t("owner"), t.t("raisedAt"), t.t("dueAt"),
                t.t("status"), t.t("rounds")));
        ws.range(0, 0, 0, 7).style().bold().fillColor("EDEDED").set();
        int row = 1;
        for (RectificationRepository.Row r : c.rectifications()) {
            Xlsx.row(ws, row, List.of(r.workOrderCode(), r.checkPointCode(), t.of(r.findingText()), r.ownerName() == null ? "" : r.ownerName(),
                    ReportText.time(r.raisedAt(), zone), ReportText.time(r.dueAt(), zone), t.t("R_" + r.status())));
            ws.value(row, 7, r.rounds());
            row++;
        }
    }
}
