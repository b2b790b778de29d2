package dev.steward.api.inspection;

import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The monthly brief's aggregates over submitted inspections. A month is given as local times (its first day and the
 * next month's) and applied in each project's own time zone, so the index on (project_id, started_at) bounds each
 * project's range.
 */
@Repository
class MonthlyBriefRepository {

    /** One rubric's inspections of one project in one period ({@code current}: the brief's month, else the month before). */
    record TemplateScores(UUID projectId, boolean current, UUID templateId, String templateCode, Rubric.Text templateName, int count,
            BigDecimal mean, BigDecimal min, BigDecimal max, long findings) {}

    record Deduction(UUID templateId, Rubric.Text templateName, String sectionCode, Rubric.Text sectionName, String itemCode,
            Rubric.Text itemName, String checkPointCode, Rubric.Text checkPointText, long count, long projects, BigDecimal pointsLost) {}

    record Headline(UUID id, Rubric.Text name) {}

    /** An inspection that counts for the scores: submitted (by when it was started, the period it belongs to). */
    static final String SUBMITTED = "x.status = 'SUBMITTED'";

    /** The month's submitted inspections, each project's own range in its zone: $1 projects, $2 from, $3 to (local). */
    private static final String MONTH = " from projects p join inspections x on x.project_id = p.id and " + SUBMITTED
            + " and x.started_at >= ($2::timestamp at time zone p.timezone) and x.started_at < ($3::timestamp at time zone p.timezone)\n";

    private final DatabaseClient db;

    MonthlyBriefRepository(DatabaseClient db) {
        this.db = db;
    }

    /** The means per project and rubric of two months in one pass: {@code previous} until {@code from}, then until {@code to}. */
    Flux<TemplateScores> scores(UUID[] projectIds, LocalDateTime previous, LocalDateTime from, LocalDateTime to) {
        return db.sql("select x.project_id, x.started_at >= ($4::timestamp at time zone p.timezone) as current, x.template_id,"
                        + " min(t.code) as template_code, min(t.name_zh) as name_zh, min(t.name_en) as name_en, count(*) as n,"
                        + " avg(x.total) as mean, min(x.total) as low, max(x.total) as high, sum(x.finding_count) as findings "
                        + MONTH + " join inspection_templates t on t.id = x.template_id where p.id = any($1) group by 1, 2, 3")
                .bind(0, projectIds).bind(1, previous).bind(2, to).bind(3, from)
                .map(r -> new TemplateScores(r.get("project_id", UUID.class), Boolean.TRUE.equals(r.get("current", Boolean.class)),
                        r.get("template_id", UUID.class), r.get("template_code", String.class), RectificationRepository.text(r, "name"),
                        r.get("n", Long.class).intValue(), r.get("mean", BigDecimal.class), r.get("low", BigDecimal.class),
                        r.get("high", BigDecimal.class), number(r, "findings").longValue()))
                .all();
    }

    /** The check points most often MISSING in the month (then most points lost), by rubric and code across versions. */
    Flux<Deduction> topDeductions(UUID[] projectIds, LocalDateTime from, LocalDateTime to, int limit) {
        return db.sql("""
                        select x.template_id, s.code as section_code, it.code as item_code, c.code as cp_code, count(*) as n,
                               count(distinct x.project_id) as projects, coalesce(sum(r.deduction), 0) as lost,
                               max(t.name_zh) as template_zh, max(t.name_en) as template_en, max(s.name_zh) as section_zh,
                               max(s.name_en) as section_en, max(it.name_zh) as item_zh, max(it.name_en) as item_en,
                               max(c.text_zh) as text_zh, max(c.text_en) as text_en
                        """ + MONTH + """
                        join inspection_results r on r.inspection_id = x.id and r.status = 'MISSING'
                        join inspection_check_points c on c.id = r.check_point_id
                        join inspection_items it on it.id = c.item_id
                        join inspection_sections s on s.id = it.section_id
                        join inspection_templates t on t.id = x.template_id
                        where p.id = any($1)
                        group by x.template_id, s.code, it.code, c.code
                        order by n desc, lost desc, c.code
                        limit $4
                        """)
                .bind(0, projectIds).bind(1, from).bind(2, to).bind(3, limit)
                .map(r -> new Deduction(r.get("template_id", UUID.class), RectificationRepository.text(r, "template"),
                        r.get("section_code", String.class), RectificationRepository.text(r, "section"), r.get("item_code", String.class),
                        RectificationRepository.text(r, "item"), r.get("cp_code", String.class), RectificationRepository.text(r, "text"),
                        r.get("n", Long.class), r.get("projects", Long.class), r.get("lost", BigDecimal.class)))
                .all();
    }

    /** The headline rubric: the standard customer-service one (客户服务督导评分细则). */
    Mono<Headline> headline() {
        return db.sql("select id, name_zh, name_en from inspection_templates where code = 'CUSTOMER_SERVICE'")
                .map(r -> new Headline(r.get("id", UUID.class), RectificationRepository.text(r, "name"))).one();
    }

    private static BigDecimal number(Readable r, String column) {
        BigDecimal v = r.get(column, BigDecimal.class);
        return v == null ? BigDecimal.ZERO : v;
    }
}
