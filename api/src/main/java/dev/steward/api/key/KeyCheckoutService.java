package dev.steward.api.key;

import dev.steward.api.identity.Staff;
import dev.steward.api.inspection.InspectionTasks;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Role;
import dev.steward.api.platform.Times;
import dev.steward.api.workorder.WorkOrders;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Lending keys out and taking them back (借还). Only keepers issue and take back; every rule of {@link KeyRules} is
 * checked first, then the key's status flips AVAILABLE → CHECKED_OUT in one conditional update, so of simultaneous
 * checkouts exactly one wins (the partial unique index on open checkouts backs this up).
 */
@Service
class KeyCheckoutService {

    record ExternalBorrower(String name, String phone, String idLast4, String company) {}

    record NewCheckout(UUID borrowerUserId, ExternalBorrower borrower, String purpose, String dueAt, UUID approvedById,
            UUID workOrderId, UUID inspectionTaskId, boolean emergency, String emergencyReason, String notes) {}

    record Filters(UUID projectId, UUID keyId, Boolean open, Boolean overdue, UUID borrowerUserId, Boolean late, OffsetDateTime checkedOutFrom,
            OffsetDateTime checkedOutTo, UUID buildingId, Boolean withoutUnit) {

        Filters(UUID projectId, UUID keyId, Boolean open, Boolean overdue, UUID borrowerUserId) {
            this(projectId, keyId, open, overdue, borrowerUserId, null, null, null, null, null);
        }
    }

    /** A checkout as a caller sees it: outside borrowers' phones masked for non-keepers. */
    record View(KeyCheckout checkout, boolean overdue, boolean fullPhone) {}

    private final KeyService keys;
    private final KeyRepository keyRows;
    private final KeyCheckoutRepository checkouts;
    private final KeyLedger ledger;
    private final Staff staff;
    private final WorkOrders workOrders;
    private final InspectionTasks inspectionTasks;
    private final TransactionalOperator tx;

    KeyCheckoutService(KeyService keys, KeyRepository keyRows, KeyCheckoutRepository checkouts, KeyLedger ledger, Staff staff,
            WorkOrders workOrders, InspectionTasks inspectionTasks, TransactionalOperator tx) {
        this.inspectionTasks = inspectionTasks;
        this.keys = keys;
        this.keyRows = keyRows;
        this.checkouts = checkouts;
        this.ledger = ledger;
        this.staff = staff;
        this.workOrders = workOrders;
        this.tx = tx;
    }

    Mono<Page<View>> list(Caller caller, Filters f, Integer limit, String cursor, String updatedFrom) {
        int size = Page.limit(limit);
        ChangeFeed feed = ChangeFeed.of(updatedFrom, cursor);
        List<String> after = feed == null ? Cursor.decode(cursor, 2) : null;
        UUID[] projectIds = keys.projectIds(caller, f.projectId());
        UUID borrower = KeyService.seesAllKeys(caller) ? f.borrowerUserId() : caller.userId();
        if (!KeyService.seesAllKeys(caller) && f.borrowerUserId() != null && !f.borrowerUserId().equals(caller.userId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        Instant now = keys.now();
        var q = new KeyCheckoutRepository.Query(projectIds, f.keyId(), f.open(), f.overdue(), borrower, f.late(), f.checkedOutFrom(),
                f.checkedOutTo(), f.buildingId(), f.withoutUnit(), KeyValues.utc(now));
        Mono<Page<KeyCheckout>> found = feed != null ? feed.page(checkouts.changes(q, feed, size + 1), size)
                : Page.of(checkouts.list(q, after == null ? null : Cursor.time(after.get(0)), after == null ? null : Cursor.uuid(after.get(1)),
                        size + 1), size, c -> Cursor.encode(c.checkedOutAt().toString(), c.id().toString()));
        return found.map(page -> page.map(c -> view(caller, c, now)));
    }

    Mono<View> checkOut(Caller caller, UUID keyId, NewCheckout r) {
        KeyAction.requireKeeper(caller, "issue keys");
        if ((r.borrowerUserId() == null) == (r.borrower() == null)) {
            throw ApiException.invalidField("borrowerUserId", "give exactly one of borrowerUserId (staff) and borrower (an outside person)");
        }
        String purpose = KeyValues.required(r.purpose(), "purpose");
        OffsetDateTime dueAt = Times.required(r.dueAt(), "dueAt");
        String emergencyReason = KeyValues.blankToNull(r.emergencyReason());
        if (r.emergency() && emergencyReason == null) {
            throw ApiException.invalidField("emergencyReason", "is required in an emergency");
        }
        if (r.borrower() != null) {
            KeyValues.required(r.borrower().name(), "borrower.name");
        }
        if (r.workOrderId() != null && r.inspectionTaskId() != null) {
            throw ApiException.invalidField("inspectionTaskId", "give one reason: a work order or an inspection task, not both");
        }
        Instant now = keys.now();
        return tx.transactional(keys.visible(caller, keyId).flatMap(key -> {
                    if (key.status() != KeyStatus.AVAILABLE) {
                        return Mono.error(KeyProblems.notAvailable(key.code(), key.status()));
                    }
                    Mono<Staff.Member> borrowerUser = r.borrowerUserId() == null ? Mono.empty()
                            : staff.member(r.borrowerUserId(), key.projectId()).switchIfEmpty(Mono.error(() ->
                                    ApiException.invalidField("borrowerUserId", "is not an active member of the project")));
                    Mono<Optional<Staff.Member>> approver = staff.member(r.approvedById(), key.projectId()).map(Optional::of)
                            .defaultIfEmpty(Optional.empty());
                    Mono<Optional<Reason>> order = r.inspectionTaskId() != null
                            ? inspectionTasks.find(key.projectId(), r.inspectionTaskId())
                                    .map(t -> Optional.of(new Reason(new KeyRules.Order(t.unitId(), t.open(), true), null, t.label())))
                                    .switchIfEmpty(Mono.error(() -> ApiException.invalidField("inspectionTaskId", "no such inspection task in this project")))
                            : r.workOrderId() == null ? Mono.just(Optional.empty())
                            : workOrders.find(key.projectId(), r.workOrderId())
                                    .map(o -> Optional.of(new Reason(new KeyRules.Order(o.unitId(), o.open()), o.code(), null)))
                                    .switchIfEmpty(Mono.error(() -> ApiException.invalidField("workOrderId", "no such work order in this project")));
                    return Mono.zip(borrowerUser.map(Optional::of).defaultIfEmpty(Optional.empty()), approver, order,
                                    keyRows.latestDeposit(key.id()).map(Optional::of).defaultIfEmpty(Optional.empty()),
                                    keys.today(key.projectId(), now))
                            .flatMap(t -> {
                                Optional<Staff.Member> staffBorrower = t.getT1();
                                KeyRules.Borrower borrower = staffBorrower
                                        .map(m -> new KeyRules.Borrower(m.id(), m.roles(), m.displayName(), null))
                                        .orElseGet(() -> new KeyRules.Borrower(null, Set.of(), r.borrower().name(), r.borrower().company()));
                                KeyRules.Approver approverRoles = new KeyRules.Approver(r.approvedById(),
                                        t.getT2().map(Staff.Member::roles).orElse(Set.<Role>of()));
                                KeyRules.check(new KeyRules.Request(key, borrower, approverRoles, now, dueAt.toInstant(),
                                        t.getT4().orElse(null), t.getT5(), t.getT3().map(Reason::rule).orElse(null),
                                        r.emergency()));
                                var row = new KeyCheckoutRepository.NewCheckout(key.projectId(), key.id(), r.borrowerUserId(),
                                        staffBorrower.map(Staff.Member::displayName).orElse(r.borrower() == null ? null : r.borrower().name().strip()),
                                        r.borrower() == null ? null : r.borrower().phone().strip(),
                                        r.borrower() == null ? null : r.borrower().idLast4().toUpperCase(java.util.Locale.ROOT),
                                        r.borrower() == null ? null : KeyValues.blankToNull(r.borrower().company()), purpose,
                                        r.workOrderId(), r.emergency(), emergencyReason, r.approvedById(), caller.userId(),
                                        KeyValues.utc(now), dueAt, KeyValues.blankToNull(r.notes()), r.inspectionTaskId());
                                return keyRows.transition(key.id(), List.of(KeyStatus.AVAILABLE), KeyStatus.CHECKED_OUT, true,
                                                KeyValues.utc(now))
                                        .flatMap(ok -> ok ? checkouts.insert(row) : Mono.empty())
                                        .switchIfEmpty(Mono.error(() -> KeyProblems.notAvailable(key.code(), KeyStatus.CHECKED_OUT)))
                                        .flatMap(id -> ledger.append(new KeyEvent.Draft(key.projectId(), key.id(), "CHECKED_OUT", id, null,
                                                        row.notes(), KeyValues.details("borrower", row.borrowerName(),
                                                                "borrowerCompany", row.borrowerCompany(), "purpose", purpose,
                                                                "dueAt", dueAt.toString(), "approvedBy", t.getT2().map(Staff.Member::displayName)
                                                                        .orElse(null), "workOrder", t.getT3().map(Reason::workOrderCode).orElse(null),
                                                                "inspectionTask", t.getT3().map(Reason::taskLabel).orElse(null),
                                                                "emergency", r.emergency() ? emergencyReason : null)),
                                                        caller.userId(), KeyValues.utc(now))
                                                .then(r.workOrderId() == null ? Mono.<Void>empty()
                                                        : workOrders.recordKeyLoan(key.projectId(), r.workOrderId(), caller.userId(),
                                                                KeyValues.utc(now), false, key.code() + " · " + row.borrowerName()))
                                                .then(checkouts.find(new UUID[] {key.projectId()}, id)));
                            });
                }))
                .map(c -> view(caller, c, now));
    }

    /** Why a key is lent: the rule's view of it, and how the ledger names it. */
    private record Reason(KeyRules.Order rule, String workOrderCode, String taskLabel) {}

    Mono<View> giveBack(Caller caller, UUID checkoutId, String condition, String notes) {
        KeyAction.requireKeeper(caller, "take keys back");
        Instant now = keys.now();
        String state = condition == null ? "GOOD" : condition;
        return tx.transactional(checkouts.find(caller.projectIdArray(), checkoutId)
                        .switchIfEmpty(Mono.error(() -> ApiException.notFound("key checkout", checkoutId)))
                        .flatMap(c -> {
                            if (!c.open()) {
                                return Mono.error(alreadyReturned(c));
                            }
                            return checkouts.close(c.id(), caller.userId(), state, KeyValues.blankToNull(notes), KeyValues.utc(now))
                                    .flatMap(ok -> ok ? keyRows.transition(c.keyId(), List.of(KeyStatus.CHECKED_OUT), KeyStatus.AVAILABLE, true,
                                                    KeyValues.utc(now))
                                            : Mono.error(alreadyReturned(c)))
                                    .then(ledger.append(new KeyEvent.Draft(c.projectId(), c.keyId(), "RETURNED", c.id(), null,
                                            KeyValues.blankToNull(notes), KeyValues.details("condition", state, "borrower", c.borrowerName(),
                                                    "late", c.dueAt().toInstant().isBefore(now) ? "true" : "false")),
                                            caller.userId(), KeyValues.utc(now)))
                                    .then(c.workOrderId() == null ? Mono.<Void>empty()
                                            : workOrders.recordKeyLoan(c.projectId(), c.workOrderId(), caller.userId(), KeyValues.utc(now),
                                                    true, c.keyCode() + " · " + c.borrowerName()))
                                    .then(checkouts.find(new UUID[] {c.projectId()}, c.id()));
                        }))
                .map(c -> view(caller, c, now));
    }

    private static ApiException alreadyReturned(KeyCheckout c) {
        return ApiException.conflict("KEY_ALREADY_RETURNED", "Key " + c.keyCode() + " was already returned.");
    }

    private static View view(Caller caller, KeyCheckout c, Instant now) {
        return new View(c, c.overdueAt(now), KeyView.seesPhones(caller));
    }
}
