package dev.steward.api.inspection;

import dev.steward.api.contract.InspectionPlansApi;
import dev.steward.api.contract.model.FindingRepairOrderCreateDto;
import dev.steward.api.contract.model.FindingRepairOrderDto;
import dev.steward.api.contract.model.InspectionPlanDto;
import dev.steward.api.contract.model.InspectionPlanInputDto;
import dev.steward.api.contract.model.InspectionPlanPageDto;
import dev.steward.api.contract.model.InspectionTaskPageDto;
import dev.steward.api.contract.model.InspectionTaskStatusDto;
import dev.steward.api.contract.model.InspectionTaskSummaryDto;
import dev.steward.api.contract.model.VacantUnitDto;
import dev.steward.api.contract.model.VacantUnitPageDto;
import dev.steward.api.contract.model.VacantUnitResponsibleDto;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Idempotency;
import dev.steward.api.platform.ProjectScope;
import dev.steward.api.platform.Times;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class PlanController implements InspectionPlansApi {

    private final PlanService plans;
    private final TaskService tasks;
    private final VacantUnitService vacantUnits;
    private final FindingRepairs repairs;
    private final ProjectScope scope;
    private final Idempotency idempotency;

    PlanController(PlanService plans, TaskService tasks, VacantUnitService vacantUnits, FindingRepairs repairs, ProjectScope scope,
            Idempotency idempotency) {
        this.plans = plans;
        this.tasks = tasks;
        this.vacantUnits = vacantUnits;
        this.repairs = repairs;
        this.scope = scope;
        this.idempotency = idempotency;
    }

    @Override
    public Mono<ResponseEntity<InspectionPlanPageDto>> listInspectionPlans(Integer limit, String cursor, UUID projectId, Boolean active,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> plans.list(c, projectId, active, limit, cursor))
                .map(p -> ResponseEntity.ok(new InspectionPlanPageDto().items(p.items().stream().map(PlanDtos::plan).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<InspectionPlanDto>> createInspectionPlan(Mono<InspectionPlanInputDto> body, String idempotencyKey,
            ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, idempotencyKey, r, InspectionPlanDto.class,
                () -> scope.current().flatMap(c -> plans.create(c, PlanDtos.input(r)))
                        .map(p -> ResponseEntity.created(URI.create("/api/v1/inspection-plans/" + p.id())).eTag(ETags.of(p.version()))
                                .body(PlanDtos.plan(p)))));
    }

    @Override
    public Mono<ResponseEntity<InspectionPlanDto>> getInspectionPlan(UUID planId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> plans.get(c, planId)).map(PlanController::plan);
    }

    @Override
    public Mono<ResponseEntity<InspectionPlanDto>> updateInspectionPlan(UUID planId, Mono<InspectionPlanInputDto> body, String ifMatch,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> plans.update(c, planId, ifMatch, PlanDtos.input(r)))).map(PlanController::plan);
    }

    @Override
    public Mono<ResponseEntity<InspectionTaskPageDto>> listInspectionTasks(Integer limit, String cursor, UUID projectId,
            InspectionTaskStatusDto status, String dueFrom, String dueTo, UUID inspectorId, UUID planId, UUID unitId, Boolean late,
            ServerWebExchange exchange) {
        var filters = new TaskRepository.Query(null, status == null ? null : status.getValue(), Times.parse(dueFrom, "dueFrom"),
                Times.parse(dueTo, "dueTo"), inspectorId, planId, unitId, late, null);
        return scope.current().flatMap(c -> tasks.list(c, projectId, filters, limit, cursor))
                .map(p -> ResponseEntity.ok(new InspectionTaskPageDto().items(p.items().stream().map(PlanDtos::task).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<InspectionTaskSummaryDto>> getInspectionTaskSummary(UUID projectId, String from, String to,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> tasks.summary(c, projectId, Times.parse(from, "from"), Times.parse(to, "to")))
                .map(s -> ResponseEntity.ok(PlanDtos.summary(s)));
    }

    @Override
    public Mono<ResponseEntity<VacantUnitPageDto>> listVacantUnits(Integer limit, String cursor, UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> vacantUnits.list(c, projectId, limit, cursor))
                .map(p -> ResponseEntity.ok(new VacantUnitPageDto().items(p.items().stream().map(PlanDtos::vacantUnit).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<VacantUnitDto>> setVacantUnitResponsible(UUID unitId, Mono<VacantUnitResponsibleDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> vacantUnits.setResponsible(c, unitId, r.getUserId())))
                .map(u -> ResponseEntity.ok(PlanDtos.vacantUnit(u)));
    }

    @Override
    public Mono<ResponseEntity<FindingRepairOrderDto>> raiseFindingRepairOrder(UUID inspectionId, UUID resultId,
            Mono<FindingRepairOrderCreateDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> repairs.raise(c, inspectionId, resultId, r.getCategory(),
                        r.getPriority() == null ? null : r.getPriority().getValue(), r.getNote())))
                .map(x -> ResponseEntity.status(HttpStatus.CREATED).body(new FindingRepairOrderDto().inspectionId(x.inspectionId())
                        .resultId(x.resultId()).workOrderId(x.workOrderId()).workOrderCode(x.workOrderCode())));
    }

    private static ResponseEntity<InspectionPlanDto> plan(PlanRepository.Row p) {
        return ResponseEntity.ok().eTag(ETags.of(p.version())).body(PlanDtos.plan(p));
    }
}
