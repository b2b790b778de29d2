package dev.steward.api.inspection;

import dev.steward.api.platform.Where;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.DatabaseClient.GenericExecuteSpec;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Inspection plans (巡检/督导计划). Every query is bounded by project ids. */
@Repository
class PlanRepository {

    /** A plan's schedule and scope, as validated ({@link PlanRules}). */
    record Content(String name, UUID templateId, String level, String recurrence, List<Integer> weekdays, Integer dayOfMonth,
            String method, LocalTime dueTime, int windowDays, List<UUID> buildingIds, boolean vacantUnits, List<String> equipmentRooms,
            List<UUID> inspectorIds,
            LocalDate startsOn, boolean active) {}

    record Inspector(UUID id, String displayName) {}

    record Row(UUID id, UUID projectId, Content content, Rubric.Text templateName, List<Inspector> inspectors, long version,
            OffsetDateTime createdAt, OffsetDateTime updatedAt) {}

    private static final String SELECT = """
            select p.*, t.name_zh as template_zh, t.name_en as template_en,
                   array(select u.id from users u where u.id = any(p.inspector_ids) order by u.display_name, u.id) as inspector_list,
                   array(select u.display_name from users u where u.id = any(p.inspector_ids) order by u.display_name, u.id) as inspector_names
            from inspection_plans p join inspection_templates t on t.id = p.template_id
            """;

    private final DatabaseClient db;

    PlanRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Row> find(UUID[] projectIds, UUID id) {
        return db.sql(SELECT + " where p.project_id = any($1) and p.id = $2").bind(0, projectIds).bind(1, id).map(PlanRepository::toRow).one();
    }

    /** Newest first, keyset-paged on (created_at, id). */
    Flux<Row> list(UUID[] projectIds, Boolean active, OffsetDateTime afterAt, UUID afterId, int fetch) {
        Where where = new Where();
        where.and("p.project_id = any($?)", (Object) projectIds);
        where.andIf(active, "p.active = $?");
        if (afterAt != null) {
            where.and("(p.created_at, p.id) < ($?, $?)", afterAt, afterId);
        }
        String sql = SELECT + " where " + where.sql() + " order by p.created_at desc, p.id desc limit " + where.param(fetch);
        return where.bind(db.sql(sql)).map(PlanRepository::toRow).all();
    }

    Mono<UUID> insert(UUID projectId, Content c, UUID by, OffsetDateTime at) {
        return bind(db.sql("""
                        insert into inspection_plans (name, template_id, level, recurrence, weekdays, day_of_month, method, due_time,
                            window_days, building_ids, vacant_units, inspector_ids, starts_on, active, equipment_rooms, project_id, created_by,
                            created_at, updated_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $18)
                        returning id
                        """), c)
                .bind(15, projectId).bind(16, by).bind(17, at).map((r, m) -> r.get("id", UUID.class)).one();
    }

    /** Replaces the plan still at {@code expected}; false when it changed meanwhile. */
    Mono<Boolean> update(UUID id, long expected, Content c, OffsetDateTime at) {
        return bind(db.sql("""
                        update inspection_plans set name = $1, template_id = $2, level = $3, recurrence = $4, weekdays = $5,
                            day_of_month = $6, method = $7, due_time = $8, window_days = $9, building_ids = $10, vacant_units = $11,
                            inspector_ids = $12, starts_on = $13, active = $14, equipment_rooms = $15, version = version + 1, updated_at = $18
                        where id = $16 and version = $17
                        """), c)
                .bind(15, id).bind(16, expected).bind(17, at).fetch().rowsUpdated().map(n -> n == 1);
    }

    /** Forgets the plan's tasks from {@code from} on that nobody started (made again from its new schedule). */
    Mono<Long> dropUnstartedTasks(UUID planId, LocalDate from) {
        return db.sql("delete from inspection_tasks where plan_id = $1 and scheduled_on >= $2 and inspection_id is null")
                .bind(0, planId).bind(1, from).fetch().rowsUpdated();
    }

    /** Whether the template exists and has a published version. */
    Mono<Boolean> templatePublished(UUID templateId) {
        return db.sql("select exists (select 1 from inspection_templates where id = $1 and current_version_id is not null) as ok")
                .bind(0, templateId).map((r, m) -> Boolean.TRUE.equals(r.get("ok", Boolean.class))).one();
    }

    /** Of these users, those that are active members of the project with an inspecting role. */
    Flux<UUID> inspectors(UUID projectId, UUID[] userIds) {
        return db.sql("""
                        select u.id from users u join memberships m on m.user_id = u.id
                        where m.project_id = $1 and u.id = any($2) and u.active
                          and u.roles && array['ADMIN', 'MANAGER', 'QUALITY_SUPERVISOR']::text[]
                        """)
                .bind(0, projectId).bind(1, userIds).map((r, m) -> r.get("id", UUID.class)).all();
    }

    /** Of these buildings, those of the project. */
    Flux<UUID> buildings(UUID projectId, UUID[] ids) {
        return db.sql("select id from buildings where project_id = $1 and id = any($2)").bind(0, projectId).bind(1, ids)
                .map((r, m) -> r.get("id", UUID.class)).all();
    }

    private static GenericExecuteSpec bind(GenericExecuteSpec spec, Content c) {
        spec = spec.bind(0, c.name()).bind(1, c.templateId()).bind(2, c.level()).bind(3, c.recurrence())
                .bind(4, c.weekdays().stream().map(Integer::shortValue).toArray(Short[]::new));
        spec = c.dayOfMonth() == null ? spec.bindNull(5, Short.class) : spec.bind(5, c.dayOfMonth().shortValue());
        return spec.bind(6, c.method()).bind(7, c.dueTime()).bind(8, (short) c.windowDays())
                .bind(9, c.buildingIds().toArray(UUID[]::new)).bind(10, c.vacantUnits()).bind(11, c.inspectorIds().toArray(UUID[]::new))
                .bind(12, c.startsOn()).bind(13, c.active()).bind(14, c.equipmentRooms().toArray(String[]::new));
    }

    private static Row toRow(Readable r) {
        Short dom = r.get("day_of_month", Short.class);
        UUID[] ids = r.get("inspector_list", UUID[].class);
        String[] names = r.get("inspector_names", String[].class);
        List<Inspector> inspectors = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            inspectors.add(new Inspector(ids[i], names[i]));
        }
        Content c = new Content(r.get("name", String.class), r.get("template_id", UUID.class), r.get("level", String.class),
                r.get("recurrence", String.class), Arrays.stream(r.get("weekdays", Short[].class)).map(Short::intValue).toList(),
                dom == null ? null : dom.intValue(), r.get("method", String.class), r.get("due_time", LocalTime.class),
                r.get("window_days", Short.class).intValue(), List.of(r.get("building_ids", UUID[].class)),
                Boolean.TRUE.equals(r.get("vacant_units", Boolean.class)), List.of(r.get("equipment_rooms", String[].class)),
                List.of(r.get("inspector_ids", UUID[].class)),
                r.get("starts_on", LocalDate.class), Boolean.TRUE.equals(r.get("active", Boolean.class)));
        return new Row(r.get("id", UUID.class), r.get("project_id", UUID.class), c,
                new Rubric.Text(r.get("template_zh", String.class), r.get("template_en", String.class)), inspectors,
                r.get("version", Long.class), r.get("created_at", OffsetDateTime.class), r.get("updated_at", OffsetDateTime.class));
    }
}
