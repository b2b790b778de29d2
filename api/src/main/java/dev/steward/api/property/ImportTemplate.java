package dev.steward.api.property;

import dev.steward.api.platform.Csv;
import dev.steward.api.platform.Xlsx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The import template: the header row (Chinese label and key) and two example rows: a unit with its owner, and a vacant unit. */
final class ImportTemplate {

    /** The template's file name, content type and bytes. */
    record File(String name, String contentType, byte[] body) {}

    private ImportTemplate() {}

    static List<String> header() {
        return Arrays.stream(ImportFile.Column.values()).map(ImportFile.Column::header).toList();
    }

    static List<List<String>> examples(String buildingCode) {
        return List.of(List.of(buildingCode, "1201", "12", "89.5", "OCCUPIED", "张三", "13812345678", "OWNER", "2020-05-01"),
                List.of(buildingCode, "1202", "12", "76", "VACANT", "", "", "", ""));
    }

    static File of(String format, String projectCode, String buildingCode) {
        String name = "import-" + projectCode;
        if ("csv".equals(format)) {
            StringBuilder out = new StringBuilder(Csv.BOM);
            Csv.line(out, header());
            examples(buildingCode).forEach(row -> Csv.line(out, row));
            return new File(name + ".csv", "text/csv;charset=UTF-8", out.toString().getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "Steward", "1.0")) {
            Worksheet s = wb.newWorksheet("units");
            Xlsx.row(s, 0, header());
            s.range(0, 0, 0, header().size() - 1).style().bold().set();
            List<List<String>> rows = examples(buildingCode);
            for (int i = 0; i < rows.size(); i++) {
                Xlsx.row(s, i + 1, rows.get(i).stream().map(v -> v.isEmpty() ? null : v).toList());
            }
            for (int c = 0; c < header().size(); c++) {
                s.width(c, 18);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new File(name + ".xlsx", Xlsx.CONTENT_TYPE, bytes.toByteArray());
    }
}
