package dev.steward.api.property;

import dev.steward.api.platform.ApiException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * An import file read into rows of text by column key: CSV (UTF-8, with or without a byte-order mark, RFC 4180
 * quoting) or XLSX (first sheet, streamed). The header row names the columns, by key ({@code building}) or by the
 * template's label ({@code 楼栋 (building)}, {@code 楼栋}); a file-level problem is a 400 on {@code file}.
 */
final class ImportFile {

    static final int MAX_ROWS = 50_000;

    /** The columns in template order: key, Chinese label, required. */
    enum Column {
        BUILDING("building", "楼栋编号", true),
        UNIT("unit", "房号", true),
        FLOOR("floor", "楼层", false),
        AREA("areaM2", "建筑面积", false),
        STATUS("status", "状态", false),
        RESIDENT_NAME("residentName", "住户姓名", false),
        RESIDENT_PHONE("residentPhone", "住户电话", false),
        RESIDENT_RELATION("residentRelation", "住户关系", false),
        MOVED_IN_ON("movedInOn", "入住日期", false);

        final String key;
        final String label;
        final boolean required;

        Column(String key, String label, boolean required) {
            this.key = key;
            this.label = label;
            this.required = required;
        }

        /** What the template's header shows. */
        String header() {
            return label + " (" + key + ")";
        }
    }

    /** A data row: its number in the spreadsheet (header = 1) and its values by column (blank = absent). */
    record Line(int row, Map<Column, String> values) {
        String get(Column c) {
            return values.get(c);
        }
    }

    private static final Map<String, Column> NAMES = new HashMap<>();

    static {
        for (Column c : Column.values()) {
            NAMES.put(c.key.toLowerCase(Locale.ROOT), c);
            NAMES.put(c.label, c);
            NAMES.put(c.header().toLowerCase(Locale.ROOT), c);
        }
        NAMES.put("楼栋", Column.BUILDING);
        NAMES.put("面积", Column.AREA);
        NAMES.put("电话", Column.RESIDENT_PHONE);
        NAMES.put("关系", Column.RESIDENT_RELATION);
    }

    private ImportFile() {}

    static boolean isXlsx(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    static List<Line> read(byte[] bytes) {
        if (bytes.length == 0) {
            throw bad("is empty");
        }
        return isXlsx(bytes) ? xlsx(bytes) : csv(bytes);
    }

    static ApiException bad(String message) {
        return ApiException.invalidField("file", message);
    }

    // CSV

    private static List<Line> csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw bad("is neither an XLSX workbook nor UTF-8 text (save the CSV as UTF-8)");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            throw bad("is neither an XLSX workbook nor CSV text");
        }
        return lines(csvRecords(text));
    }

    /** RFC 4180 records: quoted fields may hold commas, quotes ("") and line breaks. Each record keeps its row number. */
    static List<List<String>> csvRecords(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
                any = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
                any = true;
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(field.toString());
                records.add(record);
                record = new ArrayList<>();
                field.setLength(0);
                any = false;
            } else {
                field.append(ch);
                any = true;
            }
            if (records.size() > MAX_ROWS + 1) {
                throw bad("has more than " + MAX_ROWS + " rows");
            }
        }
        if (quoted) {
            throw bad("ends inside a quoted field");
        }
        if (any || !field.isEmpty()) {
            record.add(field.toString());
            records.add(record);
        }
        return records;
    }

    // XLSX

    private static List<Line> xlsx(byte[] bytes) {
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes));
                Stream<Row> rows = wb.getFirstSheet().openStream()) {
            List<List<String>> records = new ArrayList<>();
            Iterator<Row> it = rows.iterator();
            while (it.hasNext()) {
                Row row = it.next();
                // Keep the spreadsheet's numbering: rows left out of the file are empty records.
                while (records.size() < row.getRowNum() - 1) {
                    records.add(List.of());
                }
                List<String> values = new ArrayList<>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    values.add(text(row.getCell(c)));
                }
                records.add(values);
                if (records.size() > MAX_ROWS + 1) {
                    throw bad("has more than " + MAX_ROWS + " rows");
                }
            }
            return lines(records);
        } catch (ApiException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign zip, or a workbook the reader does not understand: the file's problem, not a 500.
            throw bad("is not a workbook this import can read (save it as .xlsx)");
        }
    }

    /** A cell as the text a person sees: numbers without a trailing ".0", dates as YYYY-MM-DD. */
    private static String text(Cell cell) {
        if (cell == null || cell.getType() == CellType.EMPTY) {
            return "";
        }
        if (cell.getType() == CellType.NUMBER) {
            BigDecimal n = cell.asNumber();
            String format = cell.getDataFormatString();
            if (format != null && (format.contains("yy") || format.contains("d"))) {
                return LocalDate.of(1899, 12, 30).plusDays(n.longValue()).toString();
            }
            return n.stripTrailingZeros().toPlainString();
        }
        String raw = cell.getText();
        return raw == null ? "" : raw;
    }

    // Both

    private static List<Line> lines(List<List<String>> records) {
        int header = 0;
        while (header < records.size() && blank(records.get(header))) {
            header++;
        }
        if (header == records.size()) {
            throw bad("has no header row");
        }
        List<String> names = records.get(header);
        Map<Integer, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (name.isEmpty()) {
                continue;
            }
            Column c = NAMES.get(name.toLowerCase(Locale.ROOT));
            if (c == null) {
                throw bad("has an unknown column \"" + shorten(name) + "\" (columns: building, unit, floor, areaM2, status, "
                        + "residentName, residentPhone, residentRelation, movedInOn)");
            }
            if (columns.containsValue(c)) {
                throw bad("has the column " + c.key + " twice");
            }
            columns.put(i, c);
        }
        for (Column c : Column.values()) {
            if (c.required && !columns.containsValue(c)) {
                throw bad("lacks the column " + c.key + " (" + c.label + ")");
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int r = header + 1; r < records.size(); r++) {
            List<String> record = records.get(r);
            if (blank(record)) {
                continue;
            }
            Map<Column, String> values = new HashMap<>();
            columns.forEach((i, c) -> {
                String v = i < record.size() ? record.get(i).strip() : "";
                if (!v.isEmpty()) {
                    values.put(c, v);
                }
            });
            lines.add(new Line(r + 1, values));
        }
        if (lines.size() > MAX_ROWS) {
            throw bad("has more than " + MAX_ROWS + " rows");
        }
        return lines;
    }

    private static boolean blank(List<String> record) {
        return record.stream().allMatch(v -> v == null || v.isBlank());
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
