package dev.steward.api.key;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Checks a project's hash-chained custody ledger end to end (a tampered, removed or reordered entry is found). */
@Service
class KeyLedgerCheck {

    record Verification(UUID projectId, boolean intact, long checked, UUID firstBrokenEventId, Long firstBrokenSeq, String reason) {}

    private final KeyLedger ledger;

    KeyLedgerCheck(KeyLedger ledger) {
        this.ledger = ledger;
    }

    /**
     * Walks the project's chain in order. The first entry whose content no longer matches its hash is CONTENT_CHANGED;
     * one that does not link to the entry before it (an entry removed or reordered) is LINK_BROKEN; so is a chain
     * shorter than the head the database keeps (its last entries removed).
     */
    Mono<Verification> verify(Caller caller, UUID projectId) {
        caller.requireProject(projectId, "project");
        caller.requireRole("verify the key ledger", Role.ADMIN, Role.MANAGER, Role.KEY_CUSTODIAN, Role.INTEGRATION);
        long[] checked = {0};
        return ledger.chain(projectId)
                .doOnNext(c -> checked[0]++)
                .filter(c -> !c.hash().equals(c.recomputed()) || !c.prevHash().equals(c.previousHash() == null ? KeyLedger.GENESIS
                        : c.previousHash()) || c.seq() != (c.previousSeq() == null ? 1 : c.previousSeq() + 1))
                .next()
                .map(c -> new Verification(projectId, false, checked[0], c.id(), c.seq(),
                        c.hash().equals(c.recomputed()) ? "LINK_BROKEN" : "CONTENT_CHANGED"))
                .switchIfEmpty(Mono.defer(() -> ledger.head(projectId)
                        .map(head -> head.seq() == checked[0] ? new Verification(projectId, true, checked[0], null, null, null)
                                : new Verification(projectId, false, checked[0], null, checked[0] + 1, "LINK_BROKEN"))
                        .defaultIfEmpty(new Verification(projectId, checked[0] == 0, checked[0], null, checked[0] == 0 ? null : 1L,
                                checked[0] == 0 ? null : "LINK_BROKEN"))));
    }
}
