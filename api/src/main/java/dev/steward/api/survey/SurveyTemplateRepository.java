package dev.steward.api.survey;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Templates and their versions; questions are stored as JSON text. */
@Repository
class SurveyTemplateRepository {

    /** A template at its current version. */
    record Row(UUID id, String name, int currentVersion, String questions, int campaignCount, long version, OffsetDateTime createdAt,
            OffsetDateTime updatedAt) {}

    private static final String SELECT = """
            select t.id, v.name, t.current_version, v.questions::text as questions, t.version, t.created_at, t.updated_at,
                   (select count(*) from survey_campaigns c where c.template_id = t.id) as campaign_count
            from survey_templates t
            join survey_template_versions v on v.template_id = t.id and v.version = t.current_version
            """;

    private final DatabaseClient db;

    SurveyTemplateRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Row> find(UUID id) {
        return db.sql(SELECT + " where t.id = $1").bind(0, id).map(SurveyTemplateRepository::toRow).one();
    }

    Flux<Row> list(OffsetDateTime afterAt, UUID afterId, int fetch) {
        String where = afterAt == null ? "" : " where (t.created_at, t.id) < ($2, $3)";
        var spec = db.sql(SELECT + where + " order by t.created_at desc, t.id desc limit $1").bind(0, fetch);
        if (afterAt != null) {
            spec = spec.bind(1, afterAt).bind(2, afterId);
        }
        return spec.map(SurveyTemplateRepository::toRow).all();
    }

    /** The questions of one version (what a campaign answers). */
    Mono<String> questions(UUID templateId, int version) {
        return db.sql("select questions::text as q from survey_template_versions where template_id = $1 and version = $2")
                .bind(0, templateId).bind(1, version).map((r, m) -> r.get("q", String.class)).one();
    }

    Mono<UUID> insert(String name, String questions, UUID by, OffsetDateTime at) {
        return db.sql("""
                        with t as (insert into survey_templates (name, created_by, created_at, updated_at) values ($1, $3, $4, $4) returning id)
                        insert into survey_template_versions (template_id, version, name, questions, created_at)
                        select id, 1, $1, $2::jsonb, $4 from t
                        returning template_id
                        """)
                .bind(0, name).bind(1, questions).bind(2, by).bind(3, at)
                .map((r, m) -> r.get("template_id", UUID.class)).one();
    }

    /** Whether a campaign uses this version (then it is frozen and an edit starts a new one). */
    Mono<Boolean> used(UUID templateId, int version) {
        return db.sql("select exists (select 1 from survey_campaigns where template_id = $1 and template_version = $2) as used")
                .bind(0, templateId).bind(1, version).map((r, m) -> Boolean.TRUE.equals(r.get("used", Boolean.class))).one();
    }

    /** Bumps the template's ETag version if it is still {@code expected}; false when someone else changed it first. */
    Mono<Boolean> touch(UUID id, long expected, String name, int currentVersion, OffsetDateTime at) {
        return db.sql("""
                        update survey_templates set name = $3, current_version = $4, version = version + 1, updated_at = $5
                        where id = $1 and version = $2
                        """)
                .bind(0, id).bind(1, expected).bind(2, name).bind(3, currentVersion).bind(4, at)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    Mono<Void> insertVersion(UUID id, int version, String name, String questions, OffsetDateTime at) {
        return db.sql("insert into survey_template_versions (template_id, version, name, questions, created_at) values ($1, $2, $3, $4::jsonb, $5)")
                .bind(0, id).bind(1, version).bind(2, name).bind(3, questions).bind(4, at).fetch().rowsUpdated().then();
    }

    /** Changes a version no campaign uses yet, in place. */
    Mono<Void> replaceVersion(UUID id, int version, String name, String questions) {
        return db.sql("update survey_template_versions set name = $3, questions = $4::jsonb where template_id = $1 and version = $2")
                .bind(0, id).bind(1, version).bind(2, name).bind(3, questions).fetch().rowsUpdated().then();
    }

    private static Row toRow(Readable r) {
        return new Row(r.get("id", UUID.class), r.get("name", String.class), r.get("current_version", Integer.class),
                r.get("questions", String.class), r.get("campaign_count", Long.class).intValue(), r.get("version", Long.class),
                r.get("created_at", OffsetDateTime.class), r.get("updated_at", OffsetDateTime.class));
    }
}
