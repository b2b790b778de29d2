package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.api.contract.model.KeyDepositCreateDto;
import dev.steward.api.contract.model.SurveyCampaignCreateDto;
import dev.steward.api.contract.model.UserCreateDto;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.json.JsonMapper;

/** Null list items (in lists and sets, of ids, texts and enums) and NUL characters are refused while reading JSON. */
class StrictJsonInputTest {

    private final JsonMapper json = mapper();

    private static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        new StrictJsonInput().strictJsonInputCustomizer().customize(builder);
        return builder.build();
    }

    @Test
    void aNullItemIsRefusedInEveryKindOfList() {
        assertThatThrownBy(() -> json.readValue("{\"buildingIds\":[null]}", SurveyCampaignCreateDto.class))
                .isInstanceOf(InvalidNullException.class);
        assertThatThrownBy(() -> json.readValue("{\"roles\":[null]}", UserCreateDto.class)).isInstanceOf(InvalidNullException.class);
        assertThatThrownBy(() -> json.readValue("{\"projectIds\":[null]}", UserCreateDto.class)).isInstanceOf(InvalidNullException.class);
        assertThatThrownBy(() -> json.readValue("{\"allowedRoles\":[\"ADMIN\",null]}", KeyDepositCreateDto.class))
                .isInstanceOf(InvalidNullException.class);
    }

    @Test
    void aNulCharacterIsRefusedInTextAndFreeFormValues() {
        assertThatThrownBy(() -> json.readValue("{\"username\":\"a\\u0000\"}", UserCreateDto.class))
                .isInstanceOf(StrictJsonInput.NulCharacterException.class);
        assertThatThrownBy(() -> json.readTree("{\"value\":[\"\\u0000\"]}")).isInstanceOf(StrictJsonInput.NulCharacterException.class);
    }
}
