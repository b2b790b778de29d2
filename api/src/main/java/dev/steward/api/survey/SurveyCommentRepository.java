package dev.steward.api.survey;

import dev.steward.api.platform.Sql;
import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The comments residents leave in their answers (the opinion library): written with a response, then listed, tagged
 * and linked to a work order by the front desk. Every query is bounded by project or campaign.
 */
@Repository
class SurveyCommentRepository {

    record Comment(UUID id, UUID campaignId, UUID projectId, String questionId, String dimension, String kind, String text,
            Integer score, UUID buildingId, String buildingName, UUID unitId, String unitLabel, List<String> tags, UUID workOrderId,
            String workOrderCode, String workOrderStatus, OffsetDateTime createdAt, long version) {}

    private static final String COMMENT = """
            select m.*, b.name as building_name, u.label as unit_label, w.code as work_order_code, w.status as work_order_status
            from survey_comments m
            join buildings b on b.id = m.building_id
            left join units u on u.id = m.unit_id
            left join work_orders w on w.id = m.work_order_id
            """;

    private final DatabaseClient db;

    SurveyCommentRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> insert(SurveyRepository.Campaign c, UUID responseId, String questionId, String dimension, String kind, String text,
            Integer score, UUID buildingId, UUID unitId, OffsetDateTime at) {
        GenericExecuteSpec spec = db.sql("""
                        insert into survey_comments (campaign_id, project_id, response_id, question_id, dimension, kind, text, score,
                                                     building_id, unit_id, created_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
                        """)
                .bind(0, c.id()).bind(1, c.projectId()).bind(2, responseId).bind(3, questionId);
        spec = Sql.bindNullable(spec, 4, dimension, String.class);
        spec = spec.bind(5, kind);
        spec = Sql.bindNullable(spec, 6, text, String.class);
        spec = Sql.bindNullable(spec, 7, score, Integer.class);
        spec = spec.bind(8, buildingId);
        spec = Sql.bindNullable(spec, 9, c.anonymous() ? null : unitId, UUID.class);
        return spec.bind(10, at).fetch().rowsUpdated().then();
    }

    record CommentQuery(UUID campaignId, String dimension, UUID buildingId, String tag, Boolean hasWorkOrder) {}

    Flux<Comment> list(CommentQuery q, OffsetDateTime afterAt, UUID afterId, int fetch) {
        Where where = new Where();
        where.and("m.campaign_id = $?", q.campaignId());
        where.andIf(q.dimension(), "m.dimension = $?");
        where.andIf(q.buildingId(), "m.building_id = $?");
        where.andIf(q.tag(), "$? = any(m.tags)");
        if (q.hasWorkOrder() != null) {
            where.and(q.hasWorkOrder() ? "m.work_order_id is not null" : "m.work_order_id is null");
        }
        if (afterAt != null) {
            where.and("(m.created_at, m.id) < ($?, $?)", afterAt, afterId);
        }
        String limit = where.param(fetch);
        return where.bind(db.sql(COMMENT + " where " + where.sql() + " order by m.created_at desc, m.id desc limit " + limit))
                .map(SurveyCommentRepository::toComment).all();
    }

    Mono<Comment> find(UUID[] projectIds, UUID id) {
        return db.sql(COMMENT + " where m.project_id = any($1) and m.id = $2").bind(0, projectIds).bind(1, id)
                .map(SurveyCommentRepository::toComment).one();
    }

    Mono<Boolean> setTags(UUID id, long expected, List<String> tags) {
        return db.sql("update survey_comments set tags = $3, version = version + 1 where id = $1 and version = $2")
                .bind(0, id).bind(1, expected).bind(2, tags.toArray(String[]::new)).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Links the order; false when the comment already has one. */
    Mono<Boolean> setWorkOrder(UUID id, UUID workOrderId) {
        return db.sql("update survey_comments set work_order_id = $2, version = version + 1 where id = $1 and work_order_id is null")
                .bind(0, id).bind(1, workOrderId).fetch().rowsUpdated().map(n -> n == 1);
    }

    private static Comment toComment(Readable r) {
        String[] tags = r.get("tags", String[].class);
        return new Comment(r.get("id", UUID.class), r.get("campaign_id", UUID.class), r.get("project_id", UUID.class),
                r.get("question_id", String.class), r.get("dimension", String.class), r.get("kind", String.class), r.get("text", String.class),
                r.get("score", Integer.class), r.get("building_id", UUID.class), r.get("building_name", String.class),
                r.get("unit_id", UUID.class), r.get("unit_label", String.class), tags == null ? List.of() : Arrays.asList(tags),
                r.get("work_order_id", UUID.class), r.get("work_order_code", String.class), r.get("work_order_status", String.class),
                r.get("created_at", OffsetDateTime.class), r.get("version", Long.class));
    }
}
