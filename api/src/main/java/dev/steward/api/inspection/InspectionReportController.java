package dev.steward.api.inspection;

import dev.steward.api.contract.InspectionReportsApi;
import dev.steward.api.contract.model.MonthlyInspectionBriefDto;
import dev.steward.api.platform.ProjectScope;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class InspectionReportController implements InspectionReportsApi {

    private final MonthlyBriefService briefs;
    private final ProjectScope scope;

    InspectionReportController(MonthlyBriefService briefs, ProjectScope scope) {
        this.briefs = briefs;
        this.scope = scope;
    }

    @Override
    public Mono<ResponseEntity<MonthlyInspectionBriefDto>> getMonthlyInspectionBrief(String month, UUID projectId, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> briefs.brief(c, month, projectId)).map(b -> ResponseEntity.ok(MonthlyBriefDtos.brief(b)));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportMonthlyInspectionBrief(String format, String month, UUID projectId, String lang,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> briefs.export(c, format, month, projectId, lang)).map(ReportFiles::attachment);
    }
}
