package dev.steward.api.property;

import dev.steward.api.contract.ImportsApi;
import dev.steward.api.contract.model.ImportErrorCodeDto;
import dev.steward.api.contract.model.ImportErrorParamsDto;
import dev.steward.api.contract.model.ImportResultDto;
import dev.steward.api.contract.model.ImportRowErrorDto;
import dev.steward.api.platform.ProjectScope;
import java.math.BigDecimal;
import java.util.UUID;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class ImportController implements ImportsApi {

    private final ImportService service;
    private final ProjectScope scope;

    ImportController(ImportService service, ProjectScope scope) {
        this.service = service;
        this.scope = scope;
    }

    @Override
    public Mono<ResponseEntity<ImportResultDto>> importUnitsAndResidents(UUID projectId, Part file, Boolean dryRun,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.run(c, projectId, Boolean.TRUE.equals(dryRun), file))
                .map(r -> ResponseEntity.ok(dto(r)));
    }

    @Override
    public Mono<ResponseEntity<Resource>> getImportTemplate(UUID projectId, String format, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.template(c, projectId, format))
                .map(f -> ResponseEntity.ok().contentType(MediaType.parseMediaType(f.contentType()))
                        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.name()).build().toString())
                        .<Resource>body(new ByteArrayResource(f.body())));
    }

    private static ImportResultDto dto(ImportService.Result r) {
        return new ImportResultDto(ImportResultDto.StatusEnum.fromValue(r.status().name()), r.dryRun(), r.replayed(), r.sha256(), r.rows(),
                r.unitsCreated(), r.unitsExisting(), r.residentsCreated(), r.residentsExisting(),
                r.errors().stream().map(ImportController::dto).toList())
                .fileName(r.fileName()).importedAt(r.importedAt());
    }

    private static ImportRowErrorDto dto(ImportPlan.RowError e) {
        ImportRowErrorDto dto = new ImportRowErrorDto(e.row(), e.column(), ImportErrorCodeDto.fromValue(e.code().name()), e.message());
        ImportPlan.Params p = e.params();
        if (p != null) {
            dto.params(new ImportErrorParamsDto().value(p.value()).min(decimal(p.min())).max(decimal(p.max())).firstRow(p.firstRow())
                    .allowed(p.allowed()));
        }
        return dto;
    }

    private static BigDecimal decimal(Integer n) {
        return n == null ? null : BigDecimal.valueOf(n);
    }
}
