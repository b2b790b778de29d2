package dev.steward.api.inspection;

import dev.steward.api.identity.Staff;
import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import dev.steward.api.property.Projects;
import dev.steward.api.workorder.WorkOrders;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Rectifications (整改): a finding (a MISSING check point of a submitted inspection) becomes a RECTIFICATION work order
 * for its owner with a deadline, through the work-order facade. Once the order is done an inspecting role re-inspects
 * (复查): PASS closes it (销号), FAIL sends it back with a new deadline and counts a round. The register lists them all.
 */
@Service
class RectificationService {

    record NewRectification(UUID assigneeId, OffsetDateTime dueAt, String note, String category, String priority) {}

    /**
     * A rectification with its re-inspections; {@code daysLeft}: calendar days from today to the deadline in the project's
     * time zone (negative: late); {@code overdue}: OPEN and past the deadline.
     */
    record View(RectificationRepository.Row row, List<RectificationRepository.Reinspection> reinspections, int daysLeft, boolean overdue) {}

    /** How far ahead a deadline may be set. */
    private static final Duration MAX_DEADLINE = Duration.ofDays(366);

    private final RectificationRepository rectifications;
    private final InspectionRepository inspections;
    private final TemplateService templates;
    private final WorkOrders workOrders;
    private final Staff staff;
    private final Projects projects;
    private final TransactionalOperator tx;
    private final Clock clock;

    RectificationService(RectificationRepository rectifications, InspectionRepository inspections, TemplateService templates,
            WorkOrders workOrders, Staff staff, Projects projects, TransactionalOperator tx, Clock clock) {
        this.rectifications = rectifications;
        this.inspections = inspections;
        this.templates = templates;
        this.workOrders = workOrders;
        this.staff = staff;
        this.projects = projects;
        this.tx = tx;
        this.clock = clock;
    }

    Mono<View> raise(Caller caller, UUID inspectionId, UUID resultId, NewRectification n) {
        InspectionRoles.requireInspector(caller, "raise rectifications");
        OffsetDateTime now = now();
        OffsetDateTime due = deadline(n.dueAt(), "dueAt", now);
        return tx.transactional(rectifications.newId().flatMap(id -> rectifications.lockResult(resultId)
                .then(inspections.result(caller.projectIdArray(), inspectionId, resultId))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("inspection result", resultId)))
                .flatMap(ref -> {
                    if (!"SUBMITTED".equals(ref.inspectionStatus()) || !"MISSING".equals(ref.status())) {
                        return Mono.error(ApiException.conflict("NOT_A_FINDING",
                                "Only a MISSING check point of a submitted inspection is a finding that takes a rectification."));
                    }
                    return rectifications.exists(resultId).flatMap(exists -> exists ? Mono.error(ApiException.conflict("RECTIFICATION_EXISTS",
                            "This finding already has a rectification.")) : order(caller, ref, id, n, due))
                            .flatMap(order -> rectifications.insert(id, ref.projectId(), inspectionId, resultId, order.id(), caller.userId(), now, due)
                                    .then(rectifications.announceRaised(id, ref.projectId(), inspectionId, order.id(), now)));
                })
                .then(Mono.defer(() -> find(caller, id)))));
    }

    /** The order: titled with the check point, described with the whole finding, reported by the inspector. */
    private Mono<WorkOrders.RectificationOrder> order(Caller caller, InspectionRepository.ResultRef ref, UUID id, NewRectification n,
            OffsetDateTime due) {
        return inspections.find(caller.projectIdArray(), ref.inspectionId())
                .zipWith(staff.member(caller.userId(), ref.projectId())
                        .switchIfEmpty(Mono.error(() -> ApiException.roleRequired("raise rectifications in this project"))))
                .flatMap(t -> templates.version(t.getT1().versionId()).flatMap(v -> {
                    InspectionRepository.Row x = t.getT1();
                    TemplateVersion.Place p = v.place(ref.checkPointId());
                    String finding = "督导发现 " + x.code() + "（" + v.rubric().name().zh() + "）：" + p.section().name().zh() + " › "
                            + p.item().name().zh() + " › " + p.checkPoint().code() + " " + p.checkPoint().text().zh();
                    String description = finding + "。" + (n.note() == null || n.note().isBlank() ? "" : "整改要求：" + n.note().strip());
                    String title = cut("整改：" + p.item().name().zh() + " — " + p.checkPoint().text().zh(), 200);
                    return workOrders.raiseRectification(caller, new WorkOrders.NewRectification(id, ref.projectId(),
                            x.location() == null ? p.section().name().zh() : x.location(), n.category() == null ? "OTHER" : n.category(),
                            n.priority() == null ? "NORMAL" : n.priority(), title, cut(description, 4000), t.getT2().displayName(),
                            t.getT2().phone() == null ? "0000" : t.getT2().phone(), n.assigneeId(), due, cut(finding, 4000), x.id(),
                            p.checkPoint().code()));
                }));
    }

    Mono<Page<View>> list(Caller caller, UUID projectId, RectificationRepository.Query filters, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        if (projectId != null) {
            caller.requireProject(projectId, "project");
        }
        var q = new RectificationRepository.Query(projectId == null ? caller.projectIdArray() : new UUID[] {projectId}, filters.status(), filters.overdue(), filters.assigneeId(),
                filters.inspectionId(), filters.sectionCode(), filters.raisedFrom(), filters.raisedTo(), filters.buildingId(), filters.cancelled(),
                filters.due(), filters.withoutUnit(), filters.unassigned(), now());
        return Page.of(rectifications.list(q, after == null ? null : Cursor.time(after.get(0)), after == null ? null : Cursor.uuid(after.get(1)),
                        size + 1), size, r -> Cursor.encode(r.dueAt().toString(), r.id().toString()))
                .flatMap(page -> withReinspections(page.items()).map(views -> new Page<>(views, page.nextCursor())));
    }

    Mono<View> get(Caller caller, UUID id) {
        return find(caller, id);
    }

    Mono<View> reinspect(Caller caller, UUID id, boolean pass, String note, OffsetDateTime newDueAt) {
        InspectionRoles.requireInspector(caller, "re-inspect rectifications");
        OffsetDateTime now = now();
        OffsetDateTime due = pass ? null : deadline(newDueAt, "newDueAt", now);
        if (pass && newDueAt != null) {
            throw ApiException.invalidField("newDueAt", "is only for a FAIL (the new deadline)");
        }
        String text = InspectionService.blankToNull(note);
        return tx.transactional(find(caller, id).flatMap(v -> rectifications.lock(id).flatMap(locked -> {
            if (locked.closed()) {
                return Mono.error(ApiException.conflict("RECTIFICATION_CLOSED", "This rectification passed re-inspection and is closed (销号)."));
            }
            return workOrders.rectificationOrder(v.row().projectId(), v.row().workOrderId()).flatMap(order -> {
                boolean onTime = pass && locked.rounds() == 1 && order.completedAt() != null
                        && !order.completedAt().isAfter(locked.originalDueAt());
                return rectifications.reinspected(id, v.row().projectId(), locked.rounds(), pass, text, due, order.completedAt(), onTime,
                                caller.userId(), now)
                        .then(workOrders.reinspect(caller, order.id(), pass, text, due));
            });
        })).then(Mono.defer(() -> find(caller, id))));
    }

    private Mono<View> find(Caller caller, UUID id) {
        return rectifications.find(caller.projectIdArray(), id).switchIfEmpty(Mono.error(() -> ApiException.notFound("rectification", id)))
                .flatMap(r -> withReinspections(List.of(r))).map(l -> l.get(0));
    }

    /** The rows as the register shows them: with their re-inspections, days left and whether overdue (now). */
    Mono<List<View>> withReinspections(List<RectificationRepository.Row> rows) {
        if (rows.isEmpty()) {
            return Mono.just(List.of());
        }
        OffsetDateTime now = now();
        Set<UUID> projectIds = rows.stream().map(RectificationRepository.Row::projectId).collect(Collectors.toSet());
        return Mono.zip(rectifications.reinspections(rows.stream().map(RectificationRepository.Row::id).toArray(UUID[]::new)).collectList(),
                        projects.summaries(projectIds).collectMap(Projects.Summary::id, p -> ZoneId.of(p.timezone())))
                .map(t -> {
                    Map<UUID, List<RectificationRepository.Reinspection>> by = t.getT1().stream()
                            .collect(Collectors.groupingBy(RectificationRepository.Reinspection::rectificationId));
                    return rows.stream().map(r -> {
                        ZoneId zone = t.getT2().getOrDefault(r.projectId(), ZoneOffset.UTC);
                        int days = (int) ChronoUnit.DAYS.between(now.atZoneSameInstant(zone).toLocalDate(),
                                r.dueAt().atZoneSameInstant(zone).toLocalDate());
                        return new View(r, by.getOrDefault(r.id(), List.of()), days, "OPEN".equals(r.status()) && r.dueAt().isBefore(now));
                    }).toList();
                });
    }

    /** A deadline: required, in the future, within a year; stored in UTC. */
    private static OffsetDateTime deadline(OffsetDateTime value, String field, OffsetDateTime now) {
        if (value == null) {
            throw ApiException.invalidField(field, "is required");
        }
        OffsetDateTime utc = value.withOffsetSameInstant(ZoneOffset.UTC);
        if (!utc.isAfter(now) || utc.isAfter(now.plus(MAX_DEADLINE))) {
            throw ApiException.invalidField(field, "must be in the future, within a year");
        }
        return utc.truncatedTo(ChronoUnit.MICROS);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
