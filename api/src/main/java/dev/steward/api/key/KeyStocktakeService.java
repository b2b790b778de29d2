package dev.steward.api.key;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Role;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * 盘点: a stock-take snapshots the keys expected in a project or cabinet, takes scanned codes one at a time (each judged
 * at once against the snapshot), and on completion reports missing keys, keys in the wrong slot and unknown codes.
 * Keepers run stock-takes; every role but TECHNICIAN may read them.
 */
@Service
class KeyStocktakeService {

    record ScanResult(KeyStocktake.Scan scan, KeyStocktake.Tally tally) {}

    private final KeyStocktakeRepository stocktakes;
    private final KeyRepository keyRows;
    private final KeyLedger ledger;
    private final KeyService keys;
    private final TransactionalOperator tx;

    KeyStocktakeService(KeyStocktakeRepository stocktakes, KeyRepository keyRows, KeyLedger ledger, KeyService keys,
            TransactionalOperator tx) {
        this.stocktakes = stocktakes;
        this.keyRows = keyRows;
        this.ledger = ledger;
        this.keys = keys;
        this.tx = tx;
    }

    Mono<Page<KeyStocktake.Summary>> list(Caller caller, UUID projectId, String status, Integer limit, String cursor) {
        requireReader(caller);
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        return Page.of(stocktakes.list(keys.projectIds(caller, projectId), status, after == null ? null : Cursor.time(after.get(0)),
                after == null ? null : Cursor.uuid(after.get(1)), size + 1), size,
                s -> Cursor.encode(s.startedAt().toString(), s.id().toString()));
    }

    Mono<KeyStocktake> get(Caller caller, UUID id) {
        requireReader(caller);
        return visible(caller, id).flatMap(this::report);
    }

    Mono<KeyStocktake> start(Caller caller, UUID projectId, UUID cabinetId) {
        caller.requireProject(projectId, "project");
        KeyAction.requireKeeper(caller, "run stock-takes");
        Instant now = keys.now();
        Mono<String> cabinetName = cabinetId == null ? Mono.just("")
                : keyRows.cabinet(projectId, cabinetId).map(KeyCabinet::name)
                        .switchIfEmpty(Mono.error(() -> ApiException.invalidField("cabinetId", "no such cabinet in this project")));
        return tx.transactional(cabinetName.flatMap(name -> stocktakes.insert(projectId, cabinetId, caller.userId(), KeyValues.utc(now))
                        .switchIfEmpty(Mono.error(() -> ApiException.conflict("KEY_STOCKTAKE_OPEN",
                                "A stock-take of " + (cabinetId == null ? "this project" : "cabinet " + name) + " is already open.")))
                        .flatMap(id -> stocktakes.snapshot(id, projectId, cabinetId)
                                .flatMap(n -> ledger.append(new KeyEvent.Draft(projectId, null, "STOCKTAKE_STARTED", null, id, null,
                                        KeyValues.details("cabinet", name.isEmpty() ? null : name, "keys", n.toString())),
                                        caller.userId(), KeyValues.utc(now)))
                                .then(stocktakes.find(new UUID[] {projectId}, id)))))
                .flatMap(this::report);
    }

    /** Judges one scanned code against the snapshot; scans of one stock-take are serialised by a row lock. */
    Mono<ScanResult> scan(Caller caller, UUID id, String keyCode, Integer slot) {
        KeyAction.requireKeeper(caller, "run stock-takes");
        String code = KeyValues.required(keyCode, "keyCode").toUpperCase(Locale.ROOT);
        Instant now = keys.now();
        return tx.transactional(visible(caller, id).flatMap(s -> stocktakes.lock(s.id()).flatMap(status -> {
                    if (!"OPEN".equals(status)) {
                        return Mono.error(closed(status));
                    }
                    return stocktakes.item(s.id(), code).map(Optional::of).defaultIfEmpty(Optional.empty())
                            .zipWith(stocktakes.counted(s.id(), code))
                            .flatMap(t -> t.getT1().isPresent() ? Mono.just(judge(t.getT1().get(), t.getT2(), slot))
                                    : keyRows.findByCode(s.projectId(), code)
                                            .map(k -> new Judgement(k.id(), null, "NOT_EXPECTED"))
                                            .defaultIfEmpty(new Judgement(null, null, "UNKNOWN")))
                            .flatMap(j -> stocktakes.insertScan(s.id(), code, j.keyId(), slot, j.expectedSlot(), j.result(), caller.userId(),
                                            KeyValues.utc(now))
                                    .flatMap(scanId -> ledger.append(new KeyEvent.Draft(s.projectId(), j.keyId(), "STOCKTAKE_SCANNED", null,
                                                    s.id(), null, KeyValues.details("code", code, "slot", slot == null ? null : slot.toString(),
                                                            "result", j.result())), caller.userId(), KeyValues.utc(now))
                                            .then(stocktakes.scans(s.id()).filter(x -> x.id().equals(scanId)).next())));
                })))
                .flatMap(scan -> stocktakes.find(caller.projectIdArray(), id).map(s -> new ScanResult(scan, s.tally())));
    }

    Mono<KeyStocktake> complete(Caller caller, UUID id) {
        KeyAction.requireKeeper(caller, "run stock-takes");
        Instant now = keys.now();
        return tx.transactional(visible(caller, id).flatMap(s -> stocktakes.complete(s.id(), caller.userId(), KeyValues.utc(now))
                        .flatMap(ok -> ok ? stocktakes.find(new UUID[] {s.projectId()}, s.id()) : Mono.error(closed(s.status())))
                        .flatMap(done -> ledger.append(new KeyEvent.Draft(s.projectId(), null, "STOCKTAKE_COMPLETED", null, s.id(), null,
                                        KeyValues.details("expected", str(done.tally().expected()), "found", str(done.tally().found()),
                                                "missing", str(done.tally().remaining()), "wrongSlot", str(done.tally().wrongSlot()),
                                                "unknown", str(done.tally().unknown()))), caller.userId(), KeyValues.utc(now))
                                .thenReturn(done))))
                .flatMap(this::report);
    }

    /** Abandons an open stock-take: no report, a STOCKTAKE_CANCELLED entry with the reason, and the scope is free again. */
    Mono<KeyStocktake> cancel(Caller caller, UUID id, String reason) {
        KeyAction.requireKeeper(caller, "run stock-takes");
        String why = KeyValues.required(reason, "reason");
        Instant now = keys.now();
        return tx.transactional(visible(caller, id).flatMap(s -> stocktakes.cancel(s.id(), caller.userId(), KeyValues.utc(now), why)
                        .flatMap(ok -> ok ? ledger.append(new KeyEvent.Draft(s.projectId(), null, "STOCKTAKE_CANCELLED", null, s.id(), why,
                                        KeyValues.details("scans", str(s.tally().scans()))), caller.userId(), KeyValues.utc(now))
                                : Mono.error(closed(s.status())))
                        .then(stocktakes.find(new UUID[] {s.projectId()}, s.id()))))
                .flatMap(this::report);
    }

    private record Judgement(UUID keyId, Integer expectedSlot, String result) {}

    private static Judgement judge(KeyStocktake.Item item, boolean alreadyCounted, Integer slot) {
        if (!item.expected()) {
            return new Judgement(item.keyId(), item.slot(), "CHECKED_OUT");
        }
        if (alreadyCounted) {
            return new Judgement(item.keyId(), item.slot(), "ALREADY_SCANNED");
        }
        boolean wrongSlot = slot != null && !slot.equals(item.slot());
        return new Judgement(item.keyId(), item.slot(), wrongSlot ? "WRONG_SLOT" : "FOUND");
    }

    /** The report from the snapshot and the scans: what is missing (so far), misplaced, unknown or out on loan. */
    private Mono<KeyStocktake> report(KeyStocktake.Summary s) {
        return Mono.zip(stocktakes.items(s.id()).collectList(), stocktakes.scans(s.id()).collectList()).map(t -> {
            Set<UUID> counted = new HashSet<>();
            Map<UUID, Integer> scannedSlot = new HashMap<>();
            for (KeyStocktake.Scan x : t.getT2()) {
                if ("FOUND".equals(x.result()) || "WRONG_SLOT".equals(x.result())) {
                    counted.add(x.keyId());
                    scannedSlot.put(x.keyId(), x.slot());
                }
            }
            List<KeyStocktake.Item> items = t.getT1();
            List<KeyStocktake.Line> missing = items.stream().filter(i -> i.expected() && !counted.contains(i.keyId()))
                    .map(i -> line(i, null)).toList();
            List<KeyStocktake.Line> wrongSlot = t.getT2().stream().filter(x -> "WRONG_SLOT".equals(x.result()))
                    .flatMap(x -> items.stream().filter(i -> i.keyId().equals(x.keyId())).map(i -> line(i, x.slot()))).toList();
            List<KeyStocktake.Scan> unknown = t.getT2().stream()
                    .filter(x -> "UNKNOWN".equals(x.result()) || "NOT_EXPECTED".equals(x.result())).toList();
            List<KeyStocktake.Line> out = items.stream().filter(i -> !i.expected()).map(i -> line(i, null)).toList();
            return new KeyStocktake(s, missing, wrongSlot, unknown, out, t.getT2());
        });
    }

    private static KeyStocktake.Line line(KeyStocktake.Item i, Integer scannedSlot) {
        return new KeyStocktake.Line(i.keyId(), i.code(), i.type(), i.label(), i.cabinetName(), i.slot(), scannedSlot, i.holderName());
    }

    private Mono<KeyStocktake.Summary> visible(Caller caller, UUID id) {
        return stocktakes.find(caller.projectIdArray(), id)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("stock-take", id)));
    }

    private static void requireReader(Caller caller) {
        caller.requireRole("read stock-takes", Role.ADMIN, Role.MANAGER, Role.KEY_CUSTODIAN, Role.AGENT, Role.INTEGRATION);
    }

    private static ApiException closed(String status) {
        return "CANCELLED".equals(status)
                ? ApiException.conflict("KEY_STOCKTAKE_CANCELLED", "This stock-take was cancelled; start a new one.")
                : ApiException.conflict("KEY_STOCKTAKE_COMPLETED", "This stock-take is completed; start a new one.");
    }

    private static String str(int n) {
        return Integer.toString(n);
    }
}
