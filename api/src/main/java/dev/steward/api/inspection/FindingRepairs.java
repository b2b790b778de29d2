package dev.steward.api.inspection;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.workorder.WorkOrders;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * A finding of a vacant-unit patrol (a leak, damage) raises a REPAIR order for the unit, through the work-order facade,
 * linked to the finding (one per finding: the result row is locked first, so two raises at once give one order and a 409).
 */
@Service
class FindingRepairs {

    record Raised(UUID inspectionId, UUID resultId, UUID workOrderId, String workOrderCode) {}

    private final InspectionRepository inspections;
    private final RectificationRepository rectifications;
    private final VacantUnitRepository units;
    private final TemplateService templates;
    private final WorkOrders workOrders;
    private final Staff staff;
    private final TransactionalOperator tx;

    FindingRepairs(InspectionRepository inspections, RectificationRepository rectifications, VacantUnitRepository units,
            TemplateService templates, WorkOrders workOrders, Staff staff, TransactionalOperator tx) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.units = units;
        this.templates = templates;
        this.workOrders = workOrders;
        this.staff = staff;
        this.tx = tx;
    }

    Mono<Raised> raise(Caller caller, UUID inspectionId, UUID resultId, String category, String priority, String note) {
        InspectionRoles.requireInspector(caller, "raise repair orders from findings");
        return tx.transactional(rectifications.lockResult(resultId)
                .then(inspections.result(caller.projectIdArray(), inspectionId, resultId))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("inspection result", resultId)))
                .flatMap(ref -> {
                    if (!"SUBMITTED".equals(ref.inspectionStatus()) || !"MISSING".equals(ref.status())) {
                        return Mono.error(ApiException.conflict("NOT_A_FINDING",
                                "Only a MISSING check point of a submitted inspection is a finding that takes a repair order."));
                    }
                    return units.repairOrder(resultId)
                            .flatMap(existing -> Mono.<VacantUnitRepository.PatrolUnit>error(ApiException.conflict("REPAIR_ORDER_EXISTS",
                                    "This finding already has a repair order.")))
                            .switchIfEmpty(units.unitOf(inspectionId))
                            .switchIfEmpty(Mono.error(() -> ApiException.conflict("FINDING_HAS_NO_UNIT",
                                    "Only a patrol of a unit (a vacant-unit task) raises a repair order for the unit.")))
                            .flatMap(unit -> order(caller, ref, unit, category, priority, note))
                            .flatMap(order -> units.linkRepair(resultId, order.id())
                                    .thenReturn(new Raised(inspectionId, resultId, order.id(), order.code())));
                }));
    }

    private Mono<WorkOrders.Ref> order(Caller caller, InspectionRepository.ResultRef ref, VacantUnitRepository.PatrolUnit unit, String category,
            String priority, String note) {
        return inspections.find(caller.projectIdArray(), ref.inspectionId())
                .zipWith(staff.member(caller.userId(), ref.projectId())
                        .switchIfEmpty(Mono.error(() -> ApiException.roleRequired("raise repair orders in this project"))))
                .flatMap(t -> templates.version(t.getT1().versionId()).flatMap(v -> {
                    TemplateVersion.Place p = v.place(ref.checkPointId());
                    String finding = "巡查发现 " + t.getT1().code() + "（" + v.rubric().name().zh() + "，" + unit.label() + "）：" + p.item().name().zh()
                            + " › " + p.checkPoint().code() + " " + p.checkPoint().text().zh();
                    String description = finding + (note == null || note.isBlank() ? "" : "。" + note.strip());
                    String title = cut(unit.label() + " " + p.item().name().zh() + "：" + p.checkPoint().text().zh(), 200);
                    return workOrders.registerRepairFromInspection(caller, ref.projectId(), unit.unitId(), category,
                            priority == null ? "NORMAL" : priority, title, cut(description, 4000), t.getT2().displayName(),
                            t.getT2().phone() == null ? "0000" : t.getT2().phone());
                }));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
