package dev.steward.api.workorder;

import dev.steward.api.contract.WorkOrdersApi;
import dev.steward.api.contract.model.ComplaintAgeBucketDto;
import dev.steward.api.contract.model.ComplaintLastNoteDto;
import dev.steward.api.contract.model.ComplaintReviewDto;
import dev.steward.api.contract.model.ComplaintReviewItemDto;
import dev.steward.api.contract.model.ReturnVisitDto;
import dev.steward.api.contract.model.WorkOrderAssignDto;
import dev.steward.api.contract.model.WorkOrderAssigneeStatsDto;
import dev.steward.api.contract.model.WorkOrderCountDto;
import dev.steward.api.contract.model.WorkOrderCountsDto;
import dev.steward.api.contract.model.WorkOrderCommentDto;
import dev.steward.api.contract.model.WorkOrderCompleteDto;
import dev.steward.api.contract.model.WorkOrderCreateDto;
import dev.steward.api.contract.model.WorkOrderDto;
import dev.steward.api.contract.model.WorkOrderEventListDto;
import dev.steward.api.contract.model.WorkOrderEventTypeDto;
import dev.steward.api.contract.model.WorkOrderNoteDto;
import dev.steward.api.contract.model.WorkOrderPageDto;
import dev.steward.api.contract.model.WorkOrderPriorityDto;
import dev.steward.api.contract.model.WorkOrderReasonDto;
import dev.steward.api.contract.model.WorkOrderStatsDto;
import dev.steward.api.contract.model.WorkOrderStatusDto;
import dev.steward.api.contract.model.WorkOrderTrendPointDto;
import dev.steward.api.contract.model.WorkOrderTypeDto;
import dev.steward.api.contract.model.WorkOrderUpdateDto;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Idempotency;
import dev.steward.api.platform.ProjectScope;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class WorkOrderController implements WorkOrdersApi {

    private final WorkOrderService service;
    private final WorkOrderTransitions transitions;
    private final ProjectScope scope;
    private final Idempotency idempotency;
    private final WorkOrderMapper mapper;

    private final WorkOrderStatsService stats;
    private final WorkOrderSearch search;
    private final WorkOrderExport export;
    private final ComplaintReviewExport complaintExport;

    WorkOrderController(WorkOrderService service, WorkOrderTransitions transitions, WorkOrderStatsService stats, WorkOrderSearch search,
            WorkOrderExport export, ComplaintReviewExport complaintExport,
            ProjectScope scope, Idempotency idempotency, WorkOrderMapper mapper) {
        this.service = service;
        this.transitions = transitions;
        this.search = search;
        this.export = export;
        this.complaintExport = complaintExport;
        this.stats = stats;
        this.scope = scope;
        this.idempotency = idempotency;
        this.mapper = mapper;
    }

    @Override
    public Mono<ResponseEntity<WorkOrderPageDto>> listWorkOrders(Integer limit, String cursor, String updatedFrom, UUID projectId,
            Set<WorkOrderStatusDto> status, WorkOrderTypeDto type, String category, WorkOrderPriorityDto priority, UUID assigneeId,
            UUID firstResponsibleId, UUID unitId, Boolean overdue, String late, Boolean rework, String q, String createdFrom,
            String createdTo, UUID buildingId, String returnVisitDueBefore, Boolean withoutUnit, Boolean unassigned, String sort,
            ServerWebExchange exchange) {
        var filters = filters(projectId, status, type, category, priority, assigneeId, firstResponsibleId, unitId, overdue, late, rework, q,
                createdFrom, createdTo, buildingId, returnVisitDueBefore, withoutUnit, unassigned, sort);
        return scope.current().flatMap(c -> search.list(c, filters, limit, cursor, updatedFrom))
                .map(p -> ResponseEntity.ok(new WorkOrderPageDto(p.items().stream().map(mapper::toDto).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderCountsDto>> countWorkOrders(UUID projectId, WorkOrderTypeDto type, String category,
            WorkOrderPriorityDto priority, UUID assigneeId, UUID firstResponsibleId, UUID unitId, Boolean overdue, String late,
            Boolean rework, String q, String createdFrom, String createdTo, UUID buildingId, String returnVisitDueBefore,
            Boolean withoutUnit, Boolean unassigned, ServerWebExchange exchange) {
        var filters = filters(projectId, null, type, category, priority, assigneeId, firstResponsibleId, unitId, overdue, late, rework, q,
                createdFrom, createdTo, buildingId, returnVisitDueBefore, withoutUnit, unassigned, null);
        return scope.current().flatMap(c -> search.counts(c, filters)).map(rows -> ResponseEntity.ok(new WorkOrderCountsDto(
                rows.stream().mapToLong(WorkOrderRepository.StatusCount::total).sum(),
                rows.stream().mapToLong(WorkOrderRepository.StatusCount::overdue).sum(),
                rows.stream().map(r -> new WorkOrderCountDto(r.status().name(), r.total())).toList())));
    }

    /** Streams the file: the response is written here, page by page, so the handler's own result stays empty. */
    @Override
    public Mono<ResponseEntity<Resource>> exportWorkOrders(String format, UUID projectId, Set<WorkOrderStatusDto> status,
            WorkOrderTypeDto type, String category, WorkOrderPriorityDto priority, UUID assigneeId, UUID firstResponsibleId,
            UUID unitId, Boolean overdue, String late, Boolean rework, String q, String createdFrom, String createdTo, UUID buildingId,
            String returnVisitDueBefore, Boolean withoutUnit, Boolean unassigned, String sort, ServerWebExchange exchange) {
        var filters = filters(projectId, status, type, category, priority, assigneeId, firstResponsibleId, unitId, overdue, late, rework, q,
                createdFrom, createdTo, buildingId, returnVisitDueBefore, withoutUnit, unassigned, sort);
        return scope.current().flatMap(c -> export.write(exchange.getResponse(), c, filters, format)).then(Mono.empty());
    }

    private static WorkOrderSearch.Filters filters(UUID projectId, Set<WorkOrderStatusDto> status, WorkOrderTypeDto type,
            String category, WorkOrderPriorityDto priority, UUID assigneeId, UUID firstResponsibleId, UUID unitId, Boolean overdue,
            String late, Boolean rework, String q, String createdFrom, String createdTo, UUID buildingId, String returnVisitDueBefore,
            Boolean withoutUnit, Boolean unassigned, String sort) {
        return new WorkOrderSearch.Filters(projectId,
                status == null ? null : status.stream().map(WorkOrderController::statusValue).toList(),
                type == null ? null : type.getValue(), category, priority == null ? null : priority.getValue(), assigneeId,
                firstResponsibleId, unitId, overdue, late, rework, q, createdFrom, createdTo, buildingId, returnVisitDueBefore, withoutUnit,
                unassigned, sort);
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> createWorkOrder(Mono<WorkOrderCreateDto> body, String key, ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, key, r, WorkOrderDto.class, () -> scope.current()
                .flatMap(c -> service.registerOnce(c, mapper.toRegistration(r)))
                .map(reg -> ResponseEntity.status(reg.earlier() ? HttpStatus.OK : HttpStatus.CREATED)
                        .location(URI.create("/api/v1/work-orders/" + reg.view().order().id()))
                        .eTag(ETags.of(reg.view().order().version())).body(mapper.toDto(reg.view())))));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> getWorkOrder(UUID workOrderId, ServerWebExchange exchange) {
        return act(c -> service.get(c, workOrderId));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> updateWorkOrder(UUID workOrderId, Mono<WorkOrderUpdateDto> body, String ifMatch,
            ServerWebExchange exchange) {
        return body.flatMap(r -> act(c -> service.update(c, workOrderId, ifMatch, mapper.toEdit(r))));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> assignWorkOrder(UUID workOrderId, Mono<WorkOrderAssignDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> act(c -> transitions.assign(c, workOrderId, r.getAssigneeId(), r.getNote())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> startWorkOrder(UUID workOrderId, Mono<WorkOrderNoteDto> body, ServerWebExchange exchange) {
        return body.defaultIfEmpty(new WorkOrderNoteDto()).flatMap(r -> act(c -> transitions.start(c, workOrderId, r.getNote())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> holdWorkOrder(UUID workOrderId, Mono<WorkOrderReasonDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> act(c -> transitions.hold(c, workOrderId, r.getReason())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> resumeWorkOrder(UUID workOrderId, Mono<WorkOrderNoteDto> body, ServerWebExchange exchange) {
        return body.defaultIfEmpty(new WorkOrderNoteDto()).flatMap(r -> act(c -> transitions.resume(c, workOrderId, r.getNote())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> completeWorkOrder(UUID workOrderId, Mono<WorkOrderCompleteDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> act(c -> transitions.complete(c, workOrderId, r.getResolution(), r.getFeeFen())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> recordReturnVisit(UUID workOrderId, Mono<ReturnVisitDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> act(c -> transitions.returnVisit(c, workOrderId, r.getReached(), r.getSatisfaction(), r.getComment())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> reopenWorkOrder(UUID workOrderId, Mono<WorkOrderReasonDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> act(c -> transitions.reopen(c, workOrderId, r.getReason())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> cancelWorkOrder(UUID workOrderId, Mono<WorkOrderReasonDto> body, ServerWebExchange exchange) {
        return body.flatMap(r -> act(c -> transitions.cancel(c, workOrderId, r.getReason())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderDto>> addWorkOrderComment(UUID workOrderId, Mono<WorkOrderCommentDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> act(c -> transitions.comment(c, workOrderId, r.getText())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderEventListDto>> listWorkOrderEvents(UUID workOrderId, Integer limit, String cursor,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.events(c, workOrderId, limit, cursor))
                .map(p -> ResponseEntity.ok(new WorkOrderEventListDto(p.items().stream().map(mapper::toDto).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<WorkOrderStatsDto>> getWorkOrderStats(UUID projectId, String from, String to,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> stats.stats(c, projectId, from, to)).map(s -> {
            WorkOrderStats.Figures o = s.overall();
            WorkOrderStatsDto dto = new WorkOrderStatsDto(s.projectId(), s.from(), s.to(), o.total(), o.completed(), o.reworkCount(),
                    counts(s.byStatus()), counts(s.byType()), counts(s.byCategory()),
                    s.byAssignee().stream().map(WorkOrderController::assignee).toList(),
                    WorkOrderStatsDto.TrendIntervalEnum.fromValue(s.trendInterval().name()),
                    s.trend().stream().map(WorkOrderController::trendPoint).toList())
                    .responseOnTimeRate(o.responseOnTimeRate()).resolutionOnTimeRate(o.resolutionOnTimeRate())
                    .meanResponseMinutes(o.meanResponseMinutes()).p90ResponseMinutes(o.p90ResponseMinutes())
                    .meanResolutionMinutes(o.meanResolutionMinutes()).p90ResolutionMinutes(o.p90ResolutionMinutes())
                    .reworkRate(o.reworkRate()).returnVisitRate(o.returnVisitRate())
                    .returnVisitOnTimeRate(o.returnVisitOnTimeRate()).meanSatisfaction(o.meanSatisfaction());
            return ResponseEntity.ok(dto);
        });
    }

    @Override
    public Mono<ResponseEntity<ComplaintReviewDto>> getComplaintReview(UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> stats.complaintReview(c, projectId))
                .map(r -> ResponseEntity.ok(new ComplaintReviewDto(r.projectId(), r.asOf(), r.total(), r.buckets().stream()
                        .map(b -> new ComplaintAgeBucketDto(ComplaintAgeBucketDto.AgeEnum.fromValue(b.age().name()),
                                (long) b.items().size(), b.items().stream().map(WorkOrderController::complaint).toList()))
                        .toList())));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportComplaintReview(String format, UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> complaintExport.write(exchange.getResponse(), c, projectId, format)).then(Mono.empty());
    }

    private static ComplaintReviewItemDto complaint(ComplaintReview.Item i) {
        return new ComplaintReviewItemDto(i.id(), i.code(), i.title(), WorkOrderStatusDto.fromValue(i.status()),
                WorkOrderPriorityDto.fromValue(i.priority()), i.firstResponsibleId(), i.firstResponsibleName(), i.createdAt(),
                i.ageMinutes(), i.overdue())
                .unitLabel(i.unitLabel()).location(i.location()).assigneeId(i.assigneeId()).assigneeName(i.assigneeName())
                .lastNote(i.lastNote() == null ? null : new ComplaintLastNoteDto(i.lastNote().at(),
                        WorkOrderEventTypeDto.fromValue(i.lastNote().type()), i.lastNote().actorName(), i.lastNote().note())
                        .actorId(i.lastNote().actorId()));
    }

    private static WorkOrderTrendPointDto trendPoint(WorkOrderStats.TrendPoint p) {
        return new WorkOrderTrendPointDto(p.start(), p.registered(), p.completed(), p.reworkCount())
                .resolutionOnTimeRate(p.resolutionOnTimeRate()).meanSatisfaction(p.meanSatisfaction());
    }

    private static List<WorkOrderCountDto> counts(List<WorkOrderStats.Count> counts) {
        return counts.stream().map(c -> new WorkOrderCountDto(c.key(), c.count())).toList();
    }

    private static WorkOrderAssigneeStatsDto assignee(WorkOrderStats.Figures f) {
        return new WorkOrderAssigneeStatsDto(f.assigneeId(), f.assigneeName(), f.total(), f.completed(), f.reworkCount())
                .responseOnTimeRate(f.responseOnTimeRate()).resolutionOnTimeRate(f.resolutionOnTimeRate())
                .meanResponseMinutes(f.meanResponseMinutes()).p90ResponseMinutes(f.p90ResponseMinutes())
                .meanResolutionMinutes(f.meanResolutionMinutes()).p90ResolutionMinutes(f.p90ResolutionMinutes())
                .reworkRate(f.reworkRate()).returnVisitRate(f.returnVisitRate())
                .returnVisitOnTimeRate(f.returnVisitOnTimeRate()).meanSatisfaction(f.meanSatisfaction());
    }

    /** The caller's view of the order after the action, with its ETag. */
    private Mono<ResponseEntity<WorkOrderDto>> act(Function<Caller, Mono<WorkOrderView>> action) {
        return scope.current().flatMap(action)
                .map(v -> ResponseEntity.ok().eTag(ETags.of(v.order().version())).body(mapper.toDto(v)));
    }

    /** A blank `status` item (`status=%20`) arrives as null: a 400 naming the parameter, not a 500. */
    private static String statusValue(WorkOrderStatusDto status) {
        if (status == null) {
            throw dev.steward.api.platform.ApiException.invalidField("status", "must be a work-order status");
        }
        return status.getValue();
    }
}
