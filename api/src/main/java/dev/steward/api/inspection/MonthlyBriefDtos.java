package dev.steward.api.inspection;

import static dev.steward.api.inspection.TemplateDtos.number;
import static dev.steward.api.inspection.TemplateDtos.text;

import dev.steward.api.contract.model.InspectionGradeDto;
import dev.steward.api.contract.model.MonthlyBriefDeductionDto;
import dev.steward.api.contract.model.MonthlyBriefProjectDto;
import dev.steward.api.contract.model.MonthlyBriefTasksDto;
import dev.steward.api.contract.model.MonthlyBriefTemplateScoreDto;
import dev.steward.api.contract.model.MonthlyInspectionBriefDto;

/** The monthly brief → contract DTOs. */
final class MonthlyBriefDtos {

    private MonthlyBriefDtos() {}

    static MonthlyInspectionBriefDto brief(MonthlyBriefService.Brief b) {
        return new MonthlyInspectionBriefDto().month(b.month().toString()).projectId(b.projectId()).from(b.month().atDay(1))
                .to(b.month().atEndOfMonth()).previousMonth(b.month().minusMonths(1).toString()).asOf(b.asOf())
                .headlineTemplateId(b.headline() == null ? null : b.headline().id())
                .headlineTemplateName(b.headline() == null ? null : text(b.headline().name()))
                .projects(b.projects().stream().map(MonthlyBriefDtos::project).toList())
                .topDeductions(b.topDeductions().stream().map(MonthlyBriefDtos::deduction).toList())
                .rectifications(InspectionDtos.counts(b.rectifications()))
                .overdue(b.overdue().stream().map(InspectionDtos::rectification).toList())
                .overdueCount((int) b.overdueCount()).tasks(tasks(b.tasks()));
    }

    private static MonthlyBriefProjectDto project(MonthlyBriefRanking.ProjectLine l) {
        return new MonthlyBriefProjectDto().projectId(l.project().id()).projectCode(l.project().code()).projectName(l.project().name())
                .score(number(l.score())).grade(l.grade() == null ? null : InspectionGradeDto.fromValue(l.grade().name())).rank(l.rank())
                .previousScore(number(l.previousScore())).scoreDelta(number(l.scoreDelta())).previousRank(l.previousRank())
                .rankDelta(l.rankDelta()).inspectionCount(l.inspections()).findingCount((int) l.findings())
                .templates(l.templates().stream().map(t -> new MonthlyBriefTemplateScoreDto().templateId(t.templateId())
                        .templateCode(t.templateCode()).templateName(text(t.name())).inspectionCount(t.count()).meanTotal(number(t.mean()))
                        .grade(InspectionGradeDto.fromValue(t.grade().name())).minTotal(number(t.min())).maxTotal(number(t.max()))).toList())
                .rectifications(InspectionDtos.counts(l.rectifications())).tasks(tasks(l.tasks()));
    }

    private static MonthlyBriefTasksDto tasks(TaskRepository.Counts c) {
        return new MonthlyBriefTasksDto().due((int) c.due()).done((int) c.done()).doneLate((int) c.doneLate()).missed((int) c.missed())
                .open((int) c.open());
    }

    private static MonthlyBriefDeductionDto deduction(MonthlyBriefRepository.Deduction d) {
        return new MonthlyBriefDeductionDto().templateId(d.templateId()).templateName(text(d.templateName())).sectionCode(d.sectionCode())
                .sectionName(text(d.sectionName())).itemCode(d.itemCode()).itemName(text(d.itemName())).checkPointCode(d.checkPointCode())
                .checkPointText(text(d.checkPointText())).count((int) d.count()).projectCount((int) d.projects())
                .pointsLost(number(d.pointsLost()));
    }
}
