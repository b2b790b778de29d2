package dev.steward.api.key;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One loan of a key (借用登记): to a staff member ({@code borrowerUserId}) or to an outside person. {@code borrowerPhone} is
 * whom to call about it: the outside person's as given, else the staff member's from their account.
 */
record KeyCheckout(UUID id, UUID keyId, String keyCode, String keyType, String keyLabel, UUID projectId, UUID borrowerUserId,
        String borrowerName, String borrowerPhone, String borrowerIdLast4, String borrowerCompany, String purpose, UUID workOrderId,
        String workOrderCode, boolean emergency, String emergencyReason, UUID approvedById, String approvedByName,
        UUID issuedById, String issuedByName, OffsetDateTime checkedOutAt, OffsetDateTime dueAt, OffsetDateTime returnedAt,
        UUID returnedToId, String returnedToName, String condition, String notes, UUID inspectionTaskId) {

    boolean open() {
        return returnedAt == null;
    }

    boolean overdueAt(Instant now) {
        return open() && dueAt.toInstant().isBefore(now);
    }
}
