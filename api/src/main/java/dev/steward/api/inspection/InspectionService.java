package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.ETags;
import dev.steward.api.platform.Page;
import dev.steward.api.property.Projects;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Inspections (督导检查): started by an inspecting role with a rubric's current version, answered check point by check
 * point while a DRAFT (only by its inspector), then submitted: the score is computed and frozen, and nothing about the
 * inspection changes again (a correction is a new inspection). Drafts are seen only by the inspecting roles.
 */
@Service
class InspectionService {

    /** An inspection as shown: its version, its results and its score (provisional while a draft). */
    record View(InspectionRepository.Row row, TemplateVersion version, List<InspectionRepository.Result> results, Scoring.Score score) {}

    record NewInspection(UUID projectId, UUID templateId, String method, String location, OffsetDateTime startedAt, UUID taskId) {}

    private static final DateTimeFormatter CODE_DAY = DateTimeFormatter.BASIC_ISO_DATE;
    /** How far a start may lie in the past: a paper sheet typed in later. */
    private static final Duration BACKDATE = Duration.ofDays(31);

    private final InspectionRepository inspections;
    private final TaskRepository tasks;
    private final TemplateService templates;
    private final ResultRules rules;
    private final Projects projects;
    private final TransactionalOperator tx;
    private final Clock clock;

    InspectionService(InspectionRepository inspections, TaskRepository tasks, TemplateService templates, ResultRules rules, Projects projects,
            TransactionalOperator tx, Clock clock) {
        this.inspections = inspections;
        this.tasks = tasks;
        this.templates = templates;
        this.rules = rules;
        this.projects = projects;
        this.tx = tx;
        this.clock = clock;
    }

    Mono<Page<InspectionRepository.Row>> list(Caller caller, UUID projectId, InspectionRepository.Query filters, Integer limit, String cursor,
            String updatedFrom) {
        int size = Page.limit(limit);
        ChangeFeed feed = ChangeFeed.of(updatedFrom, cursor);
        List<String> after = feed == null ? Cursor.decode(cursor, 2) : null;
        UUID[] scope = InspectionRoles.scope(caller, projectId);
        var q = new InspectionRepository.Query(scope, InspectionRoles.inspects(caller), filters.status(), filters.templateId(),
                filters.inspectorId(), filters.grade(), filters.method(), filters.from(), filters.to());
        if (feed != null) {
            return feed.page(inspections.changes(q, feed, size + 1), size);
        }
        return Page.of(inspections.list(q, after == null ? null : Cursor.time(after.get(0)), after == null ? null : Cursor.uuid(after.get(1)),
                size + 1), size, x -> Cursor.encode(x.startedAt().toString(), x.id().toString()));
    }

    Mono<View> get(Caller caller, UUID id) {
        return visible(caller, id).flatMap(this::view);
    }

    Mono<View> create(Caller caller, NewInspection n) {
        caller.requireProject(n.projectId(), "project");
        InspectionRoles.requireInspector(caller, "inspect");
        OffsetDateTime now = now();
        OffsetDateTime started = n.startedAt() == null ? now : n.startedAt().withOffsetSameInstant(ZoneOffset.UTC);
        if (started.isAfter(now.plusMinutes(5)) || started.isBefore(now.minus(BACKDATE))) {
            throw ApiException.invalidField("startedAt", "must be within the last 31 days, not in the future");
        }
        return tx.transactional(task(n).flatMap(task -> {
                    String location = blankToNull(n.location()) != null ? blankToNull(n.location())
                            : task.map(TaskRepository.Ref::place).orElse(null);
                    return templates.current(n.templateId()).zipWith(projects.summary(n.projectId())
                                    .switchIfEmpty(Mono.error(() -> ApiException.notFound("project", n.projectId()))))
                            .flatMap(t -> {
                                LocalDate day = started.atZoneSameInstant(ZoneId.of(t.getT2().timezone())).toLocalDate();
                                return inspections.nextNumber(n.projectId(), day)
                                        .map(num -> "%s-QI-%s-%02d".formatted(t.getT2().code(), CODE_DAY.format(day), num))
                                        .flatMap(code -> inspections.insert(new InspectionRepository.NewInspection(n.projectId(), code,
                                                n.templateId(), t.getT1().id(), n.method(), caller.userId(), location, started, now, n.taskId())));
                            })
                            .flatMap(id -> n.taskId() == null ? Mono.just(id) : tasks.claim(n.taskId(), id, now)
                                    .flatMap(ok -> ok ? Mono.just(id) : Mono.error(taskStarted())));
                })
                .flatMap(id -> inspections.find(caller.projectIdArray(), id)))
                .flatMap(this::view);
    }

    /** The task the inspection carries out, if one is named: of the project, not yet started, for the same rubric. */
    private Mono<java.util.Optional<TaskRepository.Ref>> task(NewInspection n) {
        if (n.taskId() == null) {
            return Mono.just(java.util.Optional.empty());
        }
        return tasks.ref(new UUID[] {n.projectId()}, n.taskId())
                .switchIfEmpty(Mono.error(() -> ApiException.invalidField("taskId", "no such inspection task in this project")))
                .flatMap(t -> {
                    if (!t.templateId().equals(n.templateId())) {
                        return Mono.error(ApiException.invalidField("templateId", "the task's plan uses another rubric"));
                    }
                    if (t.inspectionId() != null) {
                        return Mono.error(taskStarted());
                    }
                    return Mono.just(java.util.Optional.of(t));
                });
    }

    private static ApiException taskStarted() {
        return ApiException.conflict("INSPECTION_TASK_STARTED", "An inspection was already started from this task; continue that one.");
    }

    /** Replaces the listed answers of a draft (all or none), and the location and summary when given. */
    Mono<View> saveResults(Caller caller, UUID id, String ifMatch, List<ResultRules.Input> answers, String location, String summary) {
        long expected = ETags.expectedVersion(ifMatch);
        OffsetDateTime now = now();
        return tx.transactional(visible(caller, id).flatMap(x -> {
            requireEditable(caller, x, expected);
            return templates.version(x.versionId()).flatMap(v -> {
                String json = rules.validate(v, answers);
                return inspections.touch(id, expected, blankToNull(location), blankToNull(summary), summary != null && summary.isBlank(), now)
                        .flatMap(ok -> ok ? inspections.answer(id, json) : changed(caller, id))
                        .then(Mono.defer(() -> inspections.find(caller.projectIdArray(), id)));
            });
        })).flatMap(this::view);
    }

    /** Scores and freezes a draft; every check point must be answered. Of two submits at once, one wins (the other: 409). */
    Mono<View> submit(Caller caller, UUID id, String ifMatch) {
        long expected = ETags.expectedVersion(ifMatch);
        OffsetDateTime now = now();
        return tx.transactional(visible(caller, id).flatMap(x -> {
            requireEditable(caller, x, expected);
            return Mono.zip(templates.version(x.versionId()), inspections.results(x.projectId(), id).collectList()).flatMap(t -> {
                Scoring.Score score = Scoring.score(t.getT1().rubric(), ResultRules.answers(t.getT2()));
                requireComplete(t.getT1(), t.getT2(), score);
                return inspections.submit(id, expected, score.total(), score.grade().name(), score.findings(), now)
                        .flatMap(ok -> ok ? tasks.done(id, now).then(inspections.announceSubmitted(x, score.grade().name(), now))
                                : changed(caller, id))
                        .then(Mono.defer(() -> inspections.find(caller.projectIdArray(), id)));
            });
        })).flatMap(this::view);
    }

    /** The inspection if the caller may see it (drafts: the inspecting roles only); 404 otherwise. */
    Mono<InspectionRepository.Row> visible(Caller caller, UUID id) {
        return inspections.find(caller.projectIdArray(), id)
                .filter(x -> "SUBMITTED".equals(x.status()) || InspectionRoles.inspects(caller))
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("inspection", id)));
    }

    Mono<View> view(InspectionRepository.Row x) {
        return Mono.zip(templates.version(x.versionId()), inspections.results(x.projectId(), x.id()).collectList())
                .map(t -> new View(x, t.getT1(), t.getT2(), Scoring.score(t.getT1().rubric(), ResultRules.answers(t.getT2()))));
    }

    private static void requireEditable(Caller caller, InspectionRepository.Row x, long expected) {
        if ("SUBMITTED".equals(x.status())) {
            throw submitted(x.code());
        }
        if (!caller.userId().equals(x.inspectorId())) {
            throw ApiException.forbidden("INSPECTION_NOT_YOURS", "Only the inspector (" + x.inspectorName() + ") may change this inspection.");
        }
        if (x.version() != expected) {
            throw ETags.stale();
        }
    }

    private static void requireComplete(TemplateVersion v, List<InspectionRepository.Result> results, Scoring.Score score) {
        List<ApiException.FieldProblem> unanswered = new ArrayList<>();
        for (InspectionRepository.Result r : results) {
            if (r.status() == null && unanswered.size() < 50) {
                unanswered.add(new ApiException.FieldProblem("results[" + v.place(r.checkPointId()).checkPoint().code() + "]", "is not answered"));
            }
        }
        if (!unanswered.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INSPECTION_INCOMPLETE", "Inspection incomplete",
                    (score.checkPoints() - score.answered()) + " check points are not answered yet.", unanswered, null);
        }
        if (!score.anyApplicable()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "INSPECTION_NOTHING_APPLICABLE", "Nothing applicable",
                    "Every check point is NOT_APPLICABLE: there is nothing to score.",
                    List.of(new ApiException.FieldProblem("results", "every check point is NOT_APPLICABLE")), null);
        }
    }

    /** After a conditional write found nothing: submitted meanwhile (409), else changed since it was read (412). */
    private <T> Mono<T> changed(Caller caller, UUID id) {
        return inspections.find(caller.projectIdArray(), id)
                .flatMap(x -> Mono.<T>error("SUBMITTED".equals(x.status()) ? submitted(x.code()) : ETags.stale()));
    }

    static ApiException submitted(String code) {
        return ApiException.conflict("INSPECTION_SUBMITTED", "Inspection " + code
                + " is submitted and never changes; record a correction as a new inspection.");
    }

    private OffsetDateTime now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
