package dev.steward.api.inspection;

import static dev.steward.api.inspection.TemplateDtos.text;

import dev.steward.api.contract.model.InspectionGradeDto;
import dev.steward.api.contract.model.InspectionMethodDto;
import dev.steward.api.contract.model.InspectionPlanDto;
import dev.steward.api.contract.model.InspectionPlanInputDto;
import dev.steward.api.contract.model.InspectionPlanInspectorDto;
import dev.steward.api.contract.model.InspectionPlanLevelDto;
import dev.steward.api.contract.model.InspectionRecurrenceDto;
import dev.steward.api.contract.model.InspectionStatusDto;
import dev.steward.api.contract.model.InspectionTaskCountsDto;
import dev.steward.api.contract.model.InspectionTaskDto;
import dev.steward.api.contract.model.InspectionTaskStatusDto;
import dev.steward.api.contract.model.InspectionTaskSummaryDto;
import dev.steward.api.contract.model.VacantUnitDto;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Plans, tasks and vacant units ⇄ contract DTOs. */
final class PlanDtos {

    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private PlanDtos() {}

    static PlanRules.Input input(InspectionPlanInputDto r) {
        InspectionRecurrenceDto rec = r.getRecurrence();
        return new PlanRules.Input(r.getProjectId(), r.getName(), r.getTemplateId(), r.getLevel().getValue(),
                rec == null ? null : rec.getFrequency().getValue(), rec == null || rec.getWeekdays() == null ? List.of() : new ArrayList<>(rec.getWeekdays()),
                rec == null ? null : rec.getDayOfMonth(), r.getMethod() == null ? null : r.getMethod().getValue(), r.getDueTime(),
                r.getWindowDays(), r.getBuildingIds() == null ? List.of() : new ArrayList<>(r.getBuildingIds()), r.getVacantUnits(),
                r.getEquipmentRooms() == null ? List.of() : new ArrayList<>(r.getEquipmentRooms()),
                new ArrayList<>(r.getInspectorIds()), date(r.getStartsOn()), r.getActive());
    }

    private static java.time.LocalDate date(String s) {
        try {
            return s == null ? null : java.time.LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw dev.steward.api.platform.ApiException.invalidField("startsOn", "is not a date (YYYY-MM-DD)");
        }
    }

    static InspectionPlanDto plan(PlanRepository.Row p) {
        PlanRepository.Content c = p.content();
        InspectionRecurrenceDto rec = new InspectionRecurrenceDto(InspectionRecurrenceDto.FrequencyEnum.fromValue(c.recurrence()))
                .weekdays(c.weekdays().isEmpty() ? null : new LinkedHashSet<>(c.weekdays())).dayOfMonth(c.dayOfMonth());
        return new InspectionPlanDto().id(p.id()).projectId(p.projectId()).name(c.name()).templateId(c.templateId())
                .templateName(text(p.templateName())).level(InspectionPlanLevelDto.fromValue(c.level())).recurrence(rec)
                .method(InspectionMethodDto.fromValue(c.method())).inspectors(inspectors(p.inspectors())).buildingIds(c.buildingIds())
                .vacantUnits(c.vacantUnits()).equipmentRooms(c.equipmentRooms()).dueTime(HH_MM.format(c.dueTime())).windowDays(c.windowDays()).startsOn(c.startsOn())
                .active(c.active()).version(p.version()).createdAt(p.createdAt()).updatedAt(p.updatedAt());
    }

    static InspectionTaskDto task(TaskRepository.Row t) {
        return new InspectionTaskDto().id(t.id()).projectId(t.projectId()).planId(t.planId()).planName(t.planName())
                .level(InspectionPlanLevelDto.fromValue(t.level())).templateId(t.templateId()).templateName(text(t.templateName()))
                .method(InspectionMethodDto.fromValue(t.method())).scheduledOn(t.scheduledOn()).unitId(t.unitId()).unitLabel(t.unitLabel())
                .equipmentRoom(t.equipmentRoom())
                .opensAt(t.opensAt()).dueAt(t.dueAt()).status(InspectionTaskStatusDto.fromValue(t.status())).late(t.late())
                .inspectionId(t.inspectionId()).inspectionCode(t.inspectionCode())
                .inspectionStatus(t.inspectionStatus() == null ? null : InspectionStatusDto.fromValue(t.inspectionStatus()))
                .startedAt(t.startedAt()).doneAt(t.doneAt()).inspectors(inspectors(t.inspectors()));
    }

    static InspectionTaskSummaryDto summary(TaskService.Summary s) {
        return new InspectionTaskSummaryDto().from(s.from()).to(s.to()).projects(s.projects().stream()
                .map(c -> new InspectionTaskCountsDto().projectId(c.projectId()).due((int) c.due()).done((int) c.done())
                        .doneLate((int) c.doneLate()).missed((int) c.missed()).open((int) c.open()))
                .toList());
    }

    static VacantUnitDto vacantUnit(VacantUnitRepository.Row u) {
        return new VacantUnitDto().unitId(u.unitId()).projectId(u.projectId()).buildingId(u.buildingId()).label(u.label())
                .responsibleUserId(u.responsibleUserId()).responsibleName(u.responsibleName()).lastPatrolAt(u.lastPatrolAt())
                .lastPatrolInspectionId(u.lastPatrolId())
                .lastPatrolGrade(u.lastPatrolGrade() == null ? null : InspectionGradeDto.fromValue(u.lastPatrolGrade()))
                .openFindings(u.openFindings()).nextTaskId(u.nextTaskId()).nextTaskDueAt(u.nextTaskDueAt())
                .nextTaskStatus(u.nextTaskStatus() == null ? null : InspectionTaskStatusDto.fromValue(u.nextTaskStatus()))
                .nextTaskInspectionId(u.nextTaskInspectionId()).keyId(u.keyId()).keyCode(u.keyCode()).keyStatus(u.keyStatus());
    }

    private static List<InspectionPlanInspectorDto> inspectors(List<PlanRepository.Inspector> list) {
        return list.stream().map(i -> new InspectionPlanInspectorDto().id(i.id()).displayName(i.displayName())).toList();
    }
}
