package dev.steward.api.key;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An owner's written authorization (钥匙留存, 委托书) for a UNIT key. */
record KeyDeposit(UUID id, UUID keyId, String depositorName, String depositorPhone, String authorizationRef, LocalDate validUntil,
        List<String> allowedRoles, String allowedContractor, String ownerContact, String note, OffsetDateTime depositedAt,
        UUID receivedById, String receivedByName) {

    boolean validOn(LocalDate day) {
        return !validUntil.isBefore(day);
    }
}
