package dev.steward.api.property;

import dev.steward.api.contract.model.BuildingDto;
import dev.steward.api.contract.model.ProjectDto;
import dev.steward.api.contract.model.ResidentDto;
import dev.steward.api.contract.model.UnitDto;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

@Mapper
interface PropertyMapper {

    ProjectDto toDto(Project project);

    BuildingDto toDto(Building building);

    UnitDto toDto(Unit unit);

    @Mapping(target = "phoneMasked", expression = "java(resident.phone().contains(\"*\"))")
    ResidentDto toDto(Resident resident);
}
