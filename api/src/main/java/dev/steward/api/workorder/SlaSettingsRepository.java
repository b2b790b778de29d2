package dev.steward.api.workorder;

import dev.steward.api.platform.Sql;
import io.r2dbc.spi.Readable;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@Repository
class SlaSettingsRepository {

    record RuleRow(String type, String priority, SlaPolicy.Rule rule) {}

    record CalendarDay(LocalDate day, boolean working, String note) {}

    private final DatabaseClient db;

    SlaSettingsRepository(DatabaseClient db) {
        this.db = db;
    }

    Flux<RuleRow> rules(UUID projectId) {
        return db.sql("select * from sla_rules where project_id = $1").bind(0, projectId)
                .map(r -> new RuleRow(r.get("type", String.class), r.get("priority", String.class), new SlaPolicy.Rule(
                        deadline(r, "response"), deadline(r, "resolution"))))
                .all();
    }

    Mono<Void> replaceRules(UUID projectId, List<RuleRow> rules) {
        Mono<Long> delete = db.sql("delete from sla_rules where project_id = $1").bind(0, projectId).fetch().rowsUpdated();
        Flux<Long> inserts = Flux.fromIterable(rules).concatMap(row -> {
            var spec = db.sql("""
                    insert into sla_rules (project_id, type, priority, response_minutes, response_end_of_day_plus_days,
                                           resolution_minutes, resolution_end_of_day_plus_days)
                    values ($1, $2, $3, $4, $5, $6, $7)
                    """).bind(0, projectId).bind(1, row.type()).bind(2, row.priority());
            spec = bindDeadline(spec, 3, row.rule().response());
            spec = bindDeadline(spec, 5, row.rule().resolution());
            return spec.fetch().rowsUpdated();
        });
        return delete.thenMany(inserts).then();
    }

    /** All exceptions of the project (a few dozen a year), for due-date maths. */
    Flux<CalendarDay> calendar(UUID projectId) {
        return db.sql("select day, working, note from calendar_days where project_id = $1 order by day").bind(0, projectId)
                .map(SlaSettingsRepository::day).all();
    }

    Flux<CalendarDay> calendar(UUID projectId, int year) {
        return db.sql("""
                select day, working, note from calendar_days
                where project_id = $1 and day >= make_date($2, 1, 1) and day < make_date($2 + 1, 1, 1) order by day
                """).bind(0, projectId).bind(1, year).map(SlaSettingsRepository::day).all();
    }

    Mono<Void> replaceCalendar(UUID projectId, int year, List<CalendarDay> days) {
        Mono<Long> delete = db.sql("""
                delete from calendar_days where project_id = $1 and day >= make_date($2, 1, 1) and day < make_date($2 + 1, 1, 1)
                """).bind(0, projectId).bind(1, year).fetch().rowsUpdated();
        Flux<Long> inserts = Flux.fromIterable(days).concatMap(d -> {
            var spec = db.sql("insert into calendar_days (project_id, day, working, note) values ($1, $2, $3, $4)")
                    .bind(0, projectId).bind(1, d.day()).bind(2, d.working());
            return Sql.bindNullable(spec, 3, d.note(), String.class).fetch().rowsUpdated();
        });
        Mono<Long> own = db.sql("insert into calendar_years (project_id, year) values ($1, $2) on conflict do nothing")
                .bind(0, projectId).bind(1, year).fetch().rowsUpdated();
        return delete.thenMany(inserts).then(own).then();
    }

    /** The years the project set itself (saved or imported); other years follow the shipped schedule. */
    Flux<Integer> calendarYears(UUID projectId) {
        return db.sql("select year from calendar_years where project_id = $1").bind(0, projectId)
                .map(r -> r.get("year", Integer.class)).all();
    }

    Mono<Boolean> hasCalendarYear(UUID projectId, int year) {
        return db.sql("select exists (select 1 from calendar_years where project_id = $1 and year = $2) as own")
                .bind(0, projectId).bind(1, year).map(r -> Boolean.TRUE.equals(r.get("own", Boolean.class))).one();
    }

    private static CalendarDay day(Readable r) {
        return new CalendarDay(r.get("day", LocalDate.class), Boolean.TRUE.equals(r.get("working", Boolean.class)),
                r.get("note", String.class));
    }

    private static SlaPolicy.Deadline deadline(Readable r, String prefix) {
        Integer minutes = r.get(prefix + "_minutes", Integer.class);
        return minutes != null ? new SlaPolicy.Within(Duration.ofMinutes(minutes))
                : new SlaPolicy.EndOfDay(r.get(prefix + "_end_of_day_plus_days", Integer.class));
    }

    private static DatabaseClient.GenericExecuteSpec bindDeadline(DatabaseClient.GenericExecuteSpec spec, int index,
            SlaPolicy.Deadline deadline) {
        if (deadline instanceof SlaPolicy.Within within) {
            return spec.bind(index, (int) within.duration().toMinutes()).bindNull(index + 1, Integer.class);
        }
        return spec.bindNull(index, Integer.class).bind(index + 1, ((SlaPolicy.EndOfDay) deadline).daysLater());
    }
}
