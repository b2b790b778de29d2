package dev.steward.api.workorder;

import dev.steward.api.contract.model.WorkOrderCreateDto;
import dev.steward.api.contract.model.WorkOrderDto;
import dev.steward.api.contract.model.WorkOrderEventDto;
import dev.steward.api.contract.model.WorkOrderUpdateDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface WorkOrderMapper {

    @Mapping(target = ".", source = "order")
    @Mapping(target = "reporter", source = "reporter")
    @Mapping(target = "sla", source = "sla")
    @Mapping(target = "allowedActions", source = "allowedActions")
    WorkOrderDto toDto(WorkOrderView view);

    WorkOrderEventDto toDto(WorkOrderEvent event);

    @Mapping(target = "reporterName", source = "reporter.name")
    @Mapping(target = "reporterPhone", source = "reporter.phone")
    @Mapping(target = "surveyCommentId", ignore = true)
    @Mapping(target = "rectificationId", ignore = true)
    @Mapping(target = "resolutionDueAt", ignore = true)
    WorkOrderService.Registration toRegistration(WorkOrderCreateDto request);

    WorkOrderService.Edit toEdit(WorkOrderUpdateDto request);
}
