package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/**
 * A plan's schedule, checked before anything is written. The level fixes the recurrence (GROUP quarterly, SUBSIDIARY
 * monthly, SERVICE_CENTRE daily, as seed 004 has it: 集团每季度、分公司每月、服务中心每日); CUSTOM names its own: DAILY,
 * WEEKLY on weekdays, MONTHLY on a day (1–28, so every month has it), QUARTERLY on that day of Jan/Apr/Jul/Oct.
 */
final class PlanRules {

    private PlanRules() {}

    /** The request as given (the contract has checked types, lengths and ranges). */
    record Input(UUID projectId, String name, UUID templateId, String level, String frequency, List<Integer> weekdays, Integer dayOfMonth,
            String method, String dueTime, Integer windowDays, List<UUID> buildingIds, Boolean vacantUnits, List<String> equipmentRooms,
            List<UUID> inspectorIds,
            LocalDate startsOn, Boolean active) {}

    static PlanRepository.Content content(Input in, LocalDate today) {
        String name = in.name() == null ? "" : in.name().strip();
        if (name.isEmpty()) {
            throw ApiException.invalidField("name", "is required");
        }
        String frequency = frequency(in.level(), in.frequency());
        List<Integer> weekdays = in.weekdays() == null ? List.of() : in.weekdays().stream().sorted().distinct().toList();
        Integer day = in.dayOfMonth();
        switch (frequency) {
            case "WEEKLY" -> {
                if (weekdays.isEmpty()) {
                    throw ApiException.invalidField("recurrence.weekdays", "a WEEKLY plan needs at least one weekday (1 Monday … 7 Sunday)");
                }
                if (day != null) {
                    throw ApiException.invalidField("recurrence.dayOfMonth", "only MONTHLY and QUARTERLY plans take a day of the month");
                }
            }
            case "MONTHLY", "QUARTERLY" -> {
                if (!weekdays.isEmpty()) {
                    throw ApiException.invalidField("recurrence.weekdays", "only WEEKLY plans take weekdays");
                }
                day = day == null ? 1 : day;
            }
            default -> {
                if (!weekdays.isEmpty()) {
                    throw ApiException.invalidField("recurrence.weekdays", "only WEEKLY plans take weekdays");
                }
                if (day != null) {
                    throw ApiException.invalidField("recurrence.dayOfMonth", "only MONTHLY and QUARTERLY plans take a day of the month");
                }
            }
        }
        LocalTime due;
        try {
            due = LocalTime.parse(in.dueTime());
        } catch (DateTimeParseException | NullPointerException e) {
            throw ApiException.invalidField("dueTime", "must be HH:mm");
        }
        int window = in.windowDays() == null ? 0 : in.windowDays();
        if (window == 0 && due.equals(LocalTime.MIDNIGHT)) {
            throw ApiException.invalidField("dueTime", "00:00 on the task's own day leaves no time to do it; give a later time or windowDays");
        }
        LocalDate starts = in.startsOn() == null ? today : in.startsOn();
        if (starts.isBefore(today.minusYears(1)) || starts.isAfter(today.plusYears(2))) {
            throw ApiException.invalidField("startsOn", "must be within a year back and two years ahead");
        }
        boolean vacantUnits = Boolean.TRUE.equals(in.vacantUnits());
        List<String> rooms = equipmentRooms(in.equipmentRooms());
        if (vacantUnits && !rooms.isEmpty()) {
            throw ApiException.invalidField("equipmentRooms", "a plan covers vacant units or equipment rooms, not both");
        }
        return new PlanRepository.Content(name, in.templateId(), in.level(), frequency, weekdays, day,
                in.method() == null ? "OPEN" : in.method(), due, window, in.buildingIds() == null ? List.of() : List.copyOf(in.buildingIds()),
                vacantUnits, rooms, List.copyOf(in.inspectorIds()), starts, in.active() == null || in.active());
    }

    /** The rooms as named, trimmed: none blank, no two alike (ignoring case and inner spaces), in the order given. */
    static List<String> equipmentRooms(List<String> given) {
        if (given == null) {
            return List.of();
        }
        List<String> rooms = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String room = given.get(i) == null ? "" : given.get(i).strip().replaceAll("\\s+", " ");
            if (room.isEmpty()) {
                throw ApiException.invalidField("equipmentRooms[" + i + "]", "is blank");
            }
            if (!seen.add(room.replace(" ", "").toLowerCase(java.util.Locale.ROOT))) {
                throw ApiException.invalidField("equipmentRooms[" + i + "]", "names a room already in the list: " + room);
            }
            rooms.add(room);
        }
        return List.copyOf(rooms);
    }

    /** The recurrence a level implies; CUSTOM needs one given. A given one must agree with the level. */
    static String frequency(String level, String given) {
        String implied = switch (level) {
            case "GROUP" -> "QUARTERLY";
            case "SUBSIDIARY" -> "MONTHLY";
            case "SERVICE_CENTRE" -> "DAILY";
            default -> null;
        };
        if (implied == null) {
            if (given == null) {
                throw ApiException.invalidField("recurrence", "a CUSTOM plan needs a recurrence");
            }
            return given;
        }
        if (given != null && !given.equals(implied)) {
            throw ApiException.invalidField("recurrence.frequency", "a " + level + " plan recurs " + implied);
        }
        return implied;
    }
}
