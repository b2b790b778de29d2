package dev.steward.api.inspection;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Role;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/** The vacant-unit register (空置房): every member of the project reads it; MANAGER, ADMIN and QUALITY_SUPERVISOR name who looks after a unit. */
@Service
class VacantUnitService {

    private final VacantUnitRepository units;
    private final Staff staff;
    private final TransactionalOperator tx;
    private final Clock clock;

    VacantUnitService(VacantUnitRepository units, Staff staff, TransactionalOperator tx, Clock clock) {
        this.units = units;
        this.staff = staff;
        this.tx = tx;
        this.clock = clock;
    }

    Mono<Page<VacantUnitRepository.Row>> list(Caller caller, UUID projectId, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        return Page.of(units.list(TaskService.scope(caller, projectId), now(), after == null ? null : after.get(0),
                after == null ? null : Cursor.uuid(after.get(1)), size + 1), size, u -> Cursor.encode(u.sortKey(), u.unitId().toString()));
    }

    Mono<VacantUnitRepository.Row> setResponsible(Caller caller, UUID unitId, UUID userId) {
        caller.requireRole("name the responsible person of a vacant unit", Role.ADMIN, Role.MANAGER, Role.QUALITY_SUPERVISOR);
        OffsetDateTime now = now();
        return tx.transactional(units.unit(caller.projectIdArray(), unitId)
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("unit", unitId)))
                .flatMap(u -> {
                    if (!"VACANT".equals(u[1])) {
                        return Mono.error(ApiException.conflict("UNIT_NOT_VACANT", "The unit is occupied; only vacant units have a responsible person."));
                    }
                    Mono<Void> member = userId == null ? Mono.empty() : staff.member(userId, UUID.fromString(u[0]))
                            .switchIfEmpty(Mono.error(() -> ApiException.invalidField("userId", "is not an active member of the unit's project")))
                            .then();
                    return member.then(units.setResponsible(unitId, userId, now));
                })
                .then(Mono.defer(() -> units.find(caller.projectIdArray(), unitId, now))));
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
