package dev.steward.api.workorder;

import static dev.steward.api.workorder.WorkOrderValues.blankToNull;
import static dev.steward.api.workorder.WorkOrderValues.now;
import static dev.steward.api.workorder.WorkOrderValues.required;
import static dev.steward.api.workorder.WorkOrderValues.text;
import static dev.steward.api.workorder.WorkOrderValues.utc;
import static dev.steward.api.workorder.WorkOrderVisibility.seesPhone;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Role;
import dev.steward.api.property.Projects;
import dev.steward.api.workorder.WorkOrderEvent.Draft;
import dev.steward.api.workorder.WorkOrderEvent.FieldChange;
import dev.steward.api.workorder.WorkOrderEvent.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * What a work order is made of: registration (code, SLA, rework link), edits, and reading one with its timeline.
 * The state machine's actions are {@link WorkOrderTransitions}; who sees what is {@link WorkOrderVisibility}.
 * Every change and its timeline entry are written in one transaction.
 */
@Service
class WorkOrderService {

    /** The default categories (extendable per project later); any other code is a 400. */
    static final Set<String> CATEGORIES = Set.of("PLUMBING", "ELECTRICAL", "ELEVATOR", "DOOR_LOCK", "CIVIL", "CLEANING",
            "LANDSCAPING", "SECURITY", "PARKING", "NOISE", "OTHER");
    /** A repair of the same unit and category within this time after an earlier one was completed is rework (返修). */
    static final Duration REWORK_WINDOW = Duration.ofDays(30);
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** {@code resolutionDueAt} replaces the SLA policy's (a rectification's deadline); null: the policy's. */
    record Registration(UUID projectId, UUID unitId, String location, String type, String category, String priority,
            String channel, String title, String description, String reporterName, String reporterPhone, UUID surveyCommentId,
            UUID rectificationId, OffsetDateTime resolutionDueAt, String externalId) {}

    /** A registration's answer: the order, and whether it was registered earlier under the same {@code externalId}. */
    record Registered(WorkOrderView view, boolean earlier) {}

    /** Channels an API client registers through: the resident's app or mini program, or the integrated system itself. */
    static final Set<String> CLIENT_CHANNELS = Set.of("WECHAT", "APP", "INTEGRATION");

    /** PATCH: null means "leave as it is". */
    record Edit(String title, String description, String category, String priority, UUID unitId, String location) {}

    private final WorkOrderRepository repo;
    private final CodeCounter codes;
    private final WorkOrderTimeline timeline;
    private final WorkOrderVisibility visibility;
    private final Projects projects;
    private final SlaSettings sla;
    private final TransactionalOperator tx;
    private final Clock clock;

    WorkOrderService(WorkOrderRepository repo, CodeCounter codes, WorkOrderTimeline timeline, WorkOrderVisibility visibility,
            Projects projects, SlaSettings sla, TransactionalOperator tx, Clock clock) {
        this.repo = repo;
        this.codes = codes;
        this.timeline = timeline;
        this.visibility = visibility;
        this.projects = projects;
        this.sla = sla;
        this.tx = tx;
        this.clock = clock;
    }

    // Reads

    Mono<WorkOrderView> get(Caller caller, UUID id) {
        return visibility.visible(caller, id).map(o -> WorkOrderView.of(o, caller, now(clock), seesPhone(caller, o)));
    }

    /** The timeline, oldest first, keyset-paged on (time, sequence). */
    Mono<Page<WorkOrderEvent>> events(Caller caller, UUID id, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        OffsetDateTime afterAt = after == null ? null : Cursor.time(after.get(0));
        Long afterSeq = after == null ? null : sequence(after.get(1));
        return visibility.visible(caller, id).flatMap(o -> Page.of(timeline.read(o.projectId(), o.id(), afterAt, afterSeq, size + 1), size,
                        e -> Cursor.encode(e.event().at().toString(), Long.toString(e.seq())))
                .map(p -> p.map(WorkOrderTimeline.Entry::event)));
    }

    private static Long sequence(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField("cursor", "is not a cursor this list produced");
        }
    }

    // Registration and edits

    /**
     * The front desk's registration. INTEGRATION reaches here only with an API client's token carrying
     * {@code work-orders:write} (the security chain refuses every other INTEGRATION write).
     */
    Mono<WorkOrderView> create(Caller caller, Registration r) {
        return registerOnce(caller, r).map(Registered::view);
    }

    /** {@link #create}, saying whether the order was registered earlier by the same caller under the same externalId. */
    Mono<Registered> registerOnce(Caller caller, Registration r) {
        caller.requireProject(r.projectId(), "project");
        caller.requireRole("register work orders", Role.ADMIN, Role.MANAGER, Role.AGENT, Role.INTEGRATION);
        if (caller.has(Role.INTEGRATION) && !CLIENT_CHANNELS.contains(r.channel())) {
            throw ApiException.invalidField("channel", "an API client registers orders by WECHAT, APP or INTEGRATION");
        }
        if (r.externalId() == null) {
            return register(caller, r).map(v -> new Registered(v, false));
        }
        // Found before any number is taken; a racing twin waits on the unique index, inserts nothing, then finds it.
        Mono<Registered> earlier = Mono.defer(() -> repo.findByExternalId(caller.userId(), r.externalId())
                .flatMap(id -> visibility.reload(caller, id))
                .map(o -> new Registered(WorkOrderView.of(o, caller, now(clock), seesPhone(caller, o)), true)));
        return earlier.switchIfEmpty(Mono.defer(() -> register(caller, r).map(v -> new Registered(v, false))))
                .switchIfEmpty(earlier);
    }

    /** Registers without the front-desk role check: for orders other features raise (e.g. a lock change for a lost key). */
    Mono<WorkOrderView> register(Caller caller, Registration r) {
        String title = required(r.title(), "title");
        String reporterName = required(r.reporterName(), "reporter.name");
        String location = blankToNull(r.location());
        if (r.unitId() == null && location == null) {
            throw ApiException.invalidField("unitId", "a unit or a location is required");
        }
        requireCategory(r.category());
        Instant now = now(clock);
        return tx.transactional(projects.summary(r.projectId())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("project", r.projectId())))
                .flatMap(project -> requireUnit(r.projectId(), r.unitId())
                        .then(reworkOf(r, now).map(Optional::of).defaultIfEmpty(Optional.empty()))
                        .zipWith(sla.policy(r.projectId()))
                        .flatMap(t -> {
                            Optional<UUID> rework = t.getT1();
                            ZoneId zone = ZoneId.of(project.timezone());
                            LocalDate day = LocalDate.ofInstant(now, zone);
                            SlaPolicy.DueDates due = t.getT2().dueDates(r.type(), r.priority(), now, zone);
                            // Taken after every check (a refused registration uses no number), outside this transaction.
                            return codes.next(r.projectId(), day)
                                    .map(n -> "%s-%s-%04d".formatted(project.code(), CODE_DAY.format(day), n))
                                    .flatMap(code -> repo.insert(new WorkOrderRepository.NewRow(r.projectId(), code, r.unitId(),
                                            location, r.type(), r.category(), r.priority(), r.channel(), title,
                                            blankToNull(r.description()), reporterName, r.reporterPhone().strip(),
                                            caller.userId(), utc(due.responseDueAt()),
                                            r.resolutionDueAt() != null ? r.resolutionDueAt() : utc(due.resolutionDueAt()),
                                            rework.orElse(null), r.surveyCommentId(), r.rectificationId(), utc(now),
                                            blankToNull(r.externalId()))));
                        }))
                .flatMap(id -> visibility.reload(caller, id)))
                .map(o -> WorkOrderView.of(o, caller, now, seesPhone(caller, o)));
    }

    Mono<WorkOrderView> update(Caller caller, UUID id, String ifMatch, Edit e) {
        long expected = ETags.expectedVersion(ifMatch);
        String title = e.title() == null ? null : required(e.title(), "title");
        if (e.category() != null) {
            requireCategory(e.category());
        }
        Instant now = now(clock);
        return tx.transactional(visibility.visible(caller, id).flatMap(o -> {
                    WorkOrderAction.EDIT.requirePermitted(caller, o.assigneeId());
                    if (o.version() != expected) {
                        return Mono.error(ETags.stale());
                    }
                    WorkOrderAction.EDIT.requireTransition(o.status(), o.status());
                    Mono<Void> unitCheck = e.unitId() == null || e.unitId().equals(o.unitId()) ? Mono.empty()
                            : requireUnit(o.projectId(), e.unitId());
                    return unitCheck.then(Mono.defer(() -> edited(o, e, title)))
                            .flatMap(next -> {
                                List<FieldChange> changes = diff(o, next);
                                if (changes.isEmpty()) {
                                    return Mono.just(o);
                                }
                                String note = "Changed " + String.join(", ", changes.stream().map(FieldChange::field).toList());
                                return repo.update(o, next, utc(now))
                                        .flatMap(ok -> ok ? timeline.append(o.projectId(), o.id(), caller.userId(), utc(now),
                                                        new Draft(Type.UPDATED, note, null, null, changes))
                                                : Mono.error(ETags.stale()))
                                        .then(Mono.defer(() -> visibility.reload(caller, id)));
                            });
                }))
                .map(o -> WorkOrderView.of(o, caller, now, seesPhone(caller, o)));
    }

    /** The order with the edit applied; a new priority moves the SLA due dates (still counted from registration). */
    private Mono<WorkOrder> edited(WorkOrder o, Edit e, String title) {
        WorkOrder.Builder b = o.toBuilder();
        if (title != null) {
            b.title = title;
        }
        if (e.description() != null) {
            b.description = blankToNull(e.description());
        }
        if (e.category() != null) {
            b.category = e.category();
        }
        if (e.unitId() != null) {
            b.unitId = e.unitId();
        }
        if (e.location() != null) {
            b.location = required(e.location(), "location");
        }
        if (e.priority() == null || e.priority().equals(o.priority())) {
            return Mono.just(b.build());
        }
        b.priority = e.priority();
        return Mono.zip(WorkOrderValues.zone(projects, o.projectId()), sla.policy(o.projectId())).map(t -> {
            SlaPolicy.DueDates due = t.getT2().dueDates(o.type(), e.priority(), o.createdAt().toInstant(), t.getT1());
            b.responseDueAt = utc(due.responseDueAt());
            b.resolutionDueAt = utc(due.resolutionDueAt());
            return b.build();
        });
    }

    private static List<FieldChange> diff(WorkOrder a, WorkOrder b) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "title", a.title(), b.title());
        compare(changes, "description", a.description(), b.description());
        compare(changes, "category", a.category(), b.category());
        compare(changes, "priority", a.priority(), b.priority());
        compare(changes, "unitId", a.unitId(), b.unitId());
        compare(changes, "location", a.location(), b.location());
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, text(before), text(after)));
        }
    }

    // Helpers

    private Mono<Void> requireUnit(UUID projectId, UUID unitId) {
        if (unitId == null) {
            return Mono.empty();
        }
        return projects.hasUnit(projectId, unitId).flatMap(found -> found ? Mono.<Void>empty()
                : Mono.error(ApiException.invalidField("unitId", "is not a unit of this project")));
    }

    private Mono<UUID> reworkOf(Registration r, Instant now) {
        if (!"REPAIR".equals(r.type()) || r.unitId() == null) {
            return Mono.empty();
        }
        return repo.reworkTarget(r.projectId(), r.unitId(), r.category(), utc(now.minus(REWORK_WINDOW)), utc(now));
    }

    private static void requireCategory(String category) {
        if (!CATEGORIES.contains(category)) {
            throw ApiException.invalidField("category", "is not a work-order category of this project");
        }
    }


}
