package dev.steward.api.key;

import static dev.steward.api.key.KeyValues.blankToNull;
import static dev.steward.api.key.KeyValues.details;
import static dev.steward.api.key.KeyValues.required;
import static dev.steward.api.key.KeyValues.slotText;
import static dev.steward.api.key.KeyValues.utc;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.workorder.WorkOrders;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A key's custody outside checkouts: an owner's deposit (委托) of a unit key, a key reported lost (with the
 * lock-change work order), found again, or retired. Keepers only; each change and its ledger entry in one transaction.
 */
@Service
class KeyCustody {

    record NewDeposit(String depositorName, String depositorPhone, String authorizationRef, String validUntil, List<String> allowedRoles,
            String allowedContractor, String ownerContact, String note) {}

    private final KeyService service;
    private final KeyRepository keys;
    private final KeyCheckoutRepository checkouts;
    private final KeyLedger ledger;
    private final Staff staff;
    private final WorkOrders workOrders;
    private final TransactionalOperator tx;

    KeyCustody(KeyService service, KeyRepository keys, KeyCheckoutRepository checkouts, KeyLedger ledger, Staff staff,
            WorkOrders workOrders, TransactionalOperator tx) {
        this.service = service;
        this.keys = keys;
        this.checkouts = checkouts;
        this.ledger = ledger;
        this.staff = staff;
        this.workOrders = workOrders;
        this.tx = tx;
    }

    Mono<KeyDeposit> deposit(Caller caller, UUID id, NewDeposit d) {
        KeyAction.requireKeeper(caller, "record key deposits");
        if ((d.allowedRoles() == null || d.allowedRoles().isEmpty()) && blankToNull(d.allowedContractor()) == null) {
            throw ApiException.invalidField("allowedRoles", "name at least one role, or an allowed contractor");
        }
        LocalDate validUntil = date(d.validUntil(), "validUntil");
        Instant now = service.now();
        return tx.transactional(service.visible(caller, id).flatMap(k -> {
            if (!"UNIT".equals(k.type())) {
                return Mono.error(ApiException.conflict("KEY_DEPOSIT_NOT_APPLICABLE", "Only UNIT keys are deposited by owners."));
            }
            if (k.status() == KeyStatus.RETIRED) {
                return Mono.error(KeyProblems.illegal(k.code(), k.status(), "deposited"));
            }
            return service.today(k.projectId(), now).flatMap(today -> {
                if (validUntil.isBefore(today)) {
                    return Mono.error(ApiException.invalidField("validUntil", "must not be in the past"));
                }
                return keys.insertDeposit(new KeyRepository.NewDeposit(k.projectId(), k.id(), d.depositorName().strip(),
                                d.depositorPhone().strip(), d.authorizationRef().strip(), validUntil,
                                d.allowedRoles() == null ? List.of() : d.allowedRoles(), blankToNull(d.allowedContractor()),
                                blankToNull(d.ownerContact()), blankToNull(d.note()), utc(now), caller.userId()))
                        .flatMap(depositId -> ledger.append(KeyEvent.Draft.of(k.projectId(), k.id(), "DEPOSITED", blankToNull(d.note()),
                                        details("authorizationRef", d.authorizationRef().strip(), "validUntil", validUntil.toString(),
                                                "depositor", d.depositorName().strip(), "allowedRoles",
                                                String.join(",", d.allowedRoles() == null ? List.of() : d.allowedRoles()),
                                                "allowedContractor", blankToNull(d.allowedContractor()))), caller.userId(), utc(now))
                                .then(keys.deposit(depositId)));
            });
        }));
    }

    /**
     * 钥匙遗失: the key is LOST (an open checkout is closed as lost) and, for a home or an equipment room, a lock-change
     * work order is registered in the same transaction.
     */
    Mono<KeyView> reportLost(Caller caller, UUID id, String reason) {
        KeyAction.requireKeeper(caller, "report keys lost");
        String why = required(reason, "reason");
        Instant now = service.now();
        return tx.transactional(service.visible(caller, id).flatMap(k -> {
                    if (!KeyAction.REPORT_LOST.availableFrom(k.status())) {
                        return Mono.error(KeyProblems.illegal(k.code(), k.status(), "reported lost"));
                    }
                    Mono<KeyCheckout> open = checkouts.open(new UUID[] {k.id()}).next();
                    return keys.transition(k.id(), List.of(KeyStatus.AVAILABLE, KeyStatus.CHECKED_OUT), KeyStatus.LOST, true, utc(now))
                            .flatMap(ok -> ok ? open.flatMap(c -> checkouts.close(c.id(), caller.userId(), "LOST", why, utc(now))
                                            .thenReturn(c.id())).map(Optional::of).defaultIfEmpty(Optional.empty())
                                    : Mono.error(KeyProblems.changedConcurrently(k.code())))
                            .flatMap(checkoutId -> lockChange(caller, k, why).map(Optional::of)
                                    .defaultIfEmpty(Optional.empty())
                                    .flatMap(order -> ledger.append(new KeyEvent.Draft(k.projectId(), k.id(), "REPORTED_LOST",
                                                    checkoutId.orElse(null), null, why,
                                                    details("lockChangeWorkOrder", order.map(WorkOrders.Ref::code).orElse(null))),
                                                    caller.userId(), utc(now))
                                            .then(order.map(o -> keys.setLockChangeOrder(k.id(), o.id())).orElse(Mono.empty()))))
                            .then(keys.find(new UUID[] {k.projectId()}, k.id()));
                }))
                .flatMap(k -> service.view(caller, k));
    }

    Mono<KeyView> found(Caller caller, UUID id, String note, UUID cabinetId, Integer slot) {
        KeyAction.requireKeeper(caller, "record keys found");
        KeyService.requireSlotPair(cabinetId, slot);
        Instant now = service.now();
        return tx.transactional(service.visible(caller, id).flatMap(k -> {
                    if (k.status() != KeyStatus.LOST) {
                        return Mono.error(KeyProblems.illegal(k.code(), k.status(), "found"));
                    }
                    Mono<Void> place = cabinetId == null ? Mono.empty()
                            : service.requireSlot(k.projectId(), cabinetId, slot, k.id()).then(keys.place(k.id(), cabinetId, slot));
                    return place.then(keys.transition(k.id(), List.of(KeyStatus.LOST), KeyStatus.AVAILABLE, true, utc(now)))
                            .onErrorMap(KeyValues::isUniqueViolation, x -> KeyProblems.slotTaken(slot))
                            .flatMap(ok -> ok ? keys.find(new UUID[] {k.projectId()}, k.id())
                                    : Mono.error(KeyProblems.changedConcurrently(k.code())))
                            .flatMap(placed -> ledger.append(KeyEvent.Draft.of(k.projectId(), k.id(), "FOUND", blankToNull(note),
                                    details("slot", slotText(placed.cabinetName(), placed.slot()))), caller.userId(), utc(now))
                                    .thenReturn(placed));
                }))
                .flatMap(k -> service.view(caller, k));
    }

    Mono<KeyView> retire(Caller caller, UUID id, String reason) {
        KeyAction.requireKeeper(caller, "retire keys");
        String why = required(reason, "reason");
        Instant now = service.now();
        return tx.transactional(service.visible(caller, id).flatMap(k -> {
                    if (!KeyAction.RETIRE.availableFrom(k.status())) {
                        return Mono.error(KeyProblems.illegal(k.code(), k.status(), "retired"));
                    }
                    return keys.transition(k.id(), List.of(KeyStatus.AVAILABLE, KeyStatus.LOST), KeyStatus.RETIRED, false, utc(now))
                            .flatMap(ok -> ok ? ledger.append(KeyEvent.Draft.of(k.projectId(), k.id(), "RETIRED", why,
                                            details("slot", slotText(k.cabinetName(), k.slot()))), caller.userId(), utc(now))
                                    : Mono.error(KeyProblems.changedConcurrently(k.code())))
                            .then(keys.find(new UUID[] {k.projectId()}, k.id()));
                }))
                .flatMap(k -> service.view(caller, k));
    }

    private Mono<WorkOrders.Ref> lockChange(Caller caller, Key k, String reason) {
        if (!"UNIT".equals(k.type()) && !"EQUIPMENT_ROOM".equals(k.type())) {
            return Mono.empty();
        }
        return staff.member(caller.userId(), k.projectId())
                .switchIfEmpty(Mono.error(() -> ApiException.roleRequired("report keys lost in this project")))
                .flatMap(me -> workOrders.registerLockChange(caller, k.projectId(), k.unitId(),
                        k.unitId() == null ? k.facility() : null, "钥匙遗失换锁 " + k.code() + "（" + k.label() + "）",
                        "钥匙 " + k.code() + " 遗失，需更换门锁。Key " + k.code() + " was lost; change the lock. " + reason,
                        me.displayName(), me.phone() == null ? "0000" : me.phone()));
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException | NullPointerException e) {
            throw ApiException.invalidField(field, "is not a date (YYYY-MM-DD)");
        }
    }
}
