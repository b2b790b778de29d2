package dev.steward.api.property;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.server.ServerWebInputException;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Bulk import of units and residents (ADMIN): the file is read and checked whole; a dry run answers the checks, the
 * real run claims the file's SHA-256 and writes everything in one transaction, or nothing.
 */
@Service
class ImportService {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    enum Status { VALID, INVALID, IMPORTED }

    record Result(Status status, boolean dryRun, boolean replayed, String sha256, String fileName, int rows, int unitsCreated,
            int unitsExisting, int residentsCreated, int residentsExisting, OffsetDateTime importedAt, List<ImportPlan.RowError> errors) {}

    /** A real run with errors: rolls the claim back, then answers the errors. */
    private static final class Invalid extends RuntimeException {
        final transient Result result;

        Invalid(Result result) {
            super(null, null, false, false);
            this.result = result;
        }
    }

    private final ImportRepository repo;
    private final PropertyRepository places;
    private final TransactionalOperator tx;
    private final Clock clock;

    ImportService(ImportRepository repo, PropertyRepository places, TransactionalOperator tx, Clock clock) {
        this.repo = repo;
        this.places = places;
        this.tx = tx;
        this.clock = clock;
    }

    private record Upload(String name, byte[] bytes, String sha256, List<ImportFile.Line> lines) {}

    Mono<Result> run(Caller caller, UUID projectId, boolean dryRun, Part file) {
        caller.requireProject(projectId, "project");
        caller.requireRole("import units and residents", Role.ADMIN);
        if (file == null) {
            return Mono.error(ApiException.invalidField("file", "is required"));
        }
        String name = file instanceof FilePart f ? shorten(f.filename()) : null;
        Mono<LocalDate> today = places.project(projectId).map(p -> LocalDate.now(clock.withZone(ZoneId.of(p.timezone()))))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("project", projectId)));
        return today.flatMap(day -> read(file, name).flatMap(upload -> dryRun ? check(projectId, upload, day)
                : tx.transactional(importOnce(caller, projectId, upload, day))
                        .onErrorResume(Invalid.class, e -> Mono.just(e.result))));
    }

    private static Mono<Upload> read(Part file, String name) {
        return DataBufferUtils.join(file.content(), MAX_BYTES)
                .onErrorMap(DataBufferLimitException.class, e -> new ApiException(HttpStatus.CONTENT_TOO_LARGE, "FILE_TOO_LARGE",
                        "File too large", "An import file may have at most 10 MB."))
                // A body cut off or with a bad boundary is the client's: 400, as for attachments.
                .onErrorMap(e -> e instanceof DecodingException || e instanceof ServerWebInputException,
                        e -> new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_MULTIPART", "Malformed multipart body",
                                "The multipart/form-data body could not be read to its end (cut off, or a bad boundary)."))
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.readableByteCount()];
                    buffer.read(bytes);
                    DataBufferUtils.release(buffer);
                    return bytes;
                })
                .defaultIfEmpty(new byte[0])
                // Parsing 20,000 rows is CPU work, and the XLSX reader uses streams: off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .map(bytes -> new Upload(name, bytes, sha256(bytes), ImportFile.read(bytes)));
    }

    private Mono<Result> check(UUID projectId, Upload upload, LocalDate today) {
        return repo.existing(projectId).map(existing -> {
            ImportPlan plan = ImportPlan.of(upload.lines(), existing, today);
            return result(plan, plan.errors.isEmpty() ? Status.VALID : Status.INVALID, true, upload, null);
        });
    }

    private Mono<Result> importOnce(Caller caller, UUID projectId, Upload upload, LocalDate today) {
        return repo.claim(projectId, upload.sha256(), upload.name(), caller.userId())
                .flatMap(importId -> repo.existing(projectId).flatMap(existing -> {
                    ImportPlan plan = ImportPlan.of(upload.lines(), existing, today);
                    if (!plan.errors.isEmpty()) {
                        return Mono.error(new Invalid(result(plan, Status.INVALID, false, upload, null)));
                    }
                    return repo.write(projectId, plan).then(repo.record(importId, plan))
                            .map(at -> result(plan, Status.IMPORTED, false, upload, at));
                }))
                .switchIfEmpty(Mono.defer(() -> repo.done(projectId, upload.sha256())
                        .map(d -> new Result(Status.IMPORTED, false, true, upload.sha256(), d.fileName(), d.rows(), d.unitsCreated(),
                                d.unitsExisting(), d.residentsCreated(), d.residentsExisting(), d.at(), List.of()))));
    }

    private static Result result(ImportPlan plan, Status status, boolean dryRun, Upload upload, OffsetDateTime at) {
        return new Result(status, dryRun, false, upload.sha256(), upload.name(), plan.rows, plan.units.size(), plan.unitsExisting,
                plan.residents.size(), plan.residentsExisting, at, List.copyOf(plan.errors));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String shorten(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String clean = name.replaceAll("[\\p{Cntrl}]", "");
        return clean.length() > 255 ? clean.substring(0, 255) : clean;
    }

    /** The template's bytes: the header and two example rows using one of the project's buildings. */
    Mono<ImportTemplate.File> template(Caller caller, UUID projectId, String format) {
        caller.requireProject(projectId, "project");
        caller.requireRole("import units and residents", Role.ADMIN);
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            return Mono.error(ApiException.invalidField("format", "must be csv or xlsx"));
        }
        return places.project(projectId).switchIfEmpty(Mono.error(() -> ApiException.notFound("project", projectId)))
                .flatMap(p -> repo.firstBuildingCode(projectId).defaultIfEmpty("1")
                        .flatMap(code -> Mono.fromCallable(() -> ImportTemplate.of(format, p.code(), code))
                                .subscribeOn(Schedulers.boundedElastic())));
    }
}
