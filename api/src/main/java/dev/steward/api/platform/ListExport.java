package dev.steward.api.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A list view as a file (`?format=csv|xlsx`), streamed: rows are written out in batches as they are read, so an export
 * of any size needs the memory of one page. Every list export goes through here — the features only name the header
 * and map their rows to text. CSV lines are formula-safe ({@link Csv}); XLSX cells are inline text (no shared-string
 * table growing with the file), and past Excel's 1 048 576 rows a sheet is continued on the next one.
 */
@Component
public class ListExport {

    /** Rows per written chunk. */
    static final int BATCH = 200;
    /** An XLSX sheet holds 1 048 576 rows, the header included. */
    static final int XLSX_MAX_ROWS = 1_048_575;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    /** The two formats; anything else is a 400 naming {@code format}. */
    public enum Format {
        CSV, XLSX;

        public static Format of(String value) {
            return switch (value == null ? "" : value) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw ApiException.invalidField("format", "is not csv or xlsx");
            };
        }
    }

    /** What the file is called ({@code name-yyyyMMdd-HHmm.csv}), its sheet and its header row. */
    public record Layout(String fileName, String sheetName, List<String> header) {}

    private final Clock clock;

    public ListExport(Clock clock) {
        this.clock = clock;
    }

    /**
     * Every item of a keyset-paginated list: the list's own page read ({@code page.apply(cursor)}, so its filters, roles
     * and project scope apply unchanged), at most one page ahead of what has been written.
     */
    public static <T> Flux<T> pages(Function<String, Mono<Page<T>>> page) {
        return Mono.defer(() -> page.apply(null))
                .expand(p -> p.nextCursor() == null ? Mono.empty() : page.apply(p.nextCursor()))
                .concatMapIterable(Page::items, 1);
    }

    /** A time as the exports show it, in the given zone ({@code yyyy-MM-dd HH:mm}); null stays empty. */
    public static String time(OffsetDateTime t, ZoneId zone) {
        return t == null ? null : TIME.format(t.atZoneSameInstant(zone));
    }

    /**
     * Writes the rows as a CSV or XLSX attachment. Nothing is committed before the rows' first signal: a bad filter that
     * fails the first read is still a 400/404 problem, not a broken file.
     */
    public Mono<Void> write(ServerHttpResponse response, Format format, Layout layout, Flux<List<String>> rows) {
        Flux<byte[]> bytes = rows.switchOnFirst((first, all) -> {
            if (first.hasError()) {
                return Flux.error(first.getThrowable());
            }
            HttpHeaders headers = response.getHeaders();
            String name = layout.fileName() + "-" + FILE_TIME.format(OffsetDateTime.now(clock))
                    + (format == Format.XLSX ? ".xlsx" : ".csv");
            headers.setContentDisposition(ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build());
            headers.setContentType(format == Format.XLSX ? MediaType.parseMediaType(Xlsx.CONTENT_TYPE)
                    : new MediaType("text", "csv", StandardCharsets.UTF_8));
            return format == Format.XLSX ? xlsx(layout, all, XLSX_MAX_ROWS) : csv(layout.header(), all);
        });
        return response.writeWith(bytes.map(response.bufferFactory()::wrap));
    }

    static Flux<byte[]> csv(List<String> header, Flux<List<String>> rows) {
        StringBuilder head = new StringBuilder(Csv.BOM);
        Csv.line(head, header);
        return Flux.just(head.toString().getBytes(StandardCharsets.UTF_8))
                .concatWith(rows.buffer(BATCH).map(batch -> {
                    StringBuilder out = new StringBuilder();
                    batch.forEach(r -> Csv.line(out, r));
                    return out.toString().getBytes(StandardCharsets.UTF_8);
                }));
    }

    /**
     * fastexcel writes rows to a zip stream as they come: after each batch, what it wrote is sent on. A sheet that is
     * full ({@code maxRows} rows under its header) is finished and the rows go on in "name (2)", "name (3)"…
     */
    static Flux<byte[]> xlsx(Layout layout, Flux<List<String>> rows, int maxRows) {
        return Flux.defer(() -> {
            Drain out = new Drain();
            Workbook wb = new Workbook(out, "Steward", "1.0");
            Sheets sheets = new Sheets(wb, layout, maxRows);
            return rows.buffer(BATCH).map(batch -> {
                        batch.forEach(sheets::add);
                        io(sheets.current::flush);
                        return out.take();
                    })
                    .concatWith(Mono.fromCallable(() -> {
                        io(wb::finish);
                        return out.take();
                    }))
                    .filter(b -> b.length > 0);
        });
    }

    /** The sheet being written and where its next row goes. */
    private static final class Sheets {
        private final Workbook wb;
        private final Layout layout;
        private final int maxRows;
        private Worksheet current;
        private int count = 1;
        private int next;

        Sheets(Workbook wb, Layout layout, int maxRows) {
            this.wb = wb;
            this.layout = layout;
            this.maxRows = maxRows;
            open(layout.sheetName());
        }

        void add(List<String> row) {
            if (next > maxRows) {
                io(current::finish);
                open(layout.sheetName() + " (" + ++count + ")");
            }
            Xlsx.inlineRow(current, next++, row);
        }

        private void open(String name) {
            current = wb.newWorksheet(name);
            next = 0;
            Xlsx.inlineRow(current, next++, layout.header());
        }
    }

    private interface IoAction {
        void run() throws IOException;
    }

    private static void io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An in-memory stream that hands over what was written so far. */
    private static final class Drain extends ByteArrayOutputStream {
        synchronized byte[] take() {
            byte[] bytes = toByteArray();
            reset();
            return bytes;
        }
    }
}
