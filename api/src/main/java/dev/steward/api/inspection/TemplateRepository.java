package dev.steward.api.inspection;

import io.r2dbc.spi.Readable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rubric templates, their drafts (JSON) and published versions (tables, read back as one JSON document). A published
 * version never changes, so it is kept in memory once read.
 */
@Repository
class TemplateRepository {

    /** A template row with its current version's figures. */
    record Row(UUID id, String code, Rubric.Text name, UUID currentVersionId, Integer currentNumber, int sectionCount, int itemCount,
            int checkPointCount, String draft, int inspectionCount, long version, OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    private static final TypeReference<List<Rubric.Section>> SECTIONS = new TypeReference<>() {};

    private static final String SELECT = """
            select t.id, t.code, t.name_zh, t.name_en, t.current_version_id, t.draft::text as draft, t.version, t.created_at, t.updated_at,
                   v.number as current_number,
                   (select count(*) from inspection_sections s where s.version_id = v.id) as section_count,
                   (select count(*) from inspection_items i where i.version_id = v.id) as item_count,
                   (select count(*) from inspection_check_points c where c.version_id = v.id) as check_point_count,
                   (select count(*) from inspections x where x.template_id = t.id) as inspection_count
            from inspection_templates t
            left join inspection_template_versions v on v.id = t.current_version_id
            """;

    /** The version's sections with their items and check points, in order, as the JSON of {@code List<Rubric.Section>}. */
    private static final String VERSION = """
            select v.id, v.template_id, v.number, v.name_zh, v.name_en, v.description_zh, v.description_en,
                   v.consequences::text as consequences, v.published_by, v.published_at,
                   (select json_agg(json_build_object('id', s.id, 'code', s.code, 'name', json_build_object('zh', s.name_zh, 'en', s.name_en),
                           'weightPercent', s.weight_percent,
                           'items', (select coalesce(json_agg(json_build_object('id', i.id, 'code', i.code,
                                             'name', json_build_object('zh', i.name_zh, 'en', i.name_en), 'kind', i.kind,
                                             'maxPoints', i.max_points,
                                             'checkPoints', (select coalesce(json_agg(json_build_object('id', c.id, 'code', c.code,
                                                                     'text', json_build_object('zh', c.text_zh, 'en', c.text_en),
                                                                     'deductionMin', c.deduction_min, 'deductionMax', c.deduction_max)
                                                                     order by c.position), '[]')
                                                             from inspection_check_points c where c.item_id = i.id)) order by i.position), '[]')
                                     from inspection_items i where i.section_id = s.id)) order by s.position)
                    from inspection_sections s where s.version_id = v.id)::text as sections
            from inspection_template_versions v where v.id = $1
            """;

    private final DatabaseClient db;
    private final JsonMapper json;
    private final Map<UUID, TemplateVersion> versions = new ConcurrentHashMap<>();

    TemplateRepository(DatabaseClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    Mono<Row> find(UUID id) {
        return db.sql(SELECT + " where t.id = $1").bind(0, id).map(TemplateRepository::toRow).one();
    }

    /** Newest first; {@code published}: only templates with a published version. */
    Flux<Row> list(boolean publishedOnly, OffsetDateTime afterAt, UUID afterId, int fetch) {
        String where = (publishedOnly ? " where t.current_version_id is not null" : " where true")
                + (afterAt == null ? "" : " and (t.created_at, t.id) < ($2, $3)");
        var spec = db.sql(SELECT + where + " order by t.created_at desc, t.id desc limit $1").bind(0, fetch);
        if (afterAt != null) {
            spec = spec.bind(1, afterAt).bind(2, afterId);
        }
        return spec.map(TemplateRepository::toRow).all();
    }

    Mono<UUID> insert(Rubric.Text name, String draft, UUID by, OffsetDateTime at) {
        return db.sql("""
                        insert into inspection_templates (name_zh, name_en, draft, created_by, created_at, updated_at)
                        values ($1, $2, $3::jsonb, $4, $5, $5) returning id
                        """)
                .bind(0, name.zh()).bind(1, name.en()).bind(2, draft).bind(3, by).bind(4, at)
                .map((r, m) -> r.get("id", UUID.class)).one();
    }

    /**
     * Stores the draft if the template is still at {@code expected} (false otherwise). A template never published
     * takes the draft's name; a published one keeps its version's name until the draft is published.
     */
    Mono<Boolean> saveDraft(UUID id, long expected, Rubric.Text name, String draft, OffsetDateTime at) {
        return db.sql("""
                        update inspection_templates
                           set draft = $3::jsonb, version = version + 1, updated_at = $6,
                               name_zh = case when current_version_id is null then $4 else name_zh end,
                               name_en = case when current_version_id is null then $5 else name_en end
                         where id = $1 and version = $2
                        """)
                .bind(0, id).bind(1, expected).bind(2, draft).bind(3, name.zh()).bind(4, name.en()).bind(5, at)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Takes the template for publishing if it is still at {@code expected} and has a draft: its row stays locked. */
    Mono<Boolean> claim(UUID id, long expected) {
        return db.sql("update inspection_templates set version = version + 1 where id = $1 and version = $2 and draft is not null")
                .bind(0, id).bind(1, expected).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Publishes the (validated, defaults filled) rubric as the next version and makes it current; its id. */
    Mono<UUID> publish(UUID id, String rubric, UUID by, OffsetDateTime at) {
        return db.sql("select inspection_publish($1, $2::jsonb, $3, $4) as version_id")
                .bind(0, id).bind(1, rubric).bind(2, by).bind(3, at)
                .map((r, m) -> r.get("version_id", UUID.class)).one();
    }

    /** A published version (from memory after the first read). */
    Mono<TemplateVersion> version(UUID versionId) {
        TemplateVersion known = versions.get(versionId);
        if (known != null) {
            return Mono.just(known);
        }
        return db.sql(VERSION).bind(0, versionId).map(this::toVersion).one().doOnNext(v -> versions.put(v.id(), v));
    }

    Rubric parseDraft(String draft) {
        return json.readValue(draft, Rubric.class);
    }

    String write(Rubric rubric) {
        return json.writeValueAsString(rubric);
    }

    private TemplateVersion toVersion(Readable r) {
        String sections = r.get("sections", String.class);
        String descriptionZh = r.get("description_zh", String.class);
        Rubric rubric = new Rubric(new Rubric.Text(r.get("name_zh", String.class), r.get("name_en", String.class)),
                descriptionZh == null ? null : new Rubric.Text(descriptionZh, r.get("description_en", String.class)),
                RubricRules.withDefaults(json.readValue(r.get("consequences", String.class), Rubric.Consequences.class)),
                sections == null ? List.of() : json.readValue(sections, SECTIONS));
        return TemplateVersion.of(r.get("id", UUID.class), r.get("template_id", UUID.class), r.get("number", Integer.class), rubric,
                r.get("published_by", UUID.class), r.get("published_at", OffsetDateTime.class));
    }

    private static Row toRow(Readable r) {
        return new Row(r.get("id", UUID.class), r.get("code", String.class),
                new Rubric.Text(r.get("name_zh", String.class), r.get("name_en", String.class)), r.get("current_version_id", UUID.class),
                r.get("current_number", Integer.class), r.get("section_count", Long.class).intValue(), r.get("item_count", Long.class).intValue(),
                r.get("check_point_count", Long.class).intValue(), r.get("draft", String.class),
                r.get("inspection_count", Long.class).intValue(), r.get("version", Long.class), r.get("created_at", OffsetDateTime.class),
                r.get("updated_at", OffsetDateTime.class));
    }
}
