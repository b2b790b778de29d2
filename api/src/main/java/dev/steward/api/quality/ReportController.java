package dev.steward.api.quality;

import dev.steward.api.contract.QualityReportsApi;
import dev.steward.api.contract.model.ComplaintWeeklyReportDto;
import dev.steward.api.contract.model.QuarterlyQualityReportDto;
import dev.steward.api.contract.model.ReturnVisitMonthlyReportDto;
import dev.steward.api.platform.ProjectScope;
import dev.steward.api.platform.Xlsx;
import java.util.UUID;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class ReportController implements QualityReportsApi {

    private final ComplaintWeeklyReport weekly;
    private final ReturnVisitMonthlyReport monthly;
    private final QuarterlyReport quarterly;
    private final ReportWorkbooks workbooks;
    private final ProjectScope scope;

    ReportController(ComplaintWeeklyReport weekly, ReturnVisitMonthlyReport monthly, QuarterlyReport quarterly, ReportWorkbooks workbooks,
            ProjectScope scope) {
        this.weekly = weekly;
        this.monthly = monthly;
        this.quarterly = quarterly;
        this.workbooks = workbooks;
        this.scope = scope;
    }

    @Override
    public Mono<ResponseEntity<ComplaintWeeklyReportDto>> getComplaintWeeklyReport(UUID projectId, String week, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> weekly.report(c, projectId, week)).map(w -> ResponseEntity.ok(ReportDtos.weekly(w)));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportComplaintWeeklyReport(String format, UUID projectId, String week, String lang,
            ServerWebExchange exchange) {
        return workbooks.check(format).then(scope.current()).flatMap(c -> weekly.report(c, projectId, week))
                .flatMap(w -> workbooks.weekly(w, lang)).map(Xlsx::attachment);
    }

    @Override
    public Mono<ResponseEntity<ReturnVisitMonthlyReportDto>> getReturnVisitMonthlyReport(UUID projectId, String month,
            ServerWebExchange exchange) {
        return scope.current().flatMap(c -> monthly.report(c, projectId, month)).map(m -> ResponseEntity.ok(ReportDtos.monthly(m)));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportReturnVisitMonthlyReport(String format, UUID projectId, String month, String lang,
            ServerWebExchange exchange) {
        return workbooks.check(format).then(scope.current()).flatMap(c -> monthly.report(c, projectId, month))
                .flatMap(m -> workbooks.monthly(m, lang)).map(Xlsx::attachment);
    }

    @Override
    public Mono<ResponseEntity<QuarterlyQualityReportDto>> getQuarterlyQualityReport(UUID projectId, String quarter, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> quarterly.report(c, projectId, quarter)).map(q -> ResponseEntity.ok(ReportDtos.quarterly(q)));
    }

    @Override
    public Mono<ResponseEntity<Resource>> exportQuarterlyQualityReport(String format, UUID projectId, String quarter, String lang,
            ServerWebExchange exchange) {
        return workbooks.check(format).then(scope.current()).flatMap(c -> quarterly.report(c, projectId, quarter))
                .flatMap(q -> workbooks.quarterly(q, lang)).map(Xlsx::attachment);
    }
}
