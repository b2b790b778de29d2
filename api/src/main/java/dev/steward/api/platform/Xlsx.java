package dev.steward.api.platform;

import java.util.List;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Rows of text in an XLSX sheet, as the CSV exports write them ({@link Csv}): one shared writer for every export. */
public final class Xlsx {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A workbook built whole (a report of a few hundred rows): its file name and bytes. */
    public record File(String name, byte[] body) {}

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

    /** The workbook as a download ({@code Content-Disposition: attachment}). */
    public static ResponseEntity<Resource> attachment(File f) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.name()).build().toString())
                .body(new ByteArrayResource(f.body()));
    }
}
