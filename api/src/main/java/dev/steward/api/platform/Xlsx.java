package dev.steward.api.platform;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;

/** Rows of text in an XLSX sheet, as the CSV exports write them ({@link Csv}): one shared writer for every export. */
public final class Xlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Xlsx() {}

    /** Writes the values as text cells (never formulas); a null leaves its cell empty. */
    public static void row(Worksheet sheet, int row, List<String> values) {
        for (int col = 0; col < values.size(); col++) {
            if (values.get(col) != null) {
                sheet.value(row, col, values.get(col));
            }
        }
    }

    /**
     * The same as inline text cells: nothing is kept for the file's end (a shared-string table grows with every
     * distinct value), so a streamed sheet of a million rows needs no more memory than one batch.
     */
    public static void inlineRow(Worksheet sheet, int row, List<String> values) {
        for (int col = 0; col < values.size(); col++) {
            if (values.get(col) != null) {
                sheet.inlineString(row, col, values.get(col));
            }
        }
    }
}
