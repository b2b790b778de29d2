package dev.steward.api.key;

import dev.steward.api.contract.KeysApi;
import dev.steward.api.contract.model.KeyCabinetCreateDto;
import dev.steward.api.contract.model.KeyCabinetDto;
import dev.steward.api.contract.model.KeyCabinetListDto;
import dev.steward.api.contract.model.KeyCheckoutCreateDto;
import dev.steward.api.contract.model.KeyCheckoutDto;
import dev.steward.api.contract.model.KeyCheckoutPageDto;
import dev.steward.api.contract.model.KeyCreateDto;
import dev.steward.api.contract.model.KeyDepositCreateDto;
import dev.steward.api.contract.model.KeyDepositDto;
import dev.steward.api.contract.model.KeyDto;
import dev.steward.api.contract.model.KeyEventListDto;
import dev.steward.api.contract.model.KeyFoundDto;
import dev.steward.api.contract.model.KeyLedgerVerificationDto;
import dev.steward.api.contract.model.KeyPageDto;
import dev.steward.api.contract.model.KeyReasonDto;
import dev.steward.api.contract.model.KeyReturnDto;
import dev.steward.api.contract.model.KeyStatusDto;
import dev.steward.api.contract.model.KeyStocktakeCancelDto;
import dev.steward.api.contract.model.KeyStocktakeCreateDto;
import dev.steward.api.contract.model.KeyStocktakeDto;
import dev.steward.api.contract.model.KeyStocktakePageDto;
import dev.steward.api.contract.model.KeyStocktakeStatusDto;
import dev.steward.api.contract.model.KeyStocktakeScanCreateDto;
import dev.steward.api.contract.model.KeyStocktakeScanResultDto;
import dev.steward.api.contract.model.KeyTypeDto;
import dev.steward.api.contract.model.KeyUpdateDto;
import dev.steward.api.contract.model.RoleDto;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Idempotency;
import dev.steward.api.platform.ProjectScope;
import dev.steward.api.platform.Times;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class KeyController implements KeysApi {

    private final KeyService keys;
    private final KeyCustody custody;
    private final KeyLedgerCheck ledgerCheck;
    private final KeyCheckoutService checkouts;
    private final KeyStocktakeService stocktakes;
    private final ProjectScope scope;
    private final Idempotency idempotency;
    private final KeyExports exports;
    private final KeyCabinetList cabinets;

    KeyController(KeyService keys, KeyCustody custody, KeyLedgerCheck ledgerCheck, KeyCheckoutService checkouts, KeyStocktakeService stocktakes, ProjectScope scope,
            Idempotency idempotency, KeyExports exports, KeyCabinetList cabinets) {
        this.exports = exports;
        this.cabinets = cabinets;
        this.keys = keys;
        this.custody = custody;
        this.ledgerCheck = ledgerCheck;
        this.checkouts = checkouts;
        this.stocktakes = stocktakes;
        this.scope = scope;
        this.idempotency = idempotency;
    }

    @Override
    public Mono<ResponseEntity<KeyPageDto>> listKeys(Integer limit, String cursor, String updatedFrom, UUID projectId, KeyTypeDto type, KeyStatusDto status,
            UUID cabinetId, UUID holderId, Boolean overdue, String code, String q, String lostFrom, String lostTo, UUID buildingId,
            Boolean withoutUnit, ServerWebExchange exchange) {
        var filters = filters(projectId, type, status, cabinetId, holderId, overdue, code, q, lostFrom, lostTo, buildingId, withoutUnit);
        return scope.current().flatMap(c -> keys.list(c, filters, limit, cursor, updatedFrom))
                .map(p -> ResponseEntity.ok(new KeyPageDto(p.items().stream().map(KeyDtos::key).toList()).nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportKeys(String format, UUID projectId, KeyTypeDto type, KeyStatusDto status, UUID cabinetId,
            UUID holderId, Boolean overdue, String code, String q, String lostFrom, String lostTo, UUID buildingId, Boolean withoutUnit,
            ServerWebExchange exchange) {
        var filters = filters(projectId, type, status, cabinetId, holderId, overdue, code, q, lostFrom, lostTo, buildingId, withoutUnit);
        return scope.current().flatMap(c -> exports.keys(exchange.getResponse(), c, filters, format)).then(Mono.empty());
    }

    /** The list's filters, the same for its export (a drill-down exported is the list on screen). */
    private static KeyService.Filters filters(UUID projectId, KeyTypeDto type, KeyStatusDto status, UUID cabinetId, UUID holderId,
            Boolean overdue, String code, String q, String lostFrom, String lostTo, UUID buildingId, Boolean withoutUnit) {
        return new KeyService.Filters(projectId, type == null ? null : type.getValue(), status == null ? null : status.getValue(),
                cabinetId, holderId, overdue, code, q, Times.parse(lostFrom, "lostFrom"), Times.parse(lostTo, "lostTo"), buildingId,
                withoutUnit);
    }

    @Override
    public Mono<ResponseEntity<KeyDto>> createKey(Mono<KeyCreateDto> body, String key, ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, key, r, KeyDto.class, () -> scope.current()
                .flatMap(c -> keys.create(c, new KeyService.NewKey(r.getProjectId(), r.getCode(), r.getType().getValue(), r.getUnitId(),
                        r.getFacility(), r.getCopies(), r.getCabinetId(), r.getSlot(), r.getCustodianId())))
                .map(v -> ResponseEntity.created(URI.create("/api/v1/keys/" + v.key().id())).eTag(ETags.of(v.key().version()))
                        .body(KeyDtos.key(v)))));
    }

    @Override
    public Mono<ResponseEntity<KeyDto>> getKey(UUID keyId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> keys.get(c, keyId)).map(KeyController::withETag);
    }

    @Override
    public Mono<ResponseEntity<KeyDto>> updateKey(UUID keyId, Mono<KeyUpdateDto> body, String ifMatch, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> keys.update(c, keyId, ifMatch,
                        new KeyService.Edit(r.getFacility(), r.getCopies(), r.getCabinetId(), r.getSlot(), r.getCustodianId()))))
                .map(KeyController::withETag);
    }

    @Override
    public Mono<ResponseEntity<KeyEventListDto>> listKeyEvents(UUID keyId, Integer limit, String cursor, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> keys.events(c, keyId, limit, cursor))
                .map(p -> ResponseEntity.ok(new KeyEventListDto(p.items().stream().map(KeyDtos::event).toList()).nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<KeyDepositDto>> createKeyDeposit(UUID keyId, Mono<KeyDepositCreateDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> custody.deposit(c, keyId, new KeyCustody.NewDeposit(r.getDepositorName(),
                                r.getDepositorPhone(), r.getAuthorizationRef(), r.getValidUntil(),
                                r.getAllowedRoles() == null ? null : r.getAllowedRoles().stream().map(RoleDto::getValue).distinct().toList(),
                                r.getAllowedContractor(), r.getOwnerContact(), r.getNote()))))
                // Only keepers record deposits, and only deposits valid today are accepted: valid, phone in full.
                .map(d -> KeyDtos.deposit(d, true, true))
                .map(d -> ResponseEntity.status(HttpStatus.CREATED).body(d));
    }

    @Override
    public Mono<ResponseEntity<KeyCheckoutDto>> checkOutKey(UUID keyId, Mono<KeyCheckoutCreateDto> body, String key,
            ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, key, r, KeyCheckoutDto.class, () -> scope.current()
                .flatMap(c -> checkouts.checkOut(c, keyId, new KeyCheckoutService.NewCheckout(r.getBorrowerUserId(),
                        r.getBorrower() == null ? null : new KeyCheckoutService.ExternalBorrower(r.getBorrower().getName(),
                                r.getBorrower().getPhone(), r.getBorrower().getIdLast4(), r.getBorrower().getCompany()),
                        r.getPurpose(), r.getDueAt(), r.getApprovedById(), r.getWorkOrderId(), r.getInspectionTaskId(),
                        Boolean.TRUE.equals(r.getEmergency()), r.getEmergencyReason(), r.getNotes())))
                .map(v -> ResponseEntity.created(URI.create("/api/v1/key-checkouts/" + v.checkout().id())).body(KeyDtos.checkout(v)))));
    }

    @Override
    public Mono<ResponseEntity<KeyCheckoutDto>> returnKey(UUID checkoutId, Mono<KeyReturnDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> checkouts.giveBack(c, checkoutId,
                        r.getCondition() == null ? null : r.getCondition().getValue(), r.getNotes())))
                .map(v -> ResponseEntity.ok(KeyDtos.checkout(v)));
    }

    @Override
    public Mono<ResponseEntity<KeyCheckoutPageDto>> listKeyCheckouts(Integer limit, String cursor, String updatedFrom, UUID projectId, UUID keyId,
            Boolean open, Boolean overdue, UUID borrowerUserId, Boolean late, String checkedOutFrom, String checkedOutTo, UUID buildingId,
            Boolean withoutUnit, ServerWebExchange exchange) {
        var filters = new KeyCheckoutService.Filters(projectId, keyId, open, overdue, borrowerUserId, late,
                Times.parse(checkedOutFrom, "checkedOutFrom"), Times.parse(checkedOutTo, "checkedOutTo"), buildingId, withoutUnit);
        return scope.current().flatMap(c -> checkouts.list(c, filters, limit, cursor, updatedFrom))
                .map(p -> ResponseEntity.ok(new KeyCheckoutPageDto(p.items().stream().map(KeyDtos::checkout).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportKeyCheckouts(String format, UUID projectId, UUID keyId, Boolean open, Boolean overdue,
            UUID borrowerUserId, Boolean late, String checkedOutFrom, String checkedOutTo, UUID buildingId, Boolean withoutUnit,
            ServerWebExchange exchange) {
        var filters = new KeyCheckoutService.Filters(projectId, keyId, open, overdue, borrowerUserId, late,
                Times.parse(checkedOutFrom, "checkedOutFrom"), Times.parse(checkedOutTo, "checkedOutTo"), buildingId, withoutUnit);
        return scope.current().flatMap(c -> exports.checkouts(exchange.getResponse(), c, filters, format)).then(Mono.empty());
    }

    @Override
    public Mono<ResponseEntity<KeyDto>> reportKeyLost(UUID keyId, Mono<KeyReasonDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> custody.reportLost(c, keyId, r.getReason()))).map(KeyController::withETag);
    }

    @Override
    public Mono<ResponseEntity<KeyDto>> markKeyFound(UUID keyId, Mono<KeyFoundDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> custody.found(c, keyId, r.getNote(), r.getCabinetId(), r.getSlot())))
                .map(KeyController::withETag);
    }

    @Override
    public Mono<ResponseEntity<KeyDto>> retireKey(UUID keyId, Mono<KeyReasonDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> custody.retire(c, keyId, r.getReason()))).map(KeyController::withETag);
    }

    @Override
    public Mono<ResponseEntity<KeyLedgerVerificationDto>> verifyKeyLedger(UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> ledgerCheck.verify(c, projectId))
                .map(v -> ResponseEntity.ok(new KeyLedgerVerificationDto(v.projectId(), v.intact(), v.checked())
                        .firstBrokenEventId(v.firstBrokenEventId()).firstBrokenSeq(v.firstBrokenSeq())
                        .reason(v.reason() == null ? null : KeyLedgerVerificationDto.ReasonEnum.fromValue(v.reason()))));
    }

    @Override
    public Mono<ResponseEntity<KeyCabinetListDto>> listKeyCabinets(Integer limit, String cursor, UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> cabinets.list(c, projectId, limit, cursor))
                .map(p -> ResponseEntity.ok(new KeyCabinetListDto(p.items().stream().map(KeyDtos::cabinet).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<KeyCabinetDto>> createKeyCabinet(Mono<KeyCabinetCreateDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> keys.createCabinet(c, r.getProjectId(), r.getName(), r.getLocation(),
                        r.getSlots())))
                .map(cab -> ResponseEntity.status(HttpStatus.CREATED).body(KeyDtos.cabinet(cab)));
    }

    @Override
    public Mono<ResponseEntity<KeyStocktakePageDto>> listKeyStocktakes(Integer limit, String cursor, UUID projectId,
            KeyStocktakeStatusDto status, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> stocktakes.list(c, projectId, status == null ? null : status.getValue(), limit, cursor))
                .map(p -> ResponseEntity.ok(new KeyStocktakePageDto(p.items().stream().map(KeyDtos::stocktakeSummary).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<KeyStocktakeDto>> startKeyStocktake(Mono<KeyStocktakeCreateDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> stocktakes.start(c, r.getProjectId(), r.getCabinetId())))
                .map(s -> ResponseEntity.status(HttpStatus.CREATED).body(KeyDtos.stocktake(s)));
    }

    @Override
    public Mono<ResponseEntity<KeyStocktakeDto>> getKeyStocktake(UUID stocktakeId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> stocktakes.get(c, stocktakeId)).map(s -> ResponseEntity.ok(KeyDtos.stocktake(s)));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportKeyStocktake(UUID stocktakeId, String format, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> exports.stocktake(exchange.getResponse(), c, stocktakeId, format)).then(Mono.empty());
    }

    @Override
    public Mono<ResponseEntity<KeyStocktakeScanResultDto>> scanKeyStocktake(UUID stocktakeId, Mono<KeyStocktakeScanCreateDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> stocktakes.scan(c, stocktakeId, r.getKeyCode(), r.getSlot())))
                .map(s -> ResponseEntity.status(HttpStatus.CREATED)
                        .body(new KeyStocktakeScanResultDto(KeyDtos.scan(s.scan()), KeyDtos.tally(s.tally()))));
    }

    @Override
    public Mono<ResponseEntity<KeyStocktakeDto>> completeKeyStocktake(UUID stocktakeId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> stocktakes.complete(c, stocktakeId)).map(s -> ResponseEntity.ok(KeyDtos.stocktake(s)));
    }

    @Override
    public Mono<ResponseEntity<KeyStocktakeDto>> cancelKeyStocktake(UUID stocktakeId, Mono<KeyStocktakeCancelDto> body,
            ServerWebExchange exchange) {
        return scope.current().zipWith(body).flatMap(t -> stocktakes.cancel(t.getT1(), stocktakeId, t.getT2().getReason()))
                .map(s -> ResponseEntity.ok(KeyDtos.stocktake(s)));
    }

    private static ResponseEntity<KeyDto> withETag(KeyView v) {
        return ResponseEntity.ok().eTag(ETags.of(v.key().version())).body(KeyDtos.key(v));
    }
}
