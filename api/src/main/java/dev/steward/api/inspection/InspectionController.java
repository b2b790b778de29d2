package dev.steward.api.inspection;

import dev.steward.api.contract.InspectionsApi;
import dev.steward.api.contract.model.InspectionCreateDto;
import dev.steward.api.contract.model.InspectionDto;
import dev.steward.api.contract.model.InspectionGradeDto;
import dev.steward.api.contract.model.InspectionMethodDto;
import dev.steward.api.contract.model.InspectionPageDto;
import dev.steward.api.contract.model.InspectionResultsUpdateDto;
import dev.steward.api.contract.model.InspectionStatusDto;
import dev.steward.api.contract.model.InspectionTemplateDraftDto;
import dev.steward.api.contract.model.InspectionTemplateDto;
import dev.steward.api.contract.model.InspectionTemplatePageDto;
import dev.steward.api.platform.ETags;
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
class InspectionController implements InspectionsApi {

    private final TemplateService templates;
    private final InspectionService inspections;
    private final ProjectScope scope;
    private final Idempotency idempotency;
    private final InspectionExportService exports;
    private final ListExports lists;

    InspectionController(TemplateService templates, InspectionService inspections, ProjectScope scope, Idempotency idempotency,
            InspectionExportService exports, ListExports lists) {
        this.exports = exports;
        this.lists = lists;
        this.templates = templates;
        this.inspections = inspections;
        this.scope = scope;
        this.idempotency = idempotency;
    }

    @Override
    public Mono<ResponseEntity<InspectionTemplatePageDto>> listInspectionTemplates(Integer limit, String cursor, Boolean includeDrafts,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> templates.list(c, includeDrafts, limit, cursor))
                .map(p -> ResponseEntity.ok(new InspectionTemplatePageDto().items(p.items().stream().map(TemplateDtos::summary).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<InspectionTemplateDto>> createInspectionTemplate(Mono<InspectionTemplateDraftDto> body, String idempotencyKey,
            ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, idempotencyKey, r, InspectionTemplateDto.class,
                () -> scope.current().flatMap(c -> templates.create(c, TemplateDtos.rubric(r)))
                        .map(t -> ResponseEntity.created(URI.create("/api/v1/inspection-templates/" + t.row().id()))
                                .eTag(ETags.of(t.row().version())).body(TemplateDtos.template(t)))));
    }

    @Override
    public Mono<ResponseEntity<InspectionTemplateDto>> getInspectionTemplate(UUID inspectionTemplateId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> templates.get(c, inspectionTemplateId)).map(InspectionController::template);
    }

    @Override
    public Mono<ResponseEntity<InspectionTemplateDto>> saveInspectionTemplateDraft(UUID inspectionTemplateId, Mono<InspectionTemplateDraftDto> body,
            String ifMatch, ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> templates.saveDraft(c, inspectionTemplateId, ifMatch, TemplateDtos.rubric(r))))
                .map(InspectionController::template);
    }

    @Override
    public Mono<ResponseEntity<InspectionTemplateDto>> publishInspectionTemplate(UUID inspectionTemplateId, String ifMatch,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> templates.publish(c, inspectionTemplateId, ifMatch)).map(InspectionController::template);
    }

    @Override
    public Mono<ResponseEntity<InspectionPageDto>> listInspections(Integer limit, String cursor, String updatedFrom, UUID projectId, InspectionStatusDto status,
            UUID templateId, UUID inspectorId, InspectionGradeDto grade, InspectionMethodDto method, String from, String to,
            ServerWebExchange exchange) {
        var filters = query(status, templateId, inspectorId, grade, method, from, to);
        return scope.current().flatMap(c -> inspections.list(c, projectId, filters, limit, cursor, updatedFrom))
                .map(p -> ResponseEntity.ok(new InspectionPageDto().items(p.items().stream().map(InspectionDtos::summary).toList())
                        .nextCursor(p.nextCursor())));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportInspections(String format, UUID projectId, InspectionStatusDto status, UUID templateId,
            UUID inspectorId, InspectionGradeDto grade, InspectionMethodDto method, String from, String to, String lang,
            ServerWebExchange exchange) {
        var filters = query(status, templateId, inspectorId, grade, method, from, to);
        return scope.current().flatMap(c -> lists.inspections(exchange.getResponse(), c, projectId, filters, format, lang)).then(Mono.empty());
    }

    private static InspectionRepository.Query query(InspectionStatusDto status, UUID templateId, UUID inspectorId, InspectionGradeDto grade,
            InspectionMethodDto method, String from, String to) {
        return new InspectionRepository.Query(null, false, status == null ? null : status.getValue(), templateId, inspectorId,
                grade == null ? null : grade.getValue(), method == null ? null : method.getValue(), Times.parse(from, "from"), Times.parse(to, "to"));
    }

    @Override
    public Mono<ResponseEntity<InspectionDto>> createInspection(Mono<InspectionCreateDto> body, String idempotencyKey, ServerWebExchange exchange) {
        return body.flatMap(r -> idempotency.create(exchange, idempotencyKey, r, InspectionDto.class,
                () -> scope.current().flatMap(c -> inspections.create(c, new InspectionService.NewInspection(r.getProjectId(), r.getTemplateId(),
                                r.getMethod().getValue(), r.getLocation(), Times.parse(r.getStartedAt(), "startedAt"), r.getTaskId())))
                        .map(v -> ResponseEntity.created(URI.create("/api/v1/inspections/" + v.row().id()))
                                .eTag(ETags.of(v.row().version())).body(InspectionDtos.inspection(v)))));
    }

    @Override
    public Mono<ResponseEntity<InspectionDto>> getInspection(UUID inspectionId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> inspections.get(c, inspectionId)).map(InspectionController::inspection);
    }

    @Override
    public Mono<ResponseEntity<InspectionDto>> saveInspectionResults(UUID inspectionId, Mono<InspectionResultsUpdateDto> body, String ifMatch,
            ServerWebExchange exchange) {
        return body.flatMap(r -> scope.current().flatMap(c -> inspections.saveResults(c, inspectionId, ifMatch,
                        r.getResults().stream().map(a -> new ResultRules.Input(a.getCheckPointId(), a.getStatus().getValue(),
                                TemplateDtos.decimal(a.getDeduction()), a.getNote())).toList(), r.getLocation(), r.getSummary())))
                .map(InspectionController::inspection);
    }

    @Override
    public Mono<ResponseEntity<InspectionDto>> submitInspection(UUID inspectionId, String ifMatch, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> inspections.submit(c, inspectionId, ifMatch)).map(InspectionController::inspection);
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportInspection(UUID inspectionId, String format, String lang, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> exports.export(c, inspectionId, format, lang, ReportFiles.origin(exchange))).map(ReportFiles::attachment);
    }

    private static ResponseEntity<InspectionTemplateDto> template(TemplateService.Template t) {
        return ResponseEntity.ok().eTag(ETags.of(t.row().version())).body(TemplateDtos.template(t));
    }

    private static ResponseEntity<InspectionDto> inspection(InspectionService.View v) {
        return ResponseEntity.ok().eTag(ETags.of(v.row().version())).body(InspectionDtos.inspection(v));
    }
}
