package dev.steward.api.quality;

import dev.steward.api.contract.model.ComplaintAgeCountDto;
import dev.steward.api.contract.model.ComplaintCauseDto;
import dev.steward.api.contract.model.ComplaintDayDto;
import dev.steward.api.contract.model.ComplaintWeeklyReportDto;
import dev.steward.api.contract.model.QuarterlyMonthDto;
import dev.steward.api.contract.model.QuarterlyQualityReportDto;
import dev.steward.api.contract.model.RepeatUnitDto;
import dev.steward.api.contract.model.ReportComplaintDto;
import dev.steward.api.contract.model.ReportPeriodDto;
import dev.steward.api.contract.model.ReturnVisitFiguresDto;
import dev.steward.api.contract.model.ReturnVisitMonthlyReportDto;
import dev.steward.api.contract.model.SatisfactionCountDto;
import dev.steward.api.contract.model.UnsatisfiedVisitDto;
import java.util.ArrayList;
import java.util.List;

/** The periodic reports as the contract's DTOs. */
final class ReportDtos {

    private ReportDtos() {}

    static ReportPeriodDto period(ReportPeriod p) {
        return new ReportPeriodDto().projectId(p.project().id()).projectName(p.project().name()).timezone(p.project().timezone())
                .from(p.from()).to(p.to()).asOf(p.asOf());
    }

    static ComplaintWeeklyReportDto weekly(ComplaintWeeklyReport.Weekly w) {
        List<ComplaintAgeCountDto> ages = new ArrayList<>();
        for (int i = 0; i < ComplaintWeeklyReport.AGES.size(); i++) {
            ages.add(new ComplaintAgeCountDto().age(ComplaintAgeCountDto.AgeEnum.fromValue(ComplaintWeeklyReport.AGES.get(i)))
                    .count((int) w.openByAge()[i]));
        }
        return new ComplaintWeeklyReportDto().week(w.period().label()).period(period(w.period())).registered((int) w.registered())
                .completed((int) w.completed()).openAtEnd((int) w.openAtEnd()).openByAge(ages)
                .byDay(w.days().stream().map(d -> new ComplaintDayDto().date(d.date()).registered((int) d.registered())
                        .completed((int) d.completed())).toList())
                .causes(w.causes().stream().map(c -> new ComplaintCauseDto().category(c.category()).count((int) c.count())
                        .completed((int) c.completed()).notes(c.notes())).toList())
                .repeatUnits(w.repeatUnits().stream().map(r -> new RepeatUnitDto().unitId(r.unitId()).unitLabel(r.unitLabel())
                        .buildingName(r.buildingName()).complaints((int) r.complaints()).lastAt(r.lastAt()).workOrderIds(r.orderIds())).toList())
                .complaints(w.complaints().stream().map(c -> complaint(c, false)).toList())
                .open(w.open().stream().map(c -> complaint(c, true)).toList());
    }

    private static ReportComplaintDto complaint(ReportRepository.Complaint c, boolean age) {
        ReportComplaintDto d = new ReportComplaintDto().id(c.id()).code(c.code()).title(c.title()).unitLabel(c.unitLabel()).location(c.location())
                .buildingName(c.buildingName()).category(c.category()).status(c.status()).assigneeName(c.assigneeName())
                .createdAt(c.createdAt()).completedAt(c.completedAt()).resolution(c.resolution());
        return age ? d.ageDays(QualityFigures.round(c.ageMinutes() / 1440.0, 1)) : d;
    }

    static ReturnVisitMonthlyReportDto monthly(ReturnVisitMonthlyReport.Monthly m) {
        List<SatisfactionCountDto> scores = new ArrayList<>();
        for (int i = 0; i < m.scores().length; i++) {
            scores.add(new SatisfactionCountDto().score(i + 1).count(m.scores()[i]));
        }
        return new ReturnVisitMonthlyReportDto().month(m.period().label()).period(period(m.period())).totals(group(m.totals()))
                .byBuilding(m.byBuilding().stream().map(ReportDtos::group).toList())
                .byAssignee(m.byAssignee().stream().map(ReportDtos::group).toList()).satisfaction(scores)
                .unsatisfied(m.unsatisfied().stream().map(u -> new UnsatisfiedVisitDto().workOrderId(u.orderId()).code(u.code()).title(u.title())
                        .unitLabel(u.unitLabel()).buildingName(u.buildingName()).assigneeName(u.assigneeName()).visitedAt(u.visitedAt())
                        .satisfaction(u.satisfaction()).comment(u.comment()).status(u.status())).toList());
    }

    private static ReturnVisitFiguresDto group(ReturnVisitMonthlyReport.Group g) {
        return new ReturnVisitFiguresDto().key(g.key()).label(g.label()).completed(g.completed()).visited(g.visited()).coverage(g.coverage())
                .closed(g.closed()).closedOnTime(g.closedOnTime()).onTimeRate(g.onTimeRate()).meanSatisfaction(g.meanSatisfaction())
                .unsatisfied(g.unsatisfied()).drillDown(QualityDtos.drill(g.drillDown()));
    }

    static QuarterlyQualityReportDto quarterly(QuarterlyReport.Quarterly q) {
        return new QuarterlyQualityReportDto().quarter(q.period().label()).previousQuarter(q.previousQuarter()).period(period(q.period()))
                .months(q.months().stream().map(m -> new QuarterlyMonthDto().month(m.month())
                        .figures(m.figures().stream().map(QualityDtos::figure).toList())).toList())
                .total(q.total().stream().map(QualityDtos::figure).toList());
    }
}
