package dev.steward.api.property;

import dev.steward.api.property.ImportFile.Column;
import dev.steward.api.property.ImportFile.Line;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The rows of an import checked against the project (its buildings, units and current residents): every error with
 * its row and column, and what would be written — the units to add and the residents to add (to new or existing
 * units). Pure logic; the same checks as the single-unit and single-resident forms.
 */
final class ImportPlan {

    private static final Pattern NUMBER = Pattern.compile("[A-Za-z0-9-]{1,20}");
    private static final Pattern PHONE = Pattern.compile("[0-9+ -]{5,20}");
    private static final int MAX_AREA = 100_000;
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    /** One problem of one cell: a stable {@code code} with its {@code params} (for a UI's own language) and the English message. */
    record RowError(int row, String column, Code code, Params params, String message) {}

    /** What a code speaks of (see ImportErrorParams); null where it speaks of nothing. */
    record Params(String value, Integer min, Integer max, Integer firstRow, List<String> allowed) {
        static final Params NONE = null;

        static Params value(String value) {
            return new Params(value, null, null, null, null);
        }

        static Params range(int min, int max) {
            return new Params(null, min, max, null, null);
        }

        static Params max(int max) {
            return new Params(null, null, max, null, null);
        }

        static Params firstRow(int row) {
            return new Params(null, null, null, row, null);
        }

        static Params allowed(List<String> allowed) {
            return new Params(null, null, null, null, List.copyOf(allowed));
        }
    }

    /** The codes of openapi.yaml's ImportErrorCode. */
    enum Code {
        REQUIRED, REQUIRED_FOR_RESIDENT, UNKNOWN_BUILDING, INVALID_UNIT_NUMBER, OUT_OF_RANGE, INVALID_AREA, NOT_ALLOWED, TOO_LONG,
        INVALID_PHONE, INVALID_DATE, FUTURE_DATE, DIFFERS_FROM_ROW, REPEATED_RESIDENT
    }

    /** A unit to add. */
    record NewUnit(UUID buildingId, String number, Integer floor, BigDecimal area, String status) {}

    /** A resident to add to the unit {@code (buildingId, number)}, new or existing. */
    record NewResident(UUID buildingId, String number, String name, String phone, String relation, LocalDate movedInOn) {}

    /** What the project holds already: building ids by code, unit ids by "buildingId/number", current residents. */
    record Existing(Map<String, UUID> buildings, Map<String, UUID> units, Set<String> residents) {
        static String unitKey(UUID buildingId, String number) {
            return buildingId + "/" + number;
        }

        static String residentKey(UUID unitId, String name, String phone) {
            return unitId + "/" + name + "/" + phone;
        }
    }

    final List<RowError> errors = new ArrayList<>();
    final List<NewUnit> units = new ArrayList<>();
    final List<NewResident> residents = new ArrayList<>();
    int unitsExisting;
    int residentsExisting;
    final int rows;

    private ImportPlan(int rows) {
        this.rows = rows;
    }

    static ImportPlan of(List<Line> lines, Existing existing, LocalDate today) {
        ImportPlan plan = new ImportPlan(lines.size());
        Map<String, Integer> firstRowOfUnit = new HashMap<>();
        Map<String, NewUnit> unitOfKey = new HashMap<>();
        Map<String, Integer> firstRowOfResident = new HashMap<>();
        for (Line line : lines) {
            int errorsBefore = plan.errors.size();
            String code = line.get(Column.BUILDING);
            UUID buildingId = null;
            if (code == null) {
                plan.error(line, Column.BUILDING, Code.REQUIRED, Params.NONE, "is required");
            } else {
                buildingId = existing.buildings().get(code);
                if (buildingId == null) {
                    plan.error(line, Column.BUILDING, Code.UNKNOWN_BUILDING, Params.value(shorten(code)),
                            "is not a building code of this project: " + shorten(code));
                }
            }
            String number = line.get(Column.UNIT);
            if (number == null) {
                plan.error(line, Column.UNIT, Code.REQUIRED, Params.NONE, "is required");
            } else if (!NUMBER.matcher(number).matches()) {
                plan.error(line, Column.UNIT, Code.INVALID_UNIT_NUMBER, Params.NONE, "must be 1 to 20 letters, digits or dashes");
            }
            Integer floor = plan.integer(line, Column.FLOOR, -10, 200);
            BigDecimal area = plan.decimal(line, Column.AREA);
            String status = plan.choice(line, Column.STATUS, Map.of("OCCUPIED", "OCCUPIED", "VACANT", "VACANT", "入住", "OCCUPIED",
                    "已入住", "OCCUPIED", "空置", "VACANT", "空置房", "VACANT"), List.of("OCCUPIED", "VACANT", "入住", "空置"));
            String name = line.get(Column.RESIDENT_NAME);
            String phone = line.get(Column.RESIDENT_PHONE);
            String relationText = line.get(Column.RESIDENT_RELATION);
            String movedIn = line.get(Column.MOVED_IN_ON);
            boolean hasResident = name != null || phone != null || relationText != null || movedIn != null;
            String relation = null;
            LocalDate movedInOn = null;
            if (hasResident) {
                if (name == null) {
                    plan.error(line, Column.RESIDENT_NAME, Code.REQUIRED_FOR_RESIDENT, Params.NONE, "is required when the row names a resident");
                } else if (name.length() > 50) {
                    plan.error(line, Column.RESIDENT_NAME, Code.TOO_LONG, Params.max(50), "must be at most 50 characters");
                }
                if (phone == null) {
                    plan.error(line, Column.RESIDENT_PHONE, Code.REQUIRED_FOR_RESIDENT, Params.NONE, "is required when the row names a resident");
                } else if (!PHONE.matcher(phone).matches()) {
                    plan.error(line, Column.RESIDENT_PHONE, Code.INVALID_PHONE, Params.NONE, "is not a phone number (5 to 20 digits, +, - or spaces)");
                }
                if (relationText == null) {
                    plan.error(line, Column.RESIDENT_RELATION, Code.REQUIRED_FOR_RESIDENT, Params.NONE, "is required when the row names a resident");
                } else {
                    relation = plan.choice(line, Column.RESIDENT_RELATION, Map.of("OWNER", "OWNER", "TENANT", "TENANT", "FAMILY", "FAMILY",
                            "业主", "OWNER", "租户", "TENANT", "家属", "FAMILY"), List.of("OWNER", "TENANT", "FAMILY", "业主", "租户", "家属"));
                }
                movedInOn = plan.date(line, movedIn, today);
            }
            if (plan.errors.size() > errorsBefore) {
                continue;
            }
            String key = Existing.unitKey(buildingId, number);
            UUID unitId = existing.units().get(key);
            Integer first = firstRowOfUnit.putIfAbsent(key, line.row());
            if (first == null) {
                if (unitId != null) {
                    plan.unitsExisting++;
                } else {
                    NewUnit unit = new NewUnit(buildingId, number, floor, area, status == null ? "OCCUPIED" : status);
                    plan.units.add(unit);
                    unitOfKey.put(key, unit);
                }
            } else if (unitOfKey.containsKey(key)) {
                NewUnit unit = unitOfKey.get(key);
                plan.differs(line, Column.FLOOR, floor, unit.floor(), first);
                plan.differs(line, Column.AREA, area, unit.area(), first);
                plan.differs(line, Column.STATUS, status, status == null ? null : unit.status(), first);
            }
            if (hasResident && plan.errors.size() == errorsBefore) {
                String residentKey = key + "/" + name + "/" + phone;
                Integer firstResident = firstRowOfResident.putIfAbsent(residentKey, line.row());
                if (firstResident != null) {
                    plan.error(line, Column.RESIDENT_NAME, Code.REPEATED_RESIDENT, Params.firstRow(firstResident), "repeats the resident of row " + firstResident);
                } else if (unitId != null && existing.residents().contains(Existing.residentKey(unitId, name, phone))) {
                    plan.residentsExisting++;
                } else {
                    plan.residents.add(new NewResident(buildingId, number, name, phone, relation, movedInOn));
                }
            }
        }
        return plan;
    }

    private void error(Line line, Column column, Code code, Params params, String message) {
        errors.add(new RowError(line.row(), column.key, code, params, message));
    }

    private void differs(Line line, Column column, Object value, Object first, int firstRow) {
        if (value != null && !(value instanceof BigDecimal d ? first instanceof BigDecimal f && d.compareTo(f) == 0 : value.equals(first))) {
            error(line, column, Code.DIFFERS_FROM_ROW, Params.firstRow(firstRow), "differs from row " + firstRow + " for the same unit");
        }
    }

    private Integer integer(Line line, Column column, int min, int max) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(line, column, Code.OUT_OF_RANGE, Params.range(min, max), "must be a whole number from " + min + " to " + max);
        return null;
    }

    private BigDecimal decimal(Line line, Column column) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal n = new BigDecimal(v);
            if (n.signum() >= 0 && n.compareTo(BigDecimal.valueOf(MAX_AREA)) <= 0 && n.stripTrailingZeros().scale() <= 2) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        error(line, column, Code.INVALID_AREA, Params.range(0, MAX_AREA),
                "must be a number of square metres from 0 to " + MAX_AREA + ", at most 2 decimals");
        return null;
    }

    private String choice(Line line, Column column, Map<String, String> values, List<String> allowed) {
        String v = line.get(column);
        if (v == null) {
            return null;
        }
        String value = values.get(v.toUpperCase(java.util.Locale.ROOT));
        if (value == null) {
            value = values.get(v);
        }
        if (value == null) {
            error(line, column, Code.NOT_ALLOWED, Params.allowed(allowed), "must be " + String.join(", ", allowed.subList(0, allowed.size() / 2))
                    + " (" + String.join(", ", allowed.subList(allowed.size() / 2, allowed.size())) + ")");
        }
        return value;
    }

    private LocalDate date(Line line, String v, LocalDate today) {
        if (v == null) {
            return null;
        }
        if (DATE.matcher(v).matches()) {
            try {
                LocalDate d = LocalDate.parse(v);
                if (d.isAfter(today)) {
                    error(line, Column.MOVED_IN_ON, Code.FUTURE_DATE, Params.NONE, "must not be in the future");
                    return null;
                }
                return d;
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        error(line, Column.MOVED_IN_ON, Code.INVALID_DATE, Params.NONE, "must be a date YYYY-MM-DD");
        return null;
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
