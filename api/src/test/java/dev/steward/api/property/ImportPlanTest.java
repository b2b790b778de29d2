package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.property.ImportFile.Column;
import dev.steward.api.property.ImportFile.Line;
import dev.steward.api.property.ImportPlan.Code;
import dev.steward.api.property.ImportPlan.Params;
import dev.steward.api.property.ImportPlan.RowError;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every row error carries a stable code and its parameters, beside the English message. */
class ImportPlanTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final UUID B1 = UUID.randomUUID();
    private static final ImportPlan.Existing EXISTING = new ImportPlan.Existing(Map.of("B1", B1), Map.of(), Set.of());

    private static Line line(int row, String... values) {
        Map<Column, String> map = new EnumMap<>(Column.class);
        Column[] columns = Column.values();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                map.put(columns[i], values[i]);
            }
        }
        return new Line(row, map);
    }

    /** The one error of row 2 in the column. */
    private static RowError only(ImportPlan plan, String column) {
        List<RowError> found = plan.errors.stream().filter(e -> e.row() == 2 && e.column().equals(column)).toList();
        assertThat(found).as(column).hasSize(1);
        return found.get(0);
    }

    @Test
    void eachCellProblemHasItsCodeAndParameters() {
        ImportPlan plan = ImportPlan.of(List.of(
                line(2, "NOPE", "1 01", "300", "-1", "SOLD", "x".repeat(51), "12ab", "COUSIN", "2021-02-30"),
                line(3, null, null, null, null, null, null, null, null, "2027-01-01")), EXISTING, TODAY);

        assertThat(only(plan, "building")).isEqualTo(new RowError(2, "building", Code.UNKNOWN_BUILDING, Params.value("NOPE"),
                "is not a building code of this project: NOPE"));
        assertThat(only(plan, "unit").code()).isEqualTo(Code.INVALID_UNIT_NUMBER);
        assertThat(only(plan, "floor").code()).isEqualTo(Code.OUT_OF_RANGE);
        assertThat(only(plan, "floor").params()).isEqualTo(Params.range(-10, 200));
        assertThat(only(plan, "areaM2").code()).isEqualTo(Code.INVALID_AREA);
        assertThat(only(plan, "areaM2").params()).isEqualTo(Params.range(0, 100_000));
        assertThat(only(plan, "status").code()).isEqualTo(Code.NOT_ALLOWED);
        assertThat(only(plan, "status").params().allowed()).contains("OCCUPIED", "VACANT", "入住", "空置");
        assertThat(only(plan, "status").message()).contains("OCCUPIED").contains("空置");
        assertThat(only(plan, "residentName").code()).isEqualTo(Code.TOO_LONG);
        assertThat(only(plan, "residentName").params()).isEqualTo(Params.max(50));
        assertThat(only(plan, "residentPhone").code()).isEqualTo(Code.INVALID_PHONE);
        assertThat(only(plan, "residentPhone").params()).isNull();
        assertThat(only(plan, "residentRelation").params().allowed()).contains("OWNER", "TENANT", "FAMILY", "业主");
        assertThat(plan.errors).filteredOn(e -> e.row() == 2 && e.column().equals("movedInOn")).extracting(RowError::code)
                .containsExactly(Code.INVALID_DATE);

        assertThat(plan.errors).filteredOn(e -> e.row() == 3).extracting(e -> e.column() + ":" + e.code()).containsExactlyInAnyOrder(
                "building:REQUIRED", "unit:REQUIRED", "residentName:REQUIRED_FOR_RESIDENT", "residentPhone:REQUIRED_FOR_RESIDENT",
                "residentRelation:REQUIRED_FOR_RESIDENT", "movedInOn:FUTURE_DATE");
        assertThat(plan.errors).allSatisfy(e -> assertThat(e.message()).isNotBlank());
    }

    @Test
    void aRepeatedUnitOrResidentNamesTheFirstRow() {
        ImportPlan plan = ImportPlan.of(List.of(
                line(2, "B1", "101", "3", null, null, "王五", "13800001234", "OWNER"),
                line(3, "B1", "101", "4", null, null, "王五", "13800001234", "OWNER"),
                line(4, "B1", "102", null, null, null, "李四", "13800001235", "业主"),
                line(5, "B1", "102", null, null, null, "李四", "13800001235", "业主")), EXISTING, TODAY);

        assertThat(plan.errors).containsExactly(
                new RowError(3, "floor", Code.DIFFERS_FROM_ROW, Params.firstRow(2), "differs from row 2 for the same unit"),
                new RowError(5, "residentName", Code.REPEATED_RESIDENT, Params.firstRow(4), "repeats the resident of row 4"));
    }
}
