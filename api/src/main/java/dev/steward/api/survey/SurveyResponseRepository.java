package dev.steward.api.survey;

import dev.steward.api.platform.ChangeFeed;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;

/** Survey responses as integrations read them: newest first, or as a change feed. */
@Repository
class SurveyResponseRepository {

    private static final String SELECT = """
            select r.id, r.project_id, r.campaign_id, r.building_id, r.unit_id, r.channel, r.language, r.entered_by,
                   r.answers::text as answers, r.created_at, r.updated_at
            from survey_responses r""";

    record Response(UUID id, UUID projectId, UUID campaignId, UUID buildingId, UUID unitId, String channel, String language,
            UUID enteredBy, String answersJson, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    private final DatabaseClient db;

    SurveyResponseRepository(DatabaseClient db) {
        this.db = db;
    }

    /** Newest first, keyset-paged on (created_at desc, id desc). */
    Flux<Response> list(UUID[] projectIds, UUID campaignId, OffsetDateTime afterAt, UUID afterId, int fetch) {
        Where where = filters(projectIds, campaignId);
        if (afterAt != null) {
            where.and("(r.created_at, r.id) < ($?, $?)", afterAt, afterId);
        }
        String limit = where.param(fetch);
        return where.bind(db.sql(SELECT + " where " + where.sql() + " order by r.created_at desc, r.id desc limit " + limit))
                .map(SurveyResponseRepository::toResponse).all();
    }

    Flux<ChangeFeed.Entry<Response>> changes(UUID[] projectIds, UUID campaignId, ChangeFeed feed, int fetch) {
        return feed.read(db, SELECT, "r", filters(projectIds, campaignId), fetch, SurveyResponseRepository::toResponse);
    }

    private static Where filters(UUID[] projectIds, UUID campaignId) {
        Where where = new Where();
        where.and("r.project_id = any($?)", (Object) projectIds);
        where.andIf(campaignId, "r.campaign_id = $?");
        return where;
    }

    private static Response toResponse(Readable row) {
        return new Response(row.get("id", UUID.class), row.get("project_id", UUID.class), row.get("campaign_id", UUID.class),
                row.get("building_id", UUID.class), row.get("unit_id", UUID.class), row.get("channel", String.class),
                row.get("language", String.class), row.get("entered_by", UUID.class), row.get("answers", String.class),
                row.get("created_at", OffsetDateTime.class), row.get("updated_at", OffsetDateTime.class));
    }
}
