package dev.steward.api.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Downloads a list export and reads it back: CSV as rows of cells (RFC 4180), XLSX with fastexcel-reader. */
public final class ExportFiles {

    private ExportFiles() {}

    /** The CSV at {@code uri} (200, text/csv, an attachment), header row first. */
    public static List<List<String>> csv(WebTestClient client, String uri) {
        byte[] body = client.get().uri(uri).exchange().expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.parseMediaType("text/csv"))
                .expectHeader().value("Content-Disposition", v -> assertThat(v).startsWith("attachment").contains(".csv"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        String text = new String(body, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return parse(text.substring(1));
    }

    /** The XLSX at {@code uri}: every sheet's rows, header rows included, as text. */
    public static List<List<String>> xlsx(WebTestClient client, String uri) {
        byte[] body = client.get().uri(uri).exchange().expectStatus().isOk()
                .expectHeader().value("Content-Disposition", v -> assertThat(v).startsWith("attachment").contains(".xlsx"))
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(body))) {
            List<List<String>> rows = new ArrayList<>();
            for (var sheet : wb.getSheets().toList()) {
                for (Row r : sheet.read()) {
                    List<String> cells = new ArrayList<>();
                    for (int i = 0; i < r.getCellCount(); i++) {
                        String v = r.getCellText(i);
                        cells.add(v == null ? "" : v);
                    }
                    rows.add(cells);
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bad {@code format} is a 400 problem naming it. */
    public static void rejectsBadFormat(WebTestClient client, String uriWithoutFormat) {
        client.get().uri(uriWithoutFormat + (uriWithoutFormat.contains("?") ? "&" : "?") + "format=pdf").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("format");
    }

    /** The values of one column (by its header), data rows only. */
    public static List<String> column(List<List<String>> rows, String header) {
        int i = rows.get(0).indexOf(header);
        assertThat(i).as("column " + header).isNotNegative();
        return rows.subList(1, rows.size()).stream().map(r -> i < r.size() ? r.get(i) : "").toList();
    }

    /** Every item of a paginated list (all pages, 200 at a time), mapped. */
    @SuppressWarnings("unchecked")
    public static <T> List<T> listAll(WebTestClient client, String uri, Function<Map<String, Object>, T> f) {
        List<T> all = new ArrayList<>();
        String cursor = null;
        do {
            String page = uri + (uri.contains("?") ? "&" : "?") + "limit=200" + (cursor == null ? "" : "&cursor=" + cursor);
            Map<String, Object> body = client.get().uri(page).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                    .getResponseBody();
            ((List<Map<String, Object>>) body.get("items")).forEach(i -> all.add(f.apply(i)));
            cursor = (String) body.get("nextCursor");
        } while (cursor != null);
        return all;
    }

    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        return rows;
    }
}
