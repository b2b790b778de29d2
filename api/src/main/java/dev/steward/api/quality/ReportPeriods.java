package dev.steward.api.quality;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.property.Projects;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Opens a report: the caller may read the project's quality picture (else 403/404), and the period is read in its zone. */
@Component
class ReportPeriods {

    private final QualityService quality;
    private final Projects projects;

    ReportPeriods(QualityService quality, Projects projects) {
        this.quality = quality;
        this.projects = projects;
    }

    Mono<ReportPeriod> open(Caller caller, UUID projectId, ReportPeriod.Kind kind, String text) {
        return Mono.defer(() -> {
            if (projectId == null) {
                throw ApiException.invalidField("projectId", "is required (a UUID)");
            }
            QualityService.projectIds(caller, List.of(projectId));
            return projects.summary(projectId).map(p -> ReportPeriod.of(kind, text, p, quality.now()));
        });
    }
}
