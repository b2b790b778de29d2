package dev.steward.api.key;

import static dev.steward.api.key.KeyValues.blankToNull;
import static dev.steward.api.key.KeyValues.details;
import static dev.steward.api.key.KeyValues.isUniqueViolation;
import static dev.steward.api.key.KeyValues.required;
import static dev.steward.api.key.KeyValues.slotText;
import static dev.steward.api.key.KeyValues.utc;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.property.Projects;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The key ledger (钥匙台账): keys and cabinets, registering, editing and reading them; owner deposits and lost / found /
 * retired keys are {@link KeyCustody}, checkouts {@link KeyCheckoutService}, the chain's check {@link KeyLedgerCheck}.
 * Keepers (ADMIN, MANAGER, KEY_CUSTODIAN) change it; every change appends a custody event in the same transaction.
 * A TECHNICIAN sees only the keys they hold; every other member of a project reads all of its keys.
 */
@Service
class KeyService {

    record Filters(UUID projectId, String type, String status, UUID cabinetId, UUID holderId, Boolean overdue, String code,
            String q, OffsetDateTime lostFrom, OffsetDateTime lostTo, UUID buildingId, Boolean withoutUnit) {

        Filters(UUID projectId, String type, String status, UUID cabinetId, UUID holderId, Boolean overdue, String code, String q) {
            this(projectId, type, status, cabinetId, holderId, overdue, code, q, null, null, null, null);
        }
    }

    record NewKey(UUID projectId, String code, String type, UUID unitId, String facility, Integer copies, UUID cabinetId,
            Integer slot, UUID custodianId) {}

    /** PATCH: null means "leave as it is". */
    record Edit(String facility, Integer copies, UUID cabinetId, Integer slot, UUID custodianId) {}

    private final KeyRepository keys;
    private final KeyCheckoutRepository checkouts;
    private final KeyLedger ledger;
    private final Projects projects;
    private final Staff staff;
    private final TransactionalOperator tx;
    private final Clock clock;

    KeyService(KeyRepository keys, KeyCheckoutRepository checkouts, KeyLedger ledger, Projects projects, Staff staff,
            TransactionalOperator tx, Clock clock) {
        this.keys = keys;
        this.checkouts = checkouts;
        this.ledger = ledger;
        this.projects = projects;
        this.staff = staff;
        this.tx = tx;
        this.clock = clock;
    }

    // Reads

    Mono<Page<KeyView>> list(Caller caller, Filters f, Integer limit, String cursor, String updatedFrom) {
        int size = Page.limit(limit);
        ChangeFeed feed = ChangeFeed.of(updatedFrom, cursor);
        List<String> after = feed == null ? Cursor.decode(cursor, 2) : null;
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
                search, f.lostFrom(), f.lostTo(), f.buildingId(), f.withoutUnit(), utc(now));
        Mono<Page<Key>> found = feed != null ? feed.page(keys.changes(q, feed, size + 1), size)
                : Page.of(keys.list(q, after == null ? null : after.get(0), after == null ? null : Cursor.uuid(after.get(1)), size + 1),
                        size, k -> Cursor.encode(k.code(), k.id().toString()));
        return found.flatMap(page -> views(caller, page.items(), now).map(views -> new Page<>(views, page.nextCursor())));
    }

    Mono<KeyView> get(Caller caller, UUID id) {
        return visible(caller, id).flatMap(k -> view(caller, k));
    }

    /** The key's ledger, oldest first, keyset-paged on its sequence. */
    Mono<Page<KeyEvent>> events(Caller caller, UUID id, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 1);
        long afterSeq = after == null ? 0 : KeyValues.cursorNumber(after.get(0));
        return visible(caller, id).flatMap(k -> Page.of(ledger.forKey(k.projectId(), k.id(), afterSeq, size + 1), size,
                e -> Cursor.encode(Long.toString(e.seq()))));
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
                        .onErrorMap(KeyValues::isUniqueViolation, e -> e.getMessage().contains("keys_one_per_slot")
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
                            .onErrorMap(KeyValues::isUniqueViolation, x -> KeyProblems.slotTaken(slot))
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

    static void requireSlotPair(UUID cabinetId, Integer slot) {
        if (cabinetId != null && slot == null) {
            throw ApiException.invalidField("slot", "is required with cabinetId");
        }
        if (cabinetId == null && slot != null) {
            throw ApiException.invalidField("cabinetId", "is required with slot");
        }
    }

    /** The cabinet is the project's, the slot exists and is free (or held by {@code self}). */
    Mono<Void> requireSlot(UUID projectId, UUID cabinetId, Integer slot, UUID self) {
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

    private static void diff(Map<String, String> changes, String field, Object from, Object to) {
        if (!Objects.equals(from, to)) {
            changes.put(field, from + " → " + to);
        }
    }
}
