package dev.steward.api.inspection;

import static dev.steward.api.inspection.TemplateDtos.number;
import static dev.steward.api.inspection.TemplateDtos.text;

import dev.steward.api.contract.model.InspectionDto;
import dev.steward.api.contract.model.InspectionGradeDto;
import dev.steward.api.contract.model.InspectionItemScoreDto;
import dev.steward.api.contract.model.InspectionMethodDto;
import dev.steward.api.contract.model.InspectionResultDto;
import dev.steward.api.contract.model.InspectionResultStatusDto;
import dev.steward.api.contract.model.InspectionScoreDto;
import dev.steward.api.contract.model.InspectionSectionScoreDto;
import dev.steward.api.contract.model.InspectionStatusDto;
import dev.steward.api.contract.model.InspectionSummaryDto;
import dev.steward.api.contract.model.RectificationCountsDto;
import dev.steward.api.contract.model.RectificationDto;
import dev.steward.api.contract.model.RectificationOwnerSummaryDto;
import dev.steward.api.contract.model.RectificationRefDto;
import dev.steward.api.contract.model.RectificationSectionSummaryDto;
import dev.steward.api.contract.model.RectificationStatusDto;
import dev.steward.api.contract.model.RectificationSummaryDto;
import dev.steward.api.contract.model.ReinspectionRecordDto;
import dev.steward.api.contract.model.ReinspectionResultDto;
import dev.steward.api.contract.model.WorkOrderStatusDto;
import java.util.UUID;

/** Inspections and rectifications → contract DTOs. A submitted inspection shows its frozen total and grade. */
final class InspectionDtos {

    private InspectionDtos() {}

    static InspectionDto inspection(InspectionService.View v) {
        InspectionRepository.Row x = v.row();
        return new InspectionDto().id(x.id()).code(x.code()).projectId(x.projectId()).templateId(x.templateId())
                .templateVersionId(x.versionId()).templateVersionNumber(v.version().number()).templateName(text(x.templateName()))
                .method(InspectionMethodDto.fromValue(x.method())).status(InspectionStatusDto.fromValue(x.status())).inspectorId(x.inspectorId())
                .inspectorName(x.inspectorName()).location(x.location()).summary(x.summary()).startedAt(x.startedAt()).submittedAt(x.submittedAt())
                .template(TemplateDtos.version(v.version())).taskId(x.taskId()).taskUnitId(x.taskUnitId())
                .results(v.results().stream().map(r -> result(v.version(), r)).toList())
                .score(score(v.score(), x))
                .version(x.version()).createdAt(x.createdAt()).updatedAt(x.updatedAt());
    }

    private static InspectionResultDto result(TemplateVersion version, InspectionRepository.Result r) {
        TemplateVersion.Place p = version.place(r.checkPointId());
        InspectionResultDto dto = new InspectionResultDto().id(r.id()).checkPointId(r.checkPointId()).itemId(p.item().id())
                .sectionId(p.section().id()).status(r.status() == null ? null : InspectionResultStatusDto.fromValue(r.status()))
                .deduction(number(r.deduction())).note(r.note()).photoCount(r.photoCount())
                .repairWorkOrderId(r.repairWorkOrderId()).repairWorkOrderCode(r.repairWorkOrderCode());
        if (r.rectificationId() != null) {
            dto.rectification(new RectificationRefDto().id(r.rectificationId())
                    .status(RectificationStatusDto.fromValue(r.rectificationStatus()))
                    .workOrderId(r.workOrderId()).workOrderCode(r.workOrderCode()).dueAt(r.dueAt()).rounds(r.rounds()));
        }
        return dto;
    }

    private static InspectionScoreDto score(Scoring.Score s, InspectionRepository.Row x) {
        boolean submitted = "SUBMITTED".equals(x.status());
        Scoring.Grade grade = submitted ? Scoring.Grade.valueOf(x.grade()) : s.grade();
        double total = submitted ? x.total().doubleValue() : s.total().doubleValue();
        return new InspectionScoreDto().total(total).grade(InspectionGradeDto.fromValue(grade.name())).teamBonus(s.teamBonus())
                .consequence(text(s.consequence())).provisional(!submitted).answeredCount(s.answered()).checkPointCount(s.checkPoints())
                .findingCount(s.findings())
                .sections(s.sections().stream().map(c -> new InspectionSectionScoreDto().sectionId(c.sectionId()).code(c.code())
                        .score(number(c.score())).max(number(c.max())).percent(number(c.percent())).weightPercent(number(c.weightPercent()))
                        .applicable(c.applicable())).toList())
                .items(s.items().stream().map(i -> new InspectionItemScoreDto().itemId(i.itemId()).score(number(i.score())).max(number(i.max()))
                        .applicable(i.applicable()).deductions(number(i.deductions()))).toList());
    }

    static InspectionSummaryDto summary(InspectionRepository.Row x) {
        return new InspectionSummaryDto().id(x.id()).code(x.code()).projectId(x.projectId()).templateId(x.templateId())
                .templateName(text(x.templateName())).method(InspectionMethodDto.fromValue(x.method()))
                .status(InspectionStatusDto.fromValue(x.status())).inspectorId(x.inspectorId()).inspectorName(x.inspectorName())
                .location(x.location()).startedAt(x.startedAt()).submittedAt(x.submittedAt()).total(number(x.total()))
                .grade(x.grade() == null ? null : InspectionGradeDto.fromValue(x.grade())).findingCount(x.findingCount())
                .rectificationCount(x.rectificationCount()).openRectificationCount(x.openRectificationCount());
    }

    static RectificationDto rectification(RectificationService.View v) {
        RectificationRepository.Row r = v.row();
        return new RectificationDto().id(r.id()).projectId(r.projectId()).inspectionId(r.inspectionId()).inspectionCode(r.inspectionCode())
                .resultId(r.resultId()).checkPointId(r.checkPointId()).checkPointCode(r.checkPointCode()).findingText(text(r.findingText()))
                .findingNote(r.findingNote()).deduction(number(r.deduction())).itemName(text(r.itemName())).sectionCode(r.sectionCode())
                .sectionName(text(r.sectionName())).templateName(text(r.templateName())).ownerId(r.ownerId()).ownerName(r.ownerName())
                .raisedById(r.raisedById()).raisedByName(r.raisedByName()).raisedAt(r.raisedAt()).originalDueAt(r.originalDueAt())
                .dueAt(r.dueAt()).daysLeft(v.daysLeft()).overdue(v.overdue()).rounds(r.rounds())
                .status(RectificationStatusDto.fromValue(r.status())).workOrderId(r.workOrderId()).workOrderCode(r.workOrderCode())
                .workOrderStatus(WorkOrderStatusDto.fromValue(r.workOrderStatus())).closedAt(r.closedAt()).closedOnTime(r.closedOnTime())
                .reinspections(v.reinspections().stream().map(e -> new ReinspectionRecordDto().id(e.id()).round(e.round())
                        .result(ReinspectionResultDto.fromValue(e.result())).note(e.note()).newDueAt(e.newDueAt()).inspectorId(e.inspectorId())
                        .inspectorName(e.inspectorName()).at(e.at())).toList());
    }

    static RectificationSummaryDto summary(RectificationSummaryService.Summary s) {
        return new RectificationSummaryDto().projectId(s.projectId()).from(s.from()).to(s.to()).totals(counts(s.totals()))
                .bySection(s.bySection().stream().map(n -> new RectificationSectionSummaryDto().sectionCode(n.key()).sectionName(text(n.name()))
                        .counts(counts(n.counts()))).toList())
                .byOwner(s.byOwner().stream().map(n -> new RectificationOwnerSummaryDto().ownerId(UUID.fromString(n.key()))
                        .ownerName(n.name().zh()).counts(counts(n.counts()))).toList());
    }

    static RectificationCountsDto counts(RectificationSummaryService.Counts c) {
        return new RectificationCountsDto().raised((int) c.raised()).closed((int) c.closed()).open((int) c.open())
                .awaitingReinspection((int) c.awaiting()).overdue((int) c.overdue()).due((int) c.due()).onTime((int) c.onTime())
                .rectificationRate(number(c.rate())).onTimeRate(number(c.onTimeRate()));
    }
}
