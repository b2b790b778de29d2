package dev.steward.api.workorder;

import dev.steward.api.platform.Sql;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** A work order's timeline (work_order_events): append an entry, read them oldest first with the people's names. */
@Repository
class WorkOrderTimeline {

    private static final TypeReference<List<Map<String, String>>> CHANGES = new TypeReference<>() {};

    private final DatabaseClient db;
    private final JsonMapper json;

    WorkOrderTimeline(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Void> append(UUID projectId, UUID workOrderId, UUID actorId, OffsetDateTime at, WorkOrderEvent.Draft e) {
        GenericExecuteSpec spec = db.sql("""
                insert into work_order_events (project_id, work_order_id, type, actor_id, at, note, from_status, to_status, changes)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9::jsonb)
                """)
                .bind(0, projectId).bind(1, workOrderId).bind(2, e.type().name()).bind(3, actorId).bind(4, at);
        spec = Sql.bindNullable(spec, 5, e.note(), String.class);
        spec = Sql.bindNullable(spec, 6, e.fromStatus() == null ? null : e.fromStatus().name(), String.class);
        spec = Sql.bindNullable(spec, 7, e.toStatus() == null ? null : e.toStatus().name(), String.class);
        spec = Sql.bindNullable(spec, 8, e.changes().isEmpty() ? null : writeChanges(e.changes()), String.class);
        return spec.fetch().rowsUpdated().then();
    }

    /** An entry of the timeline with its place in it (time, then the order it was written in). */
    record Entry(WorkOrderEvent event, long seq) {}

    /** Oldest first, after ({@code afterAt}, {@code afterSeq}) when given; at most {@code max} entries. */
    Flux<Entry> read(UUID projectId, UUID workOrderId, OffsetDateTime afterAt, Long afterSeq, int max) {
        var spec = db.sql("""
                        select e.id, e.seq, e.type, e.actor_id, u.display_name as actor_name, e.at, e.note, e.from_status,
                               e.to_status, (select jsonb_agg(c || jsonb_strip_nulls(jsonb_build_object(
                                                      'fromLabel', fu.display_name, 'toLabel', tu.display_name)) order by n)
                                             from jsonb_array_elements(e.changes) with ordinality as x(c, n)
                                             left join users fu on fu.id = case when c->>'field' = 'assigneeId' then (c->>'from')::uuid end
                                             left join users tu on tu.id = case when c->>'field' = 'assigneeId' then (c->>'to')::uuid end
                                            )::text as changes
                        from work_order_events e join users u on u.id = e.actor_id
                        where e.project_id = $1 and e.work_order_id = $2
                          and ($4::timestamptz is null or (e.at, e.seq) > ($4, $5::bigint))
                        order by e.at, e.seq
                        limit $3
                        """)
                .bind(0, projectId).bind(1, workOrderId).bind(2, max);
        spec = Sql.bindNullable(spec, 3, afterAt, OffsetDateTime.class);
        spec = Sql.bindNullable(spec, 4, afterSeq, Long.class);
        return spec.map(r -> new Entry(toEvent(r), r.get("seq", Long.class))).all();
    }

    private String writeChanges(List<WorkOrderEvent.FieldChange> changes) {
        List<Map<String, String>> list = new ArrayList<>();
        for (WorkOrderEvent.FieldChange c : changes) {
            Map<String, String> m = new LinkedHashMap<>();
            m.put("field", c.field());
            if (c.from() != null) {
                m.put("from", c.from());
            }
            if (c.to() != null) {
                m.put("to", c.to());
            }
            list.add(m);
        }
        return json.writeValueAsString(list);
    }

    private WorkOrderEvent toEvent(Readable r) {
        String changes = r.get("changes", String.class);
        List<WorkOrderEvent.FieldChange> list = changes == null ? List.of()
                : json.readValue(changes, CHANGES).stream()
                        .map(m -> new WorkOrderEvent.FieldChange(m.get("field"), m.get("from"), m.get("to"), m.get("fromLabel"),
                                m.get("toLabel")))
                        .toList();
        return new WorkOrderEvent(r.get("id", UUID.class), WorkOrderEvent.Type.valueOf(r.get("type", String.class)),
                r.get("actor_id", UUID.class), r.get("actor_name", String.class), r.get("at", OffsetDateTime.class),
                r.get("note", String.class), status(r.get("from_status", String.class)), status(r.get("to_status", String.class)),
                list);
    }

    private static WorkOrderStatus status(String s) {
        return s == null ? null : WorkOrderStatus.valueOf(s);
    }
}
