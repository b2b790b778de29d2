package dev.steward.api.key;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Role;
import dev.steward.api.property.Projects;
import dev.steward.api.workorder.WorkOrders;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The key ledger (钥匙台账): keys, cabinets, owner deposits, lost / found / retired keys and ledger verification.
 * Keepers (ADMIN, MANAGER, KEY_CUSTODIAN) change it; every change appends a custody event in the same transaction.
 * A TECHNICIAN sees only the keys they hold; every other member of a project reads all of its keys.
 */
@Service
class KeyService {

    static final int MAX_EVENTS = 1000;

    record Filters(UUID projectId, String type, String status, UUID cabinetId, UUID holderId, Boolean overdue, String code,
            String q) {}

    record NewKey(UUID projectId, String code, String type, UUID unitId, String facility, Integer copies, UUID cabinetId,
            Integer slot, UUID custodianId) {}

    /** PATCH: null means "leave as it is". */
    record Edit(String facility, Integer copies, UUID cabinetId, Integer slot, UUID custodianId) {}

    record NewDeposit(String depositorName, String depositorPhone, String authorizationRef, String validUntil, List<String> allowedRoles,
            String allowedContractor, String ownerContact, String note) {}

    record Verification(UUID projectId, boolean intact, long checked, UUID firstBrokenEventId, Long firstBrokenSeq, String reason) {}

    private final KeyRepository keys;
    private final KeyCheckoutRepository checkouts;
    private final KeyLedger ledger;
    private final Projects projects;
    private final Staff staff;
    private final WorkOrders workOrders;
    private final TransactionalOperator tx;
    private final Clock clock;

    KeyService(KeyRepository keys, KeyCheckoutRepository checkouts, KeyLedger ledger, Projects projects, Staff staff,
            WorkOrders workOrders, TransactionalOperator tx, Clock clock) {
        this.keys = keys;
        this.checkouts = checkouts;
        this.ledger = ledger;
        this.projects = projects;
        this.staff = staff;
        this.workOrders = workOrders;
        this.tx = tx;
        this.clock = clock;
    }

    // Reads

    Mono<Page<KeyView>> list(Caller caller, Filters f, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        UUID[] projectIds = projectIds(caller, f.projectId());
        Instant now = now();
        // A technician's ledger is the keys they hold.
        UUID holder = seesAllKeys(caller) ? f.holderId() : caller.userId();
        if (!seesAllKeys(caller) && f.holderId() != null && !f.holderId().equals(caller.userId())) {
            return Mono.just(new Page<>(List.of(), null));
        }
        String code = f.code() == null ? null : f.code().strip().toUpperCase(Locale.ROOT);
        String search = f.q() == null || f.q().isBlank() ? null : "%" + f.q().strip().replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_") + "%";
        KeyRepository.Query q = new KeyRepository.Query(projectIds, f.type(), f.status(), f.cabinetId(), holder, f.overdue(), code,
                search, utc(now));
        return Page.of(keys.list(q, after == null ? null : after.get(0), after == null ? null : Cursor.uuid(after.get(1)), size + 1),
                        size, k -> Cursor.encode(k.code(), k.id().toString()))
                .flatMap(page -> views(caller, page.items(), now).map(views -> new Page<>(views, page.nextCursor())));
    }

    Mono<KeyView> get(Caller caller, UUID id) {
        return visible(caller, id).flatMap(k -> view(caller, k));
    }

    Mono<List<KeyEvent>> events(Caller caller, UUID id) {
        return visible(caller, id).flatMap(k -> ledger.forKey(k.projectId(), k.id(), MAX_EVENTS).collectList());
    }

    Mono<List<KeyCabinet>> cabinets(Caller caller, UUID projectId) {
        return keys.cabinets(projectIds(caller, projectId)).collectList();
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

    // Changes

    Mono<KeyView> create(Caller caller, NewKey r) {
        caller.requireProject(r.projectId(), "project");
        KeyAction.requireKeeper(caller, "register keys");
        String code = r.code().strip().toUpperCase(Locale.ROOT);
        String facility = blankToNull(r.facility());
        if ("UNIT".equals(r.type())) {
            if (r.unitId() == null) {
                throw ApiException.invalidField("unitId", "is required for UNIT keys");
            }
        } else {
            if (r.unitId() != null) {
                throw ApiException.invalidField("unitId", "is only for UNIT keys");
            }
            if (facility == null) {
                throw ApiException.invalidField("facility", "is required for keys other than UNIT keys");
            }
        }
        requireSlotPair(r.cabinetId(), r.slot());
        Instant now = now();
        Mono<Void> checks = Mono.when(
                r.unitId() == null ? Mono.empty() : projects.hasUnit(r.projectId(), r.unitId())
                        .flatMap(ok -> ok ? Mono.empty() : Mono.error(ApiException.invalidField("unitId", "no such unit in this project"))),
                r.cabinetId() == null ? Mono.empty() : requireSlot(r.projectId(), r.cabinetId(), r.slot(), null),
                requireCustodian(r.projectId(), r.custodianId()));
        // The code first: a taken code is the likelier mistake, and the one to report.
        return tx.transactional(keys.findByCode(r.projectId(), code).flatMap(existing -> Mono.<Void>error(KeyProblems.codeTaken(code)))
                        .then(checks)
                        .then(Mono.defer(() -> keys.insert(new KeyRepository.NewKey(r.projectId(), code, r.type(), r.unitId(),
                                facility, r.copies() == null ? 1 : r.copies(), r.cabinetId(), r.slot(), r.custodianId(), utc(now)))))
                        .onErrorMap(KeyService::isUniqueViolation, e -> e.getMessage().contains("keys_one_per_slot")
                                ? KeyProblems.slotTaken(r.slot()) : KeyProblems.codeTaken(code))
                        .flatMap(id -> keys.find(new UUID[] {r.projectId()}, id))
                        .flatMap(k -> ledger.append(KeyEvent.Draft.of(k.projectId(), k.id(), "REGISTERED", null, details(
                                "code", k.code(), "type", k.type(), "label", k.label(), "slot", slotText(k.cabinetName(), k.slot()))),
                                caller.userId(), utc(now)).thenReturn(k)))
                .flatMap(k -> view(caller, k));
    }

    Mono<KeyView> update(Caller caller, UUID id, String ifMatch, Edit e) {
        long expected = ETags.expectedVersion(ifMatch);
        KeyAction.requireKeeper(caller, "edit keys");
        Instant now = now();
        return tx.transactional(visible(caller, id).flatMap(k -> {
                    if (k.version() != expected) {
                        return Mono.error(ETags.stale());
                    }
                    if (!KeyAction.EDIT.availableFrom(k.status())) {
                        return Mono.error(KeyProblems.illegal(k.code(), k.status(), "edited"));
                    }
                    if (e.facility() != null && "UNIT".equals(k.type())) {
                        return Mono.error(ApiException.invalidField("facility", "UNIT keys are described by their unit"));
                    }
                    UUID cabinetId = e.cabinetId() != null ? e.cabinetId() : k.cabinetId();
                    Integer slot = e.slot() != null ? e.slot() : e.cabinetId() != null ? null : k.slot();
                    requireSlotPair(cabinetId, slot);
                    boolean moved = !Objects.equals(cabinetId, k.cabinetId()) || !Objects.equals(slot, k.slot());
                    Key next = new Key(k.id(), k.projectId(), k.code(), k.type(), k.unitId(), k.unitLabel(),
                            e.facility() != null ? e.facility().strip() : k.facility(), e.copies() != null ? e.copies() : k.copies(),
                            cabinetId, null, slot, e.custodianId() != null ? e.custodianId() : k.custodianId(), null, k.status(),
                            k.lockChangeWorkOrderId(), k.version(), k.createdAt(), k.updatedAt());
                    Map<String, String> changes = new LinkedHashMap<>();
                    diff(changes, "facility", k.facility(), next.facility());
                    diff(changes, "copies", k.copies(), next.copies());
                    diff(changes, "custodianId", k.custodianId(), next.custodianId());
                    if (!moved && changes.isEmpty()) {
                        return Mono.just(k);
                    }
                    Mono<Void> checks = Mono.when(moved && cabinetId != null ? requireSlot(k.projectId(), cabinetId, slot, k.id()) : Mono.empty(),
                            e.custodianId() != null ? requireCustodian(k.projectId(), e.custodianId()) : Mono.empty());
                    return checks.then(keys.update(next, utc(now)))
                            .onErrorMap(KeyService::isUniqueViolation, x -> KeyProblems.slotTaken(slot))
                            .flatMap(ok -> ok ? keys.find(new UUID[] {k.projectId()}, k.id()) : Mono.error(ETags.stale()))
                            .flatMap(updated -> {
                                List<KeyEvent.Draft> drafts = new ArrayList<>();
                                if (moved) {
                                    drafts.add(KeyEvent.Draft.of(k.projectId(), k.id(), "MOVED", null, details(
                                            "from", slotText(k.cabinetName(), k.slot()), "to", slotText(updated.cabinetName(), updated.slot()))));
                                }
                                if (!changes.isEmpty()) {
                                    drafts.add(KeyEvent.Draft.of(k.projectId(), k.id(), "UPDATED", null, changes));
                                }
                                return Flux.fromIterable(drafts).concatMap(d -> ledger.append(d, caller.userId(), utc(now)))
                                        .then(Mono.just(updated));
                            });
                }))
                .flatMap(k -> view(caller, k));
    }

    Mono<KeyDeposit> deposit(Caller caller, UUID id, NewDeposit d) {
        KeyAction.requireKeeper(caller, "record key deposits");
        if ((d.allowedRoles() == null || d.allowedRoles().isEmpty()) && blankToNull(d.allowedContractor()) == null) {
            throw ApiException.invalidField("allowedRoles", "name at least one role, or an allowed contractor");
        }
        LocalDate validUntil = date(d.validUntil(), "validUntil");
        Instant now = now();
        return tx.transactional(visible(caller, id).flatMap(k -> {
            if (!"UNIT".equals(k.type())) {
                return Mono.error(ApiException.conflict("KEY_DEPOSIT_NOT_APPLICABLE", "Only UNIT keys are deposited by owners."));
            }
            if (k.status() == KeyStatus.RETIRED) {
                return Mono.error(KeyProblems.illegal(k.code(), k.status(), "deposited"));
            }
            return today(k.projectId(), now).flatMap(today -> {
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
        Instant now = now();
        return tx.transactional(visible(caller, id).flatMap(k -> {
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
                .flatMap(k -> view(caller, k));
    }

    Mono<KeyView> found(Caller caller, UUID id, String note, UUID cabinetId, Integer slot) {
        KeyAction.requireKeeper(caller, "record keys found");
        requireSlotPair(cabinetId, slot);
        Instant now = now();
        return tx.transactional(visible(caller, id).flatMap(k -> {
                    if (k.status() != KeyStatus.LOST) {
                        return Mono.error(KeyProblems.illegal(k.code(), k.status(), "found"));
                    }
                    Mono<Void> place = cabinetId == null ? Mono.empty()
                            : requireSlot(k.projectId(), cabinetId, slot, k.id()).then(keys.place(k.id(), cabinetId, slot));
                    return place.then(keys.transition(k.id(), List.of(KeyStatus.LOST), KeyStatus.AVAILABLE, true, utc(now)))
                            .onErrorMap(KeyService::isUniqueViolation, x -> KeyProblems.slotTaken(slot))
                            .flatMap(ok -> ok ? keys.find(new UUID[] {k.projectId()}, k.id())
                                    : Mono.error(KeyProblems.changedConcurrently(k.code())))
                            .flatMap(placed -> ledger.append(KeyEvent.Draft.of(k.projectId(), k.id(), "FOUND", blankToNull(note),
                                    details("slot", slotText(placed.cabinetName(), placed.slot()))), caller.userId(), utc(now))
                                    .thenReturn(placed));
                }))
                .flatMap(k -> view(caller, k));
    }

    Mono<KeyView> retire(Caller caller, UUID id, String reason) {
        KeyAction.requireKeeper(caller, "retire keys");
        String why = required(reason, "reason");
        Instant now = now();
        return tx.transactional(visible(caller, id).flatMap(k -> {
                    if (!KeyAction.RETIRE.availableFrom(k.status())) {
                        return Mono.error(KeyProblems.illegal(k.code(), k.status(), "retired"));
                    }
                    return keys.transition(k.id(), List.of(KeyStatus.AVAILABLE, KeyStatus.LOST), KeyStatus.RETIRED, false, utc(now))
                            .flatMap(ok -> ok ? ledger.append(KeyEvent.Draft.of(k.projectId(), k.id(), "RETIRED", why,
                                            details("slot", slotText(k.cabinetName(), k.slot()))), caller.userId(), utc(now))
                                    : Mono.error(KeyProblems.changedConcurrently(k.code())))
                            .then(keys.find(new UUID[] {k.projectId()}, k.id()));
                }))
                .flatMap(k -> view(caller, k));
    }

    Mono<KeyCabinet> createCabinet(Caller caller, UUID projectId, String name, String location, int slots) {
        caller.requireProject(projectId, "project");
        KeyAction.requireKeeper(caller, "add key cabinets");
        String n = required(name, "name");
        return keys.insertCabinet(projectId, n, blankToNull(location), slots, utc(now()))
                .switchIfEmpty(Mono.error(() -> ApiException.conflict("KEY_CABINET_NAME_TAKEN", "The project already has a cabinet " + n + ".")))
                .flatMap(id -> keys.cabinet(projectId, id));
    }

    // Shared with checkouts and stock-takes

    /** The key if the caller may see it: any key of their projects, or for a TECHNICIAN one they hold now; else 404. */
    Mono<Key> visible(Caller caller, UUID id) {
        return keys.find(caller.projectIdArray(), id)
                .filterWhen(k -> seesAllKeys(caller) ? Mono.just(true) : checkouts.open(new UUID[] {k.id()})
                        .any(c -> caller.userId().equals(c.borrowerUserId())))
                .switchIfEmpty(Mono.error(() -> KeyProblems.notFound(id)));
    }

    Mono<KeyView> view(Caller caller, Key k) {
        return views(caller, List.of(k), now()).map(list -> list.get(0));
    }

    Mono<List<KeyView>> views(Caller caller, List<Key> list, Instant now) {
        if (list.isEmpty()) {
            return Mono.just(List.of());
        }
        UUID[] ids = list.stream().map(Key::id).toArray(UUID[]::new);
        Mono<Map<UUID, KeyCheckout>> open = checkouts.open(ids).collectMap(KeyCheckout::keyId, Function.identity());
        Mono<Map<UUID, KeyDeposit>> deposits = keys.latestDeposits(ids).collectMap(KeyDeposit::keyId, Function.identity());
        Mono<Map<UUID, LocalDate>> today = projects.summaries(list.stream().map(Key::projectId).distinct().toList())
                .collectMap(Projects.Summary::id, p -> LocalDate.ofInstant(now, ZoneId.of(p.timezone())));
        return Mono.zip(open, deposits, today).map(t -> list.stream()
                .map(k -> KeyView.of(k, t.getT2().get(k.id()), t.getT1().get(k.id()), caller, now, t.getT3().get(k.projectId())))
                .toList());
    }

    Mono<LocalDate> today(UUID projectId, Instant now) {
        return projects.summary(projectId).map(p -> LocalDate.ofInstant(now, ZoneId.of(p.timezone())));
    }

    static boolean seesAllKeys(Caller caller) {
        return caller.seesAllKeys();
    }

    UUID[] projectIds(Caller caller, UUID projectId) {
        if (projectId != null) {
            caller.requireProject(projectId, "project");
            return new UUID[] {projectId};
        }
        return caller.projectIdArray();
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static boolean isUniqueViolation(Throwable e) {
        return e instanceof org.springframework.dao.DataIntegrityViolationException && e.getMessage() != null
                && e.getMessage().contains("duplicate key");
    }

    /** Text details for a ledger entry; null values are left out. */
    static Map<String, String> details(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                m.put(pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static String required(String value, String field) {
        String v = blankToNull(value);
        if (v == null) {
            throw ApiException.invalidField(field, "must not be blank");
        }
        return v;
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

    private static void requireSlotPair(UUID cabinetId, Integer slot) {
        if (cabinetId != null && slot == null) {
            throw ApiException.invalidField("slot", "is required with cabinetId");
        }
        if (cabinetId == null && slot != null) {
            throw ApiException.invalidField("cabinetId", "is required with slot");
        }
    }

    /** The cabinet is the project's, the slot exists and is free (or held by {@code self}). */
    private Mono<Void> requireSlot(UUID projectId, UUID cabinetId, Integer slot, UUID self) {
        return keys.cabinet(projectId, cabinetId)
                .switchIfEmpty(Mono.error(() -> ApiException.invalidField("cabinetId", "no such cabinet in this project")))
                .flatMap(c -> {
                    if (slot > c.slots()) {
                        return Mono.error(ApiException.invalidField("slot", "cabinet " + c.name() + " has " + c.slots() + " slots"));
                    }
                    return keys.inSlot(cabinetId, slot).filter(other -> !other.equals(self))
                            .flatMap(other -> Mono.<Void>error(KeyProblems.slotTaken(slot)));
                });
    }

    private Mono<Void> requireCustodian(UUID projectId, UUID custodianId) {
        if (custodianId == null) {
            return Mono.empty();
        }
        return staff.member(custodianId, projectId)
                .switchIfEmpty(Mono.error(() -> ApiException.invalidField("custodianId", "is not an active member of the project")))
                .then();
    }

    private static String slotText(String cabinet, Integer slot) {
        return cabinet == null ? null : cabinet + "#" + slot;
    }

    private static void diff(Map<String, String> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.put(field, from + " → " + to);
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException | NullPointerException e) {
            throw ApiException.invalidField(field, "is not a date (YYYY-MM-DD)");
        }
    }
}
