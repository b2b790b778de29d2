package dev.steward.api.key;

import dev.steward.api.workorder.WorkOrderFigures.GroupBy;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * The keys' figures for the quality picture, with the lists' own definitions: checkouts made in the period that were or
 * are late (the checkout list's {@code late=true}) and the keys reported lost in the period (each once, however often:
 * the key list's {@code lostFrom/lostTo}), grouped by project, the key's unit's building ('none' without a unit) or month (the project's
 * zone); none per assignee.
 */
@Component
public class KeyFigures {

    /** A group's late checkouts and lost-key reports. */
    public record Counts(UUID projectId, String key, long overdue, long lost) {}

    private final DatabaseClient db;

    KeyFigures(DatabaseClient db) {
        this.db = db;
    }

    public Flux<Counts> counts(UUID[] projectIds, OffsetDateTime from, OffsetDateTime to, OffsetDateTime now, GroupBy by) {
        String key = switch (by) {
            case PROJECT -> "k.project_id::text";
            case BUILDING -> "coalesce(u.building_id::text, 'none')";
            case MONTH -> "to_char(x.at at time zone p.timezone, 'YYYY-MM')";
            case ASSIGNEE -> null;
        };
        if (key == null) {
            return Flux.empty();
        }
        return db.sql("select k.project_id, " + key + " as key, count(*) filter (where x.kind = 'O') as overdue,"
                        + " count(distinct x.key_id) filter (where x.kind = 'L') as lost"
                        + " from (select 'O' as kind, c.key_id, c.checked_out_at as at from key_checkouts c"
                        + "       where c.project_id = any($1) and c.checked_out_at >= $2 and c.checked_out_at < $3 and "
                        + KeyCheckoutRepository.late("$4")
                        + "       union all"
                        + "       select 'L', e.key_id, e.at from key_events e"
                        + "       where e.project_id = any($1) and " + KeyRepository.LOST_EVENT + " and e.at >= $2 and e.at < $3) x"
                        + " join keys k on k.id = x.key_id join projects p on p.id = k.project_id left join units u on u.id = k.unit_id"
                        + " group by 1, 2")
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, now)
                .map(r -> new Counts(r.get("project_id", UUID.class), r.get("key", String.class), r.get("overdue", Long.class),
                        r.get("lost", Long.class)))
                .all();
    }
}
