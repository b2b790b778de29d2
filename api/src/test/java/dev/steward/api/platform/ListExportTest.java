package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The shared list exporter: pages walked by cursor, CSV formula-safe, XLSX inline and continued past a full sheet. */
class ListExportTest {

    private static final ListExport.Layout LAYOUT = new ListExport.Layout("things", "Things", List.of("编号 Code", "备注 Note"));

    private static byte[] join(Flux<byte[]> chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chunks.toIterable().forEach(out::writeBytes);
        return out.toByteArray();
    }

    private static Flux<List<String>> rows(int n) {
        return Flux.range(1, n).map(i -> List.of("C" + i, i == 1 ? "=HYPERLINK(\"http://x\")" : "第" + i + "行"));
    }

    @Test
    void pagesFollowTheCursorsAndReadAtMostOnePageAhead() {
        List<String> asked = new java.util.ArrayList<>();
        Flux<Integer> all = ListExport.pages(cursor -> {
            asked.add(String.valueOf(cursor));
            int start = cursor == null ? 0 : Integer.parseInt(cursor);
            List<Integer> items = IntStream.range(start, Math.min(start + 3, 7)).boxed().toList();
            return Mono.just(new Page<>(items, start + 3 < 7 ? Integer.toString(start + 3) : null));
        });
        assertThat(all.take(2).collectList().block()).containsExactly(0, 1);
        assertThat(asked).containsExactly("null", "3");
        asked.clear();
        assertThat(all.collectList().block()).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(asked).containsExactly("null", "3", "6");
    }

    @Test
    void csvHasAByteOrderMarkTheHeaderAndFormulaSafeCells() {
        String text = new String(join(ListExport.csv(LAYOUT.header(), rows(450))), StandardCharsets.UTF_8);
        String[] lines = text.split("\r\n");
        assertThat(lines).hasSize(451);
        assertThat(lines[0]).isEqualTo("\uFEFF编号 Code,备注 Note");
        assertThat(lines[1]).isEqualTo("C1,\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(lines[450]).isEqualTo("C450,第450行");
    }

    @Test
    void xlsxContinuesOnANewSheetWhenOneIsFull() throws Exception {
        byte[] file = join(ListExport.xlsx(LAYOUT, rows(25), 10));
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(file))) {
            List<Sheet> sheets = wb.getSheets().toList();
            assertThat(sheets).extracting(Sheet::getName).containsExactly("Things", "Things (2)", "Things (3)");
            List<Row> first = sheets.get(0).read();
            assertThat(first).hasSize(11);
            assertThat(first.get(0).getCellText(0)).isEqualTo("编号 Code");
            // A cell is text, never a formula.
            assertThat(first.get(1).getCellText(1)).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(first.get(1).getCell(1).getFormula()).isNull();
            List<Row> third = sheets.get(2).read();
            assertThat(third).hasSize(6);
            assertThat(third.get(0).getCellText(1)).isEqualTo("备注 Note");
            assertThat(third.get(5).getCellText(0)).isEqualTo("C25");
        }
    }

    @Test
    void anEmptyListIsAHeaderOnly() throws Exception {
        assertThat(new String(join(ListExport.csv(LAYOUT.header(), Flux.empty())), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF编号 Code,备注 Note\r\n");
        try (var wb = new ReadableWorkbook(new ByteArrayInputStream(join(ListExport.xlsx(LAYOUT, Flux.empty(), 10))))) {
            assertThat(wb.getFirstSheet().read()).hasSize(1);
        }
    }

    @Test
    void anUnknownFormatIsA400NamingTheParameter() {
        assertThat(ListExport.Format.of("xlsx")).isEqualTo(ListExport.Format.XLSX);
        assertThatThrownBy(() -> ListExport.Format.of("pdf")).isInstanceOf(ApiException.class).hasMessageContaining("format");
        assertThatThrownBy(() -> ListExport.Format.of(null)).isInstanceOf(ApiException.class);
    }
}
