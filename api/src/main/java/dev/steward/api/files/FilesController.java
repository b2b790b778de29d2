package dev.steward.api.files;

import dev.steward.api.contract.FilesApi;
import dev.steward.api.contract.model.AttachmentDto;
import dev.steward.api.contract.model.AttachmentListDto;
import dev.steward.api.contract.model.AttachmentOwnerTypeDto;
import dev.steward.api.contract.model.AttachmentStageDto;
import dev.steward.api.contract.model.InspectionAttachmentStageDto;
import dev.steward.api.contract.model.WorkOrderAttachmentStageDto;
import dev.steward.api.platform.ProjectScope;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
class FilesController implements FilesApi {

    private final AttachmentService service;
    private final FileDownloads downloads;
    private final ProjectScope scope;

    FilesController(AttachmentService service, FileDownloads downloads, ProjectScope scope) {
        this.service = service;
        this.downloads = downloads;
        this.scope = scope;
    }

    @Override
    public Mono<ResponseEntity<AttachmentListDto>> uploadWorkOrderAttachments(UUID workOrderId, Flux<Part> files,
            WorkOrderAttachmentStageDto stage, ServerWebExchange exchange) {
        String s = stage == null ? "OTHER" : stage.getValue();
        return scope.current().flatMap(c -> service.upload(c, OwnerType.WORK_ORDER, null, workOrderId, s, files)).map(FilesController::created);
    }

    @Override
    public Mono<ResponseEntity<AttachmentListDto>> listWorkOrderAttachments(UUID workOrderId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.list(c, OwnerType.WORK_ORDER, null, workOrderId)).map(l -> ResponseEntity.ok(dto(l)));
    }

    @Override
    public Mono<ResponseEntity<AttachmentListDto>> uploadKeyDepositAttachments(UUID keyId, UUID depositId, Flux<Part> files,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.upload(c, OwnerType.KEY_DEPOSIT, keyId, depositId, "AUTHORIZATION", files))
                .map(FilesController::created);
    }

    @Override
    public Mono<ResponseEntity<AttachmentListDto>> listKeyDepositAttachments(UUID keyId, UUID depositId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.list(c, OwnerType.KEY_DEPOSIT, keyId, depositId)).map(l -> ResponseEntity.ok(dto(l)));
    }

    @Override
    public Mono<ResponseEntity<AttachmentListDto>> uploadInspectionResultAttachments(UUID inspectionId, UUID resultId, Flux<Part> files,
            InspectionAttachmentStageDto stage, ServerWebExchange exchange) {
        String s = stage == null ? "BEFORE" : stage.getValue();
        return scope.current().flatMap(c -> service.upload(c, OwnerType.INSPECTION_FINDING, inspectionId, resultId, s, files))
                .map(FilesController::created);
    }

    @Override
    public Mono<ResponseEntity<AttachmentListDto>> listInspectionResultAttachments(UUID inspectionId, UUID resultId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.list(c, OwnerType.INSPECTION_FINDING, inspectionId, resultId))
                .map(l -> ResponseEntity.ok(dto(l)));
    }

    @Override
    public Mono<ResponseEntity<Resource>> downloadFile(UUID fileId, String ifNoneMatch, String range, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.readable(c, fileId))
                .flatMap(f -> downloads.file(exchange, f, ifNoneMatch, range)).then(Mono.empty());
    }

    @Override
    public Mono<ResponseEntity<Resource>> downloadFileThumbnail(UUID fileId, String ifNoneMatch, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> service.readable(c, fileId))
                .flatMap(f -> downloads.thumbnail(exchange, f, ifNoneMatch)).then(Mono.empty());
    }

    private static ResponseEntity<AttachmentListDto> created(List<StoredFile> files) {
        return ResponseEntity.status(HttpStatus.CREATED).body(dto(files));
    }

    static AttachmentListDto dto(List<StoredFile> files) {
        return new AttachmentListDto().items(files.stream().map(FilesController::dto).toList());
    }

    static AttachmentDto dto(StoredFile f) {
        return new AttachmentDto().id(f.id()).ownerType(AttachmentOwnerTypeDto.fromValue(f.ownerType().name())).ownerId(f.ownerId())
                .kind(AttachmentDto.KindEnum.fromValue(f.kind())).stage(AttachmentStageDto.fromValue(f.stage()))
                .fileName(f.fileName()).contentType(f.contentType()).size(f.size()).sha256(f.sha256())
                .width(f.width()).height(f.height()).hasThumbnail(f.thumbnailKey() != null)
                .uploadedById(f.uploadedById()).uploadedByName(f.uploadedByName()).createdAt(f.createdAt());
    }
}
