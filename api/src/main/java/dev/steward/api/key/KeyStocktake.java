package dev.steward.api.key;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A stock-take (盘点) and its report; while OPEN, {@code missing} holds the expected keys not scanned yet. */
record KeyStocktake(Summary summary, List<Line> missing, List<Line> wrongSlot, List<Scan> unknown, List<Line> checkedOut,
        List<Scan> scans) {

    record Summary(UUID id, UUID projectId, UUID cabinetId, String cabinetName, String status, UUID startedById,
            String startedByName, OffsetDateTime startedAt, OffsetDateTime completedAt, String cancelReason, Tally tally) {}

    record Tally(int expected, int found, int wrongSlot, int remaining, int unknown, int scans) {}

    record Line(UUID keyId, String code, String type, String label, String cabinetName, Integer expectedSlot, Integer scannedSlot,
            String holderName) {}

    record Scan(UUID id, String keyCode, UUID keyId, Integer slot, Integer expectedSlot, String result, OffsetDateTime scannedAt,
            String scannedByName) {}

    /** The snapshot row of one key taken at the start. */
    record Item(UUID keyId, String code, String type, String label, String cabinetName, Integer slot, boolean expected,
            String holderName) {}
}
