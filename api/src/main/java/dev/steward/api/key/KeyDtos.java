package dev.steward.api.key;

import dev.steward.api.contract.model.KeyActionDto;
import dev.steward.api.contract.model.KeyCabinetDto;
import dev.steward.api.contract.model.KeyCheckoutDto;
import dev.steward.api.contract.model.KeyDepositDto;
import dev.steward.api.contract.model.KeyDto;
import dev.steward.api.contract.model.KeyEventDto;
import dev.steward.api.contract.model.KeyEventTypeDto;
import dev.steward.api.contract.model.KeyStatusDto;
import dev.steward.api.contract.model.KeyStocktakeDto;
import dev.steward.api.contract.model.KeyStocktakeLineDto;
import dev.steward.api.contract.model.KeyStocktakeScanDto;
import dev.steward.api.contract.model.KeyStocktakeScanResultTypeDto;
import dev.steward.api.contract.model.KeyStocktakeStatusDto;
import dev.steward.api.contract.model.KeyStocktakeSummaryDto;
import dev.steward.api.contract.model.KeyStocktakeTallyDto;
import dev.steward.api.contract.model.KeyTypeDto;
import dev.steward.api.contract.model.RoleDto;
import dev.steward.api.platform.Phones;
import java.util.LinkedHashSet;
import java.util.List;

/** Key-management records → contract DTOs (by hand: the views nest and mask, which a generated mapper would hide). */
final class KeyDtos {

    private KeyDtos() {}

    static KeyDto key(KeyView v) {
        Key k = v.key();
        return new KeyDto(k.id(), k.code(), k.projectId(), KeyTypeDto.fromValue(k.type()), k.copies(), KeyStatusDto.fromValue(k.status().name()),
                k.maxLoanMinutes(), new LinkedHashSet<>(v.allowedActions().stream().map(a -> KeyActionDto.fromValue(a.name())).toList()),
                k.version(), k.createdAt(), k.updatedAt())
                .unitId(k.unitId()).unitLabel(k.unitLabel()).facility(k.facility()).cabinetId(k.cabinetId()).cabinetName(k.cabinetName())
                .slot(k.slot()).custodianId(k.custodianId()).custodianName(k.custodianName())
                .lockChangeWorkOrderId(k.lockChangeWorkOrderId())
                .deposit(v.deposit() == null ? null : deposit(v.deposit(), v.depositValid(), v.fullPhones()))
                .openCheckout(v.openCheckout() == null ? null
                        : checkout(new KeyCheckoutService.View(v.openCheckout(), v.overdue(), v.fullPhones())));
    }

    static KeyDepositDto deposit(KeyDeposit d, boolean valid, boolean fullPhone) {
        return new KeyDepositDto(d.id(), d.keyId(), d.depositorName(), fullPhone ? d.depositorPhone() : Phones.mask(d.depositorPhone()),
                d.authorizationRef(), d.validUntil(), d.allowedRoles().stream().map(RoleDto::fromValue).toList(), d.depositedAt(),
                d.receivedById(), d.receivedByName(), valid)
                .allowedContractor(d.allowedContractor()).ownerContact(d.ownerContact()).note(d.note());
    }

    static KeyCheckoutDto checkout(KeyCheckoutService.View v) {
        KeyCheckout c = v.checkout();
        return new KeyCheckoutDto(c.id(), c.keyId(), c.keyCode(), c.projectId(), c.borrowerName(), c.purpose(), c.emergency(),
                c.approvedById(), c.approvedByName(), c.issuedById(), c.issuedByName(), c.checkedOutAt(), c.dueAt(), c.open(), v.overdue())
                .keyType(KeyTypeDto.fromValue(c.keyType())).keyLabel(c.keyLabel()).borrowerUserId(c.borrowerUserId())
                .borrowerPhone(c.borrowerPhone() == null ? null : v.fullPhone() ? c.borrowerPhone() : Phones.mask(c.borrowerPhone()))
                .borrowerIdLast4(c.borrowerIdLast4()).borrowerCompany(c.borrowerCompany()).workOrderId(c.workOrderId()).inspectionTaskId(c.inspectionTaskId())
                .workOrderCode(c.workOrderCode()).emergencyReason(c.emergencyReason()).returnedAt(c.returnedAt())
                .returnedToId(c.returnedToId()).returnedToName(c.returnedToName())
                .condition(c.condition() == null ? null : KeyCheckoutDto.ConditionEnum.fromValue(c.condition())).notes(c.notes());
    }

    static KeyCabinetDto cabinet(KeyCabinet c) {
        return new KeyCabinetDto(c.id(), c.projectId(), c.name(), c.slots(), c.occupiedSlots().size(), c.keyCount(), c.createdAt())
                .location(c.location()).occupiedSlots(c.occupiedSlots());
    }

    static KeyEventDto event(KeyEvent e) {
        return new KeyEventDto(e.id(), e.seq(), e.projectId(), KeyEventTypeDto.fromValue(e.type()), e.actorId(), e.actorName(), e.at(),
                e.hash(), e.prevHash())
                .keyId(e.keyId()).keyCode(e.keyCode()).checkoutId(e.checkoutId()).stocktakeId(e.stocktakeId()).note(e.note())
                .details(e.details());
    }

    static KeyStocktakeTallyDto tally(KeyStocktake.Tally t) {
        return new KeyStocktakeTallyDto(t.expected(), t.found(), t.wrongSlot(), t.remaining(), t.unknown(), t.scans());
    }

    static KeyStocktakeSummaryDto stocktakeSummary(KeyStocktake.Summary s) {
        return new KeyStocktakeSummaryDto(s.id(), s.projectId(), KeyStocktakeStatusDto.fromValue(s.status()), s.startedById(),
                s.startedByName(), s.startedAt(), tally(s.tally()))
                .cabinetId(s.cabinetId()).cabinetName(s.cabinetName()).completedAt(s.completedAt()).cancelReason(s.cancelReason());
    }

    static KeyStocktakeDto stocktake(KeyStocktake st) {
        KeyStocktake.Summary s = st.summary();
        return new KeyStocktakeDto(s.id(), s.projectId(), KeyStocktakeStatusDto.fromValue(s.status()), s.startedById(),
                s.startedByName(), s.startedAt(), tally(s.tally()), lines(st.missing()), lines(st.wrongSlot()),
                st.unknown().stream().map(KeyDtos::scan).toList(), lines(st.checkedOut()), st.scans().stream().map(KeyDtos::scan).toList())
                .cabinetId(s.cabinetId()).cabinetName(s.cabinetName()).completedAt(s.completedAt()).cancelReason(s.cancelReason());
    }

    static KeyStocktakeScanDto scan(KeyStocktake.Scan x) {
        return new KeyStocktakeScanDto(x.id(), x.keyCode(), KeyStocktakeScanResultTypeDto.fromValue(x.result()), x.scannedAt(),
                x.scannedByName())
                .keyId(x.keyId()).slot(x.slot()).expectedSlot(x.expectedSlot());
    }

    private static List<KeyStocktakeLineDto> lines(List<KeyStocktake.Line> lines) {
        return lines.stream().map(l -> new KeyStocktakeLineDto(l.keyId(), l.code(), KeyTypeDto.fromValue(l.type()))
                .label(l.label()).cabinetName(l.cabinetName()).expectedSlot(l.expectedSlot()).scannedSlot(l.scannedSlot())
                .holderName(l.holderName())).toList();
    }
}
