package dev.steward.api.property;

import dev.steward.api.contract.FrontDeskApi;
import dev.steward.api.contract.model.UnitLookupDto;
import dev.steward.api.contract.model.UnitLookupItemDto;
import dev.steward.api.platform.ProjectScope;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

@RestController
class UnitLookupController implements FrontDeskApi {

    private final UnitLookup lookup;
    private final ProjectScope scope;
    private final PropertyMapper mapper;

    UnitLookupController(UnitLookup lookup, ProjectScope scope, PropertyMapper mapper) {
        this.lookup = lookup;
        this.scope = scope;
        this.mapper = mapper;
    }

    @Override
    public Mono<ResponseEntity<UnitLookupDto>> lookupUnits(UUID projectId, String q, Integer limit, ServerWebExchange exchange) {
        return scope.current().flatMap(c -> lookup.find(c, projectId, q, limit))
                .map(items -> ResponseEntity.ok(new UnitLookupDto(items.stream()
                        .map(i -> new UnitLookupItemDto(mapper.toDto(i.unit()), UnitLookupItemDto.MatchedByEnum.fromValue(i.matchedBy().name()),
                                i.residents().stream().map(mapper::toDto).toList(), i.matchedResidentIds()))
                        .toList())));
    }
}
