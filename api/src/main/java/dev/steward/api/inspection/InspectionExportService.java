package dev.steward.api.inspection;

import dev.steward.api.files.Attachments;
import dev.steward.api.files.OwnerType;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.property.Projects;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The 督导报告 of one inspection as XLSX ({@link InspectionWorkbook}); whoever may read the inspection may export it. */
@Service
class InspectionExportService {

    private final InspectionService inspections;
    private final RectificationRepository rectifications;
    private final Attachments attachments;
    private final Projects projects;
    private final Clock clock;

    InspectionExportService(InspectionService inspections, RectificationRepository rectifications, Attachments attachments, Projects projects,
            Clock clock) {
        this.inspections = inspections;
        this.rectifications = rectifications;
        this.attachments = attachments;
        this.projects = projects;
        this.clock = clock;
    }

    /** {@code appOrigin}: scheme, host and port the caller reached (the app's inspection page is linked from the file). */
    Mono<ReportFile> export(Caller caller, UUID id, String format, String lang, String appOrigin) {
        requireXlsx(format);
        ReportText text = ReportText.of(lang);
        OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
        return inspections.get(caller, id).flatMap(v -> {
            UUID project = v.row().projectId();
            UUID[] findings = v.results().stream().filter(r -> "MISSING".equals(r.status())).map(InspectionRepository.Result::id)
                    .toArray(UUID[]::new);
            var query = new RectificationRepository.Query(new UUID[] {project}, null, null, null, v.row().id(), null, now);
            return Mono.zip(projects.summary(project), rectifications.list(query, null, null, 1000).collectList(),
                            attachments.of(project, OwnerType.INSPECTION_FINDING, findings).collectList())
                    // Writing the workbook is CPU work and stream writes: off the event loop.
                    .publishOn(Schedulers.boundedElastic())
                    .map(t -> new ReportFile("inspection-" + v.row().code() + ".xlsx", InspectionWorkbook.write(new InspectionWorkbook.Content(v,
                            t.getT1(), t.getT2(), t.getT3(), appOrigin + "/inspections/" + v.row().id()), text)));
        });
    }

    static void requireXlsx(String format) {
        if (!"xlsx".equals(format)) {
            throw ApiException.invalidField("format", "must be xlsx");
        }
    }
}
