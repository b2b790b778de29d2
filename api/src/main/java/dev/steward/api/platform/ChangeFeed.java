package dev.steward.api.platform;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * A list read as a change feed ({@code updatedFrom} given): the rows changed at or after {@code updatedFrom}, in the
 * order of the transactions that last wrote them ({@code change_xid}, then id), and only rows written by
 * transactions older than every transaction still running. A transaction that commits later has a larger id than
 * that horizon, so its rows sort after everything already handed out: resuming from {@code nextCursor} never misses
 * a row (see docs/integrations.md). In feed mode {@code nextCursor} is always present; a page with fewer items than
 * {@code limit} means "caught up for now".
 */
public final class ChangeFeed {

    private static final String MARK = "F";
    private static final Pattern XID = Pattern.compile("[0-9]{1,20}");
    private static final UUID FIRST = new UUID(0, 0);

    private final OffsetDateTime from;
    private final String afterXid;
    private final UUID afterId;

    /** A row of a feed with its position. */
    public record Entry<T>(T item, String xid, UUID id) {}

    private ChangeFeed(OffsetDateTime from, String afterXid, UUID afterId) {
        this.from = from;
        this.afterXid = afterXid;
        this.afterId = afterId;
    }

    /** The feed asked for, or null when {@code updatedFrom} is absent (the list in its usual order). */
    public static ChangeFeed of(String updatedFrom, String cursor) {
        OffsetDateTime from = Times.parse(updatedFrom, "updatedFrom");
        if (from == null) {
            return null;
        }
        if (cursor == null || cursor.isEmpty()) {
            return new ChangeFeed(from, "0", FIRST);
        }
        List<String> parts;
        try {
            parts = Cursor.decode(cursor, 3);
        } catch (ApiException e) {
            throw notFeedCursor();
        }
        if (!MARK.equals(parts.get(0)) || !XID.matcher(parts.get(1)).matches()) {
            throw notFeedCursor();
        }
        return new ChangeFeed(from, parts.get(1), Cursor.uuid(parts.get(2)));
    }

    private static ApiException notFeedCursor() {
        return ApiException.invalidField("cursor", "is not a cursor of this change feed (with updatedFrom, pass its nextCursor)");
    }

    /**
     * Adds the feed's predicates to {@code where} (the list's own filters already in it) and reads up to
     * {@code fetch} rows of {@code select} (a statement starting with {@code select}, without where or order), whose
     * changed table is {@code alias}.
     */
    public <T> Flux<Entry<T>> read(DatabaseClient db, String select, String alias, Where where, int fetch,
            Function<Readable, T> map) {
        where.and(alias + ".updated_at >= $?", from);
        where.and("(" + alias + ".change_xid, " + alias + ".id) > ($?::text::xid8, $?)", afterXid, afterId);
        where.and(alias + ".change_xid < pg_snapshot_xmin(pg_current_snapshot())");
        String limit = where.param(fetch);
        String sql = select.stripLeading().replaceFirst("(?i)^select ",
                "select " + alias + ".change_xid::text as feed_xid_, " + alias + ".id as feed_id_, ")
                + " where " + where.sql() + " order by " + alias + ".change_xid, " + alias + ".id limit " + limit;
        return where.bind(db.sql(sql))
                .map(r -> new Entry<>(map.apply(r), r.get("feed_xid_", String.class), r.get("feed_id_", UUID.class)))
                .all();
    }

    /** A page of {@code limit} rows from {@code limit + 1} read; the cursor is always set (the position reached). */
    public <T> Mono<Page<T>> page(Flux<Entry<T>> rowsPlusOne, int limit) {
        return rowsPlusOne.collectList().map(rows -> {
            List<Entry<T>> items = rows.size() > limit ? rows.subList(0, limit) : rows;
            String next = items.isEmpty() ? Cursor.encode(MARK, afterXid, afterId.toString())
                    : Cursor.encode(MARK, items.get(items.size() - 1).xid(), items.get(items.size() - 1).id().toString());
            return new Page<>(items.stream().map(Entry::item).toList(), next);
        });
    }
}
