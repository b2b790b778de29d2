package dev.steward.api.workorder;

import static dev.steward.api.workorder.WorkOrderStatus.ASSIGNED;
import static dev.steward.api.workorder.WorkOrderStatus.CANCELLED;
import static dev.steward.api.workorder.WorkOrderStatus.CLOSED;
import static dev.steward.api.workorder.WorkOrderStatus.COMPLETED;
import static dev.steward.api.workorder.WorkOrderStatus.IN_PROGRESS;
import static dev.steward.api.workorder.WorkOrderStatus.NEW;
import static dev.steward.api.workorder.WorkOrderStatus.ON_HOLD;
import static dev.steward.api.workorder.WorkOrderStatus.REOPENED;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ETags;
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
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * The work-order rules: registration (code, SLA, rework link), edits, the state machine's actions and
 * who may take them, and what each caller may see. Every change and its timeline entry are written in
 * one transaction; a change is applied only if the order is still in the state it was checked against.
 */
@Service
class WorkOrderService {

    /** The default categories (extendable per project later); any other code is a 400. */
    static final Set<String> CATEGORIES = Set.of("PLUMBING", "ELECTRICAL", "ELEVATOR", "DOOR_LOCK", "CIVIL", "CLEANING",
            "LANDSCAPING", "SECURITY", "PARKING", "NOISE", "OTHER");
    /** A repair of the same unit and category within this time after an earlier one was completed is rework (返修). */
    static final Duration REWORK_WINDOW = Duration.ofDays(30);
    static final int MAX_EVENTS = 1000;
    /** Re-reads after a concurrent change before giving up with 409 WORK_ORDER_CHANGED. */
    private static final int RETRIES = 3;
    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** {@code resolutionDueAt} replaces the SLA policy's (a rectification's deadline); null: the policy's. */
    record Registration(UUID projectId, UUID unitId, String location, String type, String category, String priority,
            String channel, String title, String description, String reporterName, String reporterPhone, UUID surveyCommentId,
            UUID rectificationId, OffsetDateTime resolutionDueAt) {}

    /** PATCH: null means "leave as it is". */
    record Edit(String title, String description, String category, String priority, UUID unitId, String location) {}

    /** The new state of an order (null: the row does not change) and the entry it adds to the timeline. */
    record Change(WorkOrder next, Draft event) {}

    /** The order changed between our read and our write; the change is retried on a fresh read. */
    private static final class Stale extends RuntimeException {
        Stale() {
            super("stale", null, false, false);
        }
    }

    private final WorkOrderRepository repo;
    private final Projects projects;
    private final Staff staff;
    private final TransactionalOperator tx;
    private final Clock clock;
    private final SlaSettings sla;
    private final CompletionEvidence evidence;

    WorkOrderService(WorkOrderRepository repo, Projects projects, Staff staff, SlaSettings sla, TransactionalOperator tx,
            Clock clock, CompletionEvidence evidence) {
        this.repo = repo;
        this.sla = sla;
        this.evidence = evidence;
        this.projects = projects;
        this.staff = staff;
        this.tx = tx;
        this.clock = clock;
    }

    // Reads

    Mono<WorkOrderView> get(Caller caller, UUID id) {
        return visible(caller, id).map(o -> WorkOrderView.of(o, caller, now(), seesPhone(caller, o)));
    }

    Mono<List<WorkOrderEvent>> events(Caller caller, UUID id) {
        return visible(caller, id).flatMap(o -> repo.events(o.projectId(), o.id(), MAX_EVENTS).collectList());
    }

    // Registration and edits

    Mono<WorkOrderView> create(Caller caller, Registration r) {
        caller.requireProject(r.projectId(), "project");
        caller.requireRole("register work orders", Role.ADMIN, Role.MANAGER, Role.AGENT);
        return register(caller, r);
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
        Instant now = now();
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
                            // The counter row stays locked until commit: taken last, after every other check.
                            return repo.nextNumber(r.projectId(), day)
                                    .map(n -> "%s-%s-%04d".formatted(project.code(), CODE_DAY.format(day), n))
                                    .flatMap(code -> repo.insert(new WorkOrderRepository.NewRow(r.projectId(), code, r.unitId(),
                                            location, r.type(), r.category(), r.priority(), r.channel(), title,
                                            blankToNull(r.description()), reporterName, r.reporterPhone().strip(),
                                            caller.userId(), utc(due.responseDueAt()),
                                            r.resolutionDueAt() != null ? r.resolutionDueAt() : utc(due.resolutionDueAt()),
                                            rework.orElse(null), r.surveyCommentId(), r.rectificationId(), utc(now))));
                        }))
                .flatMap(id -> repo.appendEvent(r.projectId(), id, caller.userId(), utc(now), Draft.of(Type.CREATED, null, null, NEW))
                        .then(Mono.defer(() -> reload(caller, id)))))
                .map(o -> WorkOrderView.of(o, caller, now, seesPhone(caller, o)));
    }

    Mono<WorkOrderView> update(Caller caller, UUID id, String ifMatch, Edit e) {
        long expected = ETags.expectedVersion(ifMatch);
        String title = e.title() == null ? null : required(e.title(), "title");
        if (e.category() != null) {
            requireCategory(e.category());
        }
        Instant now = now();
        return tx.transactional(visible(caller, id).flatMap(o -> {
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
                                        .flatMap(ok -> ok ? repo.appendEvent(o.projectId(), o.id(), caller.userId(), utc(now),
                                                        new Draft(Type.UPDATED, note, null, null, changes))
                                                : Mono.error(ETags.stale()))
                                        .then(Mono.defer(() -> reload(caller, id)));
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
        return Mono.zip(zone(o.projectId()), sla.policy(o.projectId())).map(t -> {
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

    // Actions

    Mono<WorkOrderView> assign(Caller caller, UUID id, UUID assigneeId, String note) {
        return change(caller, id, WorkOrderAction.ASSIGN, (o, now) -> {
            WorkOrderAction.ASSIGN.requireTransition(o.status(), ASSIGNED);
            Mono<Boolean> eligible = "RECTIFICATION".equals(o.type()) ? RectificationOrders.canOwn(staff, assigneeId, o.projectId())
                    : staff.isActiveMember(assigneeId, o.projectId(), Role.TECHNICIAN);
            return eligible.flatMap(ok -> {
                if (!ok) {
                    return Mono.error(ApiException.invalidField("assigneeId", "RECTIFICATION".equals(o.type())
                            ? RectificationOrders.NOT_AN_OWNER : "is not an active technician of this work order's project"));
                }
                WorkOrder.Builder b = o.toBuilder();
                b.assigneeId = assigneeId;
                b.status = ASSIGNED;
                return Mono.just(new Change(b.build(), new Draft(Type.ASSIGNED, blankToNull(note), o.status(), ASSIGNED,
                        List.of(new FieldChange("assigneeId", text(o.assigneeId()), assigneeId.toString())))));
            });
        });
    }

    /** On site: the first start is the response (sets respondedAt). */
    Mono<WorkOrderView> start(Caller caller, UUID id, String note) {
        return change(caller, id, WorkOrderAction.START, (o, now) -> {
            WorkOrderAction.START.requireTransition(o.status(), IN_PROGRESS);
            WorkOrder.Builder b = o.toBuilder();
            b.status = IN_PROGRESS;
            if (b.respondedAt == null) {
                b.respondedAt = utc(now);
            }
            return Mono.just(new Change(b.build(), Draft.of(Type.STARTED, blankToNull(note), o.status(), IN_PROGRESS)));
        });
    }

    Mono<WorkOrderView> hold(Caller caller, UUID id, String reason) {
        return simple(caller, id, WorkOrderAction.HOLD, ON_HOLD, Type.HELD, required(reason, "reason"));
    }

    Mono<WorkOrderView> resume(Caller caller, UUID id, String note) {
        return simple(caller, id, WorkOrderAction.RESUME, IN_PROGRESS, Type.RESUMED, blankToNull(note));
    }

    Mono<WorkOrderView> complete(Caller caller, UUID id, String resolution, Long feeFen) {
        String text = required(resolution, "resolution");
        return change(caller, id, WorkOrderAction.COMPLETE, (o, now) -> {
            WorkOrderAction.COMPLETE.requireTransition(o.status(), COMPLETED);
            return evidence.require(o).then(Mono.zip(zone(o.projectId()), sla.policy(o.projectId()))).map(t -> {
                WorkOrder.Builder b = o.toBuilder();
                b.status = COMPLETED;
                b.completedAt = utc(now);
                b.returnVisitDueAt = utc(t.getT2().returnVisitDue(now, t.getT1()));
                b.resolution = text;
                List<FieldChange> changes = List.of();
                if (feeFen != null) {
                    b.feeFen = feeFen;
                    changes = List.of(new FieldChange("feeFen", text(o.feeFen()), feeFen.toString()));
                }
                return new Change(b.build(), new Draft(Type.COMPLETED, text, o.status(), COMPLETED, changes));
            });
        });
    }

    /**
     * 回访. Not reached: an attempt on the timeline, the order stays COMPLETED. Reached: satisfaction 3–5 closes
     * the order; 1–2 reopens it (返修) for another round.
     */
    Mono<WorkOrderView> returnVisit(Caller caller, UUID id, boolean reached, Integer satisfaction, String comment) {
        if (reached && satisfaction == null) {
            throw ApiException.invalidField("satisfaction", "is required when the resident was reached");
        }
        if (!reached && satisfaction != null) {
            throw ApiException.invalidField("satisfaction", "must be absent when the resident was not reached");
        }
        String note = blankToNull(comment);
        return change(caller, id, WorkOrderAction.RETURN_VISIT, (o, now) -> {
            if (!reached) {
                WorkOrderAction.RETURN_VISIT.requireTransition(o.status(), COMPLETED);
                return Mono.just(new Change(null, Draft.of(Type.RETURN_VISIT_ATTEMPTED, note, null, null)));
            }
            WorkOrderStatus to = satisfaction >= 3 ? CLOSED : REOPENED;
            WorkOrderAction.RETURN_VISIT.requireTransition(o.status(), to);
            return (to == CLOSED ? Mono.just(closed(o, now)) : reopened(o, now)).map(b -> {
                b.satisfaction = satisfaction;
                return new Change(b.build(), new Draft(Type.RETURN_VISITED, note, o.status(), to,
                        List.of(new FieldChange("satisfaction", text(o.satisfaction()), satisfaction.toString()))));
            });
        });
    }

    Mono<WorkOrderView> reopen(Caller caller, UUID id, String reason) {
        String note = required(reason, "reason");
        return change(caller, id, WorkOrderAction.REOPEN, (o, now) -> {
            WorkOrderAction.REOPEN.requireTransition(o.status(), REOPENED);
            return reopened(o, now).map(b -> new Change(b.build(), Draft.of(Type.REOPENED, note, o.status(), REOPENED)));
        });
    }

    Mono<WorkOrderView> cancel(Caller caller, UUID id, String reason) {
        return simple(caller, id, WorkOrderAction.CANCEL, CANCELLED, Type.CANCELLED, required(reason, "reason"));
    }

    Mono<WorkOrderView> comment(Caller caller, UUID id, String text) {
        String note = required(text, "text");
        return change(caller, id, WorkOrderAction.COMMENT, (o, now) -> Mono.just(new Change(null, Draft.of(Type.COMMENTED, note, null, null))));
    }

    static WorkOrder.Builder closed(WorkOrder o, Instant now) {
        WorkOrder.Builder b = o.toBuilder();
        b.status = CLOSED;
        b.closedAt = utc(now);
        return b;
    }

    /**
     * Reopening (返修) counts a round of rework and clears the completion. The rework gets its own resolution
     * deadline, from now by the project's SLA policy: the first deadline has long passed, and rework that is
     * overdue the moment it is reopened would drown the overdue list. The assignee stays: rework goes back to
     * whoever did the work, unless the desk re-assigns it.
     */
    private Mono<WorkOrder.Builder> reopened(WorkOrder o, Instant now) {
        return Mono.zip(zone(o.projectId()), sla.policy(o.projectId())).map(t -> {
            WorkOrder.Builder b = o.toBuilder();
            b.status = REOPENED;
            b.reopenCount = o.reopenCount() + 1;
            b.completedAt = null;
            b.closedAt = null;
            b.returnVisitDueAt = null;
            b.resolutionDueAt = utc(t.getT2().dueDates(o.type(), o.priority(), now, t.getT1()).resolutionDueAt());
            return b;
        });
    }

    private Mono<WorkOrderView> simple(Caller caller, UUID id, WorkOrderAction action, WorkOrderStatus to, Type type, String note) {
        return change(caller, id, action, (o, now) -> {
            action.requireTransition(o.status(), to);
            WorkOrder.Builder b = o.toBuilder();
            b.status = to;
            return Mono.just(new Change(b.build(), Draft.of(type, note, o.status(), to)));
        });
    }

    /**
     * Runs one action in a transaction: read the order as the caller sees it (404), check the caller may act (403)
     * and the transition (409), then write the new state only if the row is unchanged (same status and version) and
     * append the timeline entry. If someone else changed the order in between, the action is re-evaluated on a fresh
     * read: of simultaneous cancels exactly one succeeds, and the others find a CANCELLED order (409).
     */
    private Mono<WorkOrderView> change(Caller caller, UUID id, WorkOrderAction action,
            BiFunction<WorkOrder, Instant, Mono<Change>> plan) {
        return change(caller, id, current -> action.requirePermitted(caller, current.assigneeId()), plan);
    }

    /** {@link #change} with a permission check of the caller's own: for the actions other features take through the facade. */
    Mono<WorkOrderView> change(Caller caller, UUID id, Consumer<WorkOrder> permit, BiFunction<WorkOrder, Instant, Mono<Change>> plan) {
        return tx.transactional(Mono.defer(() -> visible(caller, id).flatMap(current -> {
                            permit.accept(current);
                            Instant now = now();
                            return plan.apply(current, now).flatMap(c -> apply(caller, current, c, now));
                        }))
                        .retryWhen(Retry.max(RETRIES).filter(Stale.class::isInstance)
                                .onRetryExhaustedThrow((spec, signal) -> WorkOrderProblems.changedConcurrently(id))))
                .map(o -> WorkOrderView.of(o, caller, now(), seesPhone(caller, o)));
    }

    private Mono<WorkOrder> apply(Caller caller, WorkOrder current, Change c, Instant now) {
        OffsetDateTime at = utc(now);
        Mono<Boolean> written = c.next() == null ? Mono.just(true) : repo.update(current, c.next(), at);
        return written.flatMap(ok -> ok ? repo.appendEvent(current.projectId(), current.id(), caller.userId(), at, c.event())
                        .then(Mono.defer(() -> reload(caller, current.id())))
                : Mono.error(new Stale()));
    }

    // Visibility

    /**
     * The order if the caller may see it, else 404 (never 403: no existence leak). Technicians see the orders
     * assigned to them and the unassigned NEW and REOPENED ones of their projects.
     */
    /** An order of the project by id, whoever the caller: for other features that link to orders. */
    Mono<WorkOrder> find(UUID projectId, UUID id) {
        return repo.find(new UUID[] {projectId}, id);
    }

    Mono<WorkOrder> visible(Caller caller, UUID id) {
        return repo.find(caller.projectIdArray(), id)
                .filter(o -> seesAllOrders(caller) || caller.userId().equals(o.assigneeId())
                        || (o.assigneeId() == null && (o.status() == NEW || o.status() == REOPENED)))
                .switchIfEmpty(Mono.error(() -> WorkOrderProblems.notFound(id)));
    }

    /** After a change: the caller just acted on it, so only the project scope applies. */
    private Mono<WorkOrder> reload(Caller caller, UUID id) {
        return repo.find(caller.projectIdArray(), id).switchIfEmpty(Mono.error(() -> WorkOrderProblems.notFound(id)));
    }

    static boolean seesAllOrders(Caller caller) {
        return caller.hasAny(Role.ADMIN, Role.MANAGER, Role.AGENT, Role.KEY_CUSTODIAN, Role.QUALITY_SUPERVISOR, Role.INTEGRATION);
    }

    /** Full reporter phone numbers only for the roles that call residents back, and only on single orders. */
    static boolean seesPhones(Caller caller) {
        return caller.hasAny(Role.ADMIN, Role.MANAGER, Role.AGENT);
    }

    /** …and for the technician the order is assigned to: on the way to the unit they must be able to call. */
    static boolean seesPhone(Caller caller, WorkOrder o) {
        return seesPhones(caller) || caller.userId().equals(o.assigneeId());
    }

    // Helpers

    private Mono<ZoneId> zone(UUID projectId) {
        return projects.summary(projectId).map(p -> ZoneId.of(p.timezone()))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("project", projectId)));
    }

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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String required(String value, String field) {
        String v = blankToNull(value);
        if (v == null) {
            throw ApiException.invalidField(field, "must not be blank");
        }
        return v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
