package dev.steward.api.key;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

/** One custody-ledger entry, as stored (chained by the database). */
record KeyEvent(UUID id, long seq, UUID projectId, UUID keyId, String keyCode, String type, UUID actorId, String actorName,
        OffsetDateTime at, UUID checkoutId, UUID stocktakeId, String note, Map<String, String> details, String hash,
        String prevHash) {

    /** An entry to append: the database numbers, times the chain and hashes it. */
    record Draft(UUID projectId, UUID keyId, String type, UUID checkoutId, UUID stocktakeId, String note,
            Map<String, String> details) {

        static Draft of(UUID projectId, UUID keyId, String type, String note, Map<String, String> details) {
            return new Draft(projectId, keyId, type, null, null, note, details);
        }
    }
}
