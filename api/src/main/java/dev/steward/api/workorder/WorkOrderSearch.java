package dev.steward.api.workorder;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import dev.steward.api.platform.CallerText;
import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import dev.steward.api.platform.Times;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Finding orders: the list (filters, sorts, keyset pages), its per-status counts, and every page of a list
 * for an export. Filters are resolved against the caller once ({@link #query}): their projects (another
 * project is a 404) and, for a technician, only what they may see.
 */
@Service
class WorkOrderSearch {

    /** Rows per query while exporting: each page is its own short query, so no connection is held while writing. */
    static final int EXPORT_PAGE = 500;
    private static final Pattern WHOLE_CODE = Pattern.compile("(?i)[A-Z][A-Z0-9]{1,9}-[0-9]{8}-[0-9]{4,}");

    record Filters(UUID projectId, List<String> statuses, String type, String category, String priority, UUID assigneeId,
            UUID firstResponsibleId, UUID unitId, Boolean overdue, String late, Boolean rework, String q, String createdFrom, String createdTo,
            UUID buildingId, String returnVisitDueBefore, Boolean withoutUnit, Boolean unassigned, String sort) {}

    private final WorkOrderRepository repo;
    private final Clock clock;

    WorkOrderSearch(WorkOrderRepository repo, Clock clock) {
        this.repo = repo;
        this.clock = clock;
    }

    Mono<Page<WorkOrderView>> list(Caller caller, Filters f, Integer limit, String cursor, String updatedFrom) {
        int size = Page.limit(limit);
        Instant now = now();
        WorkOrderQuery query = query(caller, f, now);
        ChangeFeed feed = ChangeFeed.of(updatedFrom, cursor);
        if (feed != null) {
            return feed.page(query.projectIds().length == 0 ? Flux.<ChangeFeed.Entry<WorkOrder>>empty() : repo.changes(query, feed, size + 1), size)
                    .map(page -> page.map(o -> WorkOrderView.of(o, caller, now, false)));
        }
        After after = After.of(cursor, query.sort());
        if (query.projectIds().length == 0) {
            return Mono.just(new Page<>(List.of(), null));
        }
        return Page.of(repo.list(query, after.value(), after.id(), size + 1), size, o -> After.encode(query.sort(), o))
                .map(page -> page.map(o -> WorkOrderView.of(o, caller, now, false)));
    }

    /** Per status, in state-machine order, what {@link #list} would show with the same filters (its statuses ignored). */
    Mono<List<WorkOrderRepository.StatusCount>> counts(Caller caller, Filters f) {
        WorkOrderQuery query = query(caller, f, now());
        if (query.projectIds().length == 0) {
            return Mono.just(List.of());
        }
        return repo.countByStatus(query).sort(Comparator.comparing(WorkOrderRepository.StatusCount::status)).collectList();
    }

    /**
     * Every order of the list, page after page (each page one query, read when the previous one has been
     * consumed). Bad filters fail here, before anything is written.
     */
    Flux<WorkOrderView> all(Caller caller, Filters f) {
        Instant now = now();
        WorkOrderQuery query = query(caller, f, now);
        if (query.projectIds().length == 0) {
            return Flux.empty();
        }
        return repo.list(query, null, null, EXPORT_PAGE).collectList()
                .expand(page -> {
                    if (page.size() < EXPORT_PAGE) {
                        return Mono.empty();
                    }
                    WorkOrder last = page.get(page.size() - 1);
                    return repo.list(query, query.sort().of(last), last.id(), EXPORT_PAGE).collectList();
                })
                .concatMapIterable(page -> page, 1)
                .map(o -> WorkOrderView.of(o, caller, now, false));
    }

    /** The filters resolved against the caller: their projects (another project → 404), and a technician's own view. */
    private WorkOrderQuery query(Caller caller, Filters f, Instant now) {
        UUID[] projectIds;
        if (f.projectId() != null) {
            caller.requireProject(f.projectId(), "project");
            projectIds = new UUID[] {f.projectId()};
        } else {
            projectIds = caller.projectIdArray();
        }
        OffsetDateTime from = Times.parse(f.createdFrom(), "createdFrom");
        OffsetDateTime to = Times.parse(f.createdTo(), "createdTo");
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("createdTo", "must not be before createdFrom");
        }
        OffsetDateTime visitDue = Times.parse(f.returnVisitDueBefore(), "returnVisitDueBefore");
        String code = wholeCode(f.q());
        CallerText said = code == null ? CallerText.parse(f.q()) : null;
        boolean words = said != null && said.kind() == CallerText.Kind.WORDS;
        return new WorkOrderQuery(projectIds,
                f.statuses() == null || f.statuses().isEmpty() ? null : f.statuses().toArray(String[]::new),
                f.type(), f.category(), f.priority(), f.assigneeId(), f.firstResponsibleId(), f.unitId(), f.overdue(),
                WorkOrderQuery.Late.fromParameter(f.late()), f.rework(),
                code, words ? likePattern(said.text()) : null, from, to,
                WorkOrderVisibility.seesAllOrders(caller) ? null : caller.userId(), utc(now), f.buildingId(),
                visitDue == null ? null : visitDue.withOffsetSameInstant(ZoneOffset.UTC), f.withoutUnit(), f.unassigned(),
                words ? null : said, WorkOrderQuery.Sort.fromParameter(f.sort()));
    }

    /** Where a page starts: after this sort value and id (nulls: the first page). */
    private record After(OffsetDateTime value, UUID id) {

        /** Newest-first cursors keep their two parts (time, id); the other sorts add their name in front. */
        static After of(String cursor, WorkOrderQuery.Sort sort) {
            if (sort == WorkOrderQuery.Sort.CREATED_AT) {
                List<String> parts = Cursor.decode(cursor, 2);
                return parts == null ? new After(null, null) : new After(Cursor.time(parts.get(0)), Cursor.uuid(parts.get(1)));
            }
            List<String> parts = Cursor.decode(cursor, 3);
            if (parts == null) {
                return new After(null, null);
            }
            if (!parts.get(0).equals(sort.name())) {
                throw ApiException.invalidField("cursor", "belongs to another sort");
            }
            return new After(Cursor.time(parts.get(1)), Cursor.uuid(parts.get(2)));
        }

        static String encode(WorkOrderQuery.Sort sort, WorkOrder o) {
            String value = sort.of(o).toString();
            return sort == WorkOrderQuery.Sort.CREATED_AT ? Cursor.encode(value, o.id().toString())
                    : Cursor.encode(sort.name(), value, o.id().toString());
        }
    }

    /** A search that is a whole human code ({@code SG-20261123-0007}, any case) finds that order by its code. */
    static String wholeCode(String q) {
        String s = q == null || q.isBlank() ? null : q.strip();
        return s != null && WHOLE_CODE.matcher(s).matches() ? s.toUpperCase(Locale.ROOT) : null;
    }

    /** ILIKE pattern for a contains-search; % and _ (and the escape character) match themselves. */
    static String likePattern(String s) {
        return "%" + s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
