package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.property.Projects;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Inspection plans (巡检/督导计划): the inspecting roles write them, every member of the project reads them. Creating or
 * changing a plan makes its tasks for the coming days in the same transaction (a change first drops its future tasks
 * nobody started), so the task list is right as soon as the plan is saved.
 */
@Service
class PlanService {

    private final PlanRepository plans;
    private final TaskGenerator generator;
    private final Projects projects;
    private final TransactionalOperator tx;
    private final Clock clock;

    PlanService(PlanRepository plans, TaskGenerator generator, Projects projects, TransactionalOperator tx, Clock clock) {
        this.plans = plans;
        this.generator = generator;
        this.projects = projects;
        this.tx = tx;
        this.clock = clock;
    }

    Mono<Page<PlanRepository.Row>> list(Caller caller, UUID projectId, Boolean active, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        return Page.of(plans.list(scope(caller, projectId), active, after == null ? null : Cursor.time(after.get(0)),
                after == null ? null : Cursor.uuid(after.get(1)), size + 1), size, p -> Cursor.encode(p.createdAt().toString(), p.id().toString()));
    }

    Mono<PlanRepository.Row> get(Caller caller, UUID id) {
        return plans.find(caller.projectIdArray(), id).switchIfEmpty(Mono.error(() -> ApiException.notFound("inspection plan", id)));
    }

    Mono<PlanRepository.Row> create(Caller caller, PlanRules.Input in) {
        caller.requireProject(in.projectId(), "projectId");
        InspectionRoles.requireInspector(caller, "write inspection plans");
        OffsetDateTime now = now();
        return today(in.projectId(), now).flatMap(today -> {
            PlanRepository.Content c = PlanRules.content(in, today);
            return tx.transactional(check(in.projectId(), c)
                    .then(plans.insert(in.projectId(), c, caller.userId(), now))
                    .flatMap(id -> generator.generate(now, id).then(plans.find(caller.projectIdArray(), id))));
        });
    }

    Mono<PlanRepository.Row> update(Caller caller, UUID id, String ifMatch, PlanRules.Input in) {
        long expected = ETags.expectedVersion(ifMatch);
        InspectionRoles.requireInspector(caller, "write inspection plans");
        OffsetDateTime now = now();
        return tx.transactional(get(caller, id).flatMap(existing -> {
            if (in.projectId() != null && !in.projectId().equals(existing.projectId())) {
                return Mono.error(ApiException.invalidField("projectId", "a plan stays in its project"));
            }
            if (existing.version() != expected) {
                return Mono.error(ETags.stale());
            }
            return today(existing.projectId(), now).flatMap(today -> {
                PlanRepository.Content c = PlanRules.content(in, today);
                return check(existing.projectId(), c)
                        .then(plans.update(id, expected, c, now))
                        .flatMap(ok -> ok ? plans.dropUnstartedTasks(id, today) : Mono.error(ETags.stale()))
                        .then(Mono.defer(() -> generator.generate(now, id)))
                        .then(Mono.defer(() -> plans.find(caller.projectIdArray(), id)));
            });
        }));
    }

    /** The template is published, the inspectors inspect in the project, the buildings are the project's: else 400 naming it. */
    private Mono<Void> check(UUID projectId, PlanRepository.Content c) {
        return plans.templatePublished(c.templateId()).flatMap(ok -> ok ? Mono.<Void>empty()
                        : Mono.error(ApiException.invalidField("templateId", "no published rubric with this id")))
                .then(plans.inspectors(projectId, c.inspectorIds().toArray(UUID[]::new)).collectList())
                .flatMap(found -> firstMissing("inspectorIds", c.inspectorIds(), found,
                        "is not an active member of the project with an inspecting role (QUALITY_SUPERVISOR, MANAGER, ADMIN)"))
                .then(c.buildingIds().isEmpty() ? Mono.<List<UUID>>just(List.of())
                        : plans.buildings(projectId, c.buildingIds().toArray(UUID[]::new)).collectList())
                .flatMap(found -> firstMissing("buildingIds", c.buildingIds(), found, "is not a building of the project"));
    }

    /** 400 naming the first of {@code wanted} not {@code found} ({@code field[i]}). */
    private static Mono<Void> firstMissing(String field, List<UUID> wanted, List<UUID> found, String message) {
        Set<UUID> ok = new HashSet<>(found);
        for (int i = 0; i < wanted.size(); i++) {
            if (!ok.contains(wanted.get(i))) {
                return Mono.error(ApiException.invalidField(field + "[" + i + "]", message));
            }
        }
        return Mono.empty();
    }

    private Mono<LocalDate> today(UUID projectId, OffsetDateTime now) {
        return projects.summary(projectId).switchIfEmpty(Mono.error(() -> ApiException.notFound("project", projectId)))
                .map(p -> now.atZoneSameInstant(ZoneId.of(p.timezone())).toLocalDate());
    }

    private static UUID[] scope(Caller caller, UUID projectId) {
        if (projectId == null) {
            return caller.projectIdArray();
        }
        caller.requireProject(projectId, "project");
        return new UUID[] {projectId};
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
