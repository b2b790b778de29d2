package dev.steward.api.inspection;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** Reading the plans' tasks and counting the missed ones (应查未查). Every member of a project reads them. */
@Service
class TaskService {

    record Summary(OffsetDateTime from, OffsetDateTime to, List<TaskRepository.Counts> projects) {}

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final TaskRepository tasks;
    private final Clock clock;

    TaskService(TaskRepository tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    Mono<Page<TaskRepository.Row>> list(Caller caller, UUID projectId, TaskRepository.Query filters, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 2);
        var q = new TaskRepository.Query(scope(caller, projectId), filters.status(), filters.dueFrom(), filters.dueTo(), filters.inspectorId(),
                filters.planId(), filters.unitId(), filters.late(), now());
        return Page.of(tasks.list(q, after == null ? null : Cursor.time(after.get(0)), after == null ? null : Cursor.uuid(after.get(1)), size + 1),
                size, t -> Cursor.encode(t.dueAt().toString(), t.id().toString()));
    }

    Mono<Summary> summary(Caller caller, UUID projectId, OffsetDateTime from, OffsetDateTime to) {
        OffsetDateTime now = now();
        OffsetDateTime end = to == null ? now : to;
        OffsetDateTime start = from == null ? end.minus(DEFAULT_PERIOD) : from;
        if (!start.isBefore(end)) {
            throw ApiException.invalidField("from", "must be before to");
        }
        return tasks.counts(scope(caller, projectId), start, end, now).collectList().map(c -> new Summary(start, end, c));
    }

    static UUID[] scope(Caller caller, UUID projectId) {
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
