package dev.steward.api.key;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Cursor;
import dev.steward.api.platform.Page;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;

/** The cabinets of the caller's projects (or one), by project, name and id, keyset-paged. */
@Service
class KeyCabinetList {

    private final KeyService keys;
    private final KeyRepository rows;

    KeyCabinetList(KeyService keys, KeyRepository rows) {
        this.keys = keys;
        this.rows = rows;
    }

    Mono<Page<KeyCabinet>> list(Caller caller, UUID projectId, Integer limit, String cursor) {
        int size = Page.limit(limit);
        List<String> after = Cursor.decode(cursor, 3);
        UUID[] projectIds = keys.projectIds(caller, projectId);
        return Page.of(rows.cabinets(projectIds, after == null ? null : Cursor.uuid(after.get(0)), after == null ? null : after.get(1),
                        after == null ? null : Cursor.uuid(after.get(2)), size + 1), size,
                c -> Cursor.encode(c.projectId().toString(), c.name(), c.id().toString()));
    }
}
