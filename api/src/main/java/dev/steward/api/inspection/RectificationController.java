package dev.steward.api.inspection;

import dev.steward.api.contract.RectificationsApi;
import dev.steward.api.contract.model.RectificationCreateDto;
import dev.steward.api.contract.model.RectificationDto;
import dev.steward.api.contract.model.RectificationPageDto;
import dev.steward.api.contract.model.RectificationStatusDto;
import dev.steward.api.contract.model.RectificationSummaryDto;
import dev.steward.api.contract.model.ReinspectionDto;
import dev.steward.api.contract.model.ReinspectionResultDto;
import dev.steward.api.platform.Idempotency;
import dev.steward.api.platform.ProjectScope;
import dev.steward.api.platform.Times;
import java.net.URI;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class RectificationController implements RectificationsApi {

    private final RectificationService rectifications;
    private final RectificationSummaryService summaries;
    private final ProjectScope scope;
    private final Idempotency idempotency;
    private final ListExports lists;

    RectificationController(RectificationService rectifications, RectificationSummaryService summaries, ProjectScope scope,
            Idempotency idempotency, ListExports lists) {
        this.lists = lists;
        this.rectifications = rectifications;
        this.summaries = summaries;
        this.scope = scope;
        this.idempotency = idempotency;
    }

    @Override
    public Mono<ResponseEntity<RectificationDto>> raiseRectification(UUID inspectionId, UUID resultId, Mono<RectificationCreateDto> body,
            String idempotencyKey, ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, idempotencyKey, r, RectificationDto.class,
                () -> scope.current().flatMap(c -> rectifications.raise(c, inspectionId, resultId, new RectificationService.NewRectification(
                                r.getAssigneeId(), Times.required(r.getDueAt(), "dueAt"), r.getNote(), r.getCategory(),
                                r.getPriority() == null ? null : r.getPriority().getValue())))
                        .map(v -> ResponseEntity.created(URI.create("/api/v1/rectifications/" + v.row().id()))
                                .body(InspectionDtos.rectification(v)))));
    }

    @Override
    public Mono<ResponseEntity<RectificationPageDto>> listRectifications(Integer limit, String cursor, UUID projectId,
            RectificationStatusDto status, Boolean overdue, UUID assigneeId, UUID inspectionId, String sectionCode, String raisedFrom,
            String raisedTo, UUID buildingId, Boolean cancelled, Boolean due, Boolean withoutUnit, Boolean unassigned,
            ServerWebExchange exchange) {
        var filters = query(status, overdue, assigneeId, inspectionId, sectionCode, raisedFrom, raisedTo, buildingId, cancelled, due,
                withoutUnit, unassigned);
        return scope.current().flatMap(c -> rectifications.list(c, projectId, filters, limit, cursor)).map(p -> ResponseEntity.ok(new RectificationPageDto().items(p.items().stream().map(InspectionDtos::rectification).toList())
                .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportRectifications(String format, UUID projectId, RectificationStatusDto status, Boolean overdue,
            UUID assigneeId, UUID inspectionId, String sectionCode, String lang, String raisedFrom, String raisedTo, UUID buildingId,
            Boolean cancelled, Boolean due, Boolean withoutUnit, Boolean unassigned, ServerWebExchange exchange) {
        var filters = query(status, overdue, assigneeId, inspectionId, sectionCode, raisedFrom, raisedTo, buildingId, cancelled, due,
                withoutUnit, unassigned);
        return scope.current().flatMap(c -> lists.rectifications(exchange.getResponse(), c, projectId, filters, format, lang))
                .then(Mono.empty());
    }

    /** The register's filters, the same for its export (a drill-down exported is the list on screen). */
    private static RectificationRepository.Query query(RectificationStatusDto status, Boolean overdue, UUID assigneeId, UUID inspectionId,
            String sectionCode, String raisedFrom, String raisedTo, UUID buildingId, Boolean cancelled, Boolean due, Boolean withoutUnit,
            Boolean unassigned) {
        return new RectificationRepository.Query(null, status == null ? null : status.getValue(), overdue, assigneeId, inspectionId,
                sectionCode, Times.parse(raisedFrom, "raisedFrom"), Times.parse(raisedTo, "raisedTo"), buildingId, cancelled, due,
                withoutUnit, unassigned, null);
    }

    @Override
    public Mono<ResponseEntity<RectificationSummaryDto>> getRectificationSummary(UUID projectId, String from, String to,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> summaries.summary(c, projectId, from, to)).map(s -> ResponseEntity.ok(InspectionDtos.summary(s)));
    }

    @Override
    public Mono<ResponseEntity<RectificationDto>> getRectification(UUID rectificationId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> rectifications.get(c, rectificationId)).map(v -> ResponseEntity.ok(InspectionDtos.rectification(v)));
    }

    @Override
    public Mono<ResponseEntity<RectificationDto>> reinspectRectification(UUID rectificationId, Mono<ReinspectionDto> body,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> rectifications.reinspect(c, rectificationId,
                        r.getResult() == ReinspectionResultDto.PASS, r.getNote(), Times.parse(r.getNewDueAt(), "newDueAt"))))
                .map(v -> ResponseEntity.ok(InspectionDtos.rectification(v)));
    }
}
