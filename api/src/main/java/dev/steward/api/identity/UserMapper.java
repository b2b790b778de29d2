package dev.steward.api.identity;

import dev.steward.api.contract.model.UserDto;
import org.mapstruct.Mapper;

@Mapper
interface UserMapper {

    UserDto toDto(User user);
}
