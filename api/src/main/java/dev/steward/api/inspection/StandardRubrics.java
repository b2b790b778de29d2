package dev.steward.api.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.zip.CRC32;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Flyway migration V16: the standard rubrics, published as version 1 of templates with a code. The rubrics are data
 * ({@code inspection/*.json}, the same shape as a draft) in Chinese and English: 客户服务督导评分细则 and
 * 设施设备维护督导评分细则 from seed 003, 十必查 from seed 004, 空置房巡查 and 夜间巡查. Published through the same
 * database function as the API's publish. Runs once, at start-up, before the API serves (Flyway over JDBC).
 */
@Component
class StandardRubrics implements JavaMigration {

    /** A rubric file and its template code. */
    record Standard(String file, String code) {}

    /** In the order lists show them (newest first). */
    static final List<Standard> RUBRICS = List.of(new Standard("customer-service.json", "CUSTOMER_SERVICE"),
            new Standard("facilities.json", "FACILITIES"), new Standard("ten-must-checks.json", "TEN_MUST_CHECKS"),
            new Standard("vacant-unit-patrol.json", "VACANT_UNIT_PATROL"), new Standard("night-patrol.json", "NIGHT_PATROL"));
    private static final UUID SYSTEM_USER = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("16");
    }

    @Override
    public String getDescription() {
        return "standard inspection rubrics";
    }

    /** Over the files' bytes: Flyway reports a changed rubric file once this migration has run. */
    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (Standard r : RUBRICS) {
            crc.update(read(r.file()).getBytes(StandardCharsets.UTF_8));
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        JsonMapper json = JsonMapper.builder().build();
        Connection c = context.getConnection();
        int minute = 0;
        for (Standard standard : RUBRICS) {
            String text = read(standard.file());
            Rubric rubric = json.readValue(text, Rubric.class);
            RubricRules.requirePublishable(rubric);
            Rubric complete = new Rubric(rubric.name(), rubric.description(), RubricRules.withDefaults(rubric.consequences()), rubric.sections());
            UUID id;
            try (PreparedStatement s = c.prepareStatement("""
                    insert into inspection_templates (code, name_zh, name_en, created_by, created_at, updated_at)
                    values (?, ?, ?, ?, now() - make_interval(mins => ?), now() - make_interval(mins => ?)) returning id
                    """)) {
                s.setString(1, standard.code());
                s.setString(2, rubric.name().zh());
                s.setString(3, rubric.name().en());
                s.setObject(4, SYSTEM_USER);
                s.setInt(5, minute);
                s.setInt(6, minute);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    id = r.getObject(1, UUID.class);
                }
            }
            try (PreparedStatement s = c.prepareStatement("select inspection_publish(?, ?::jsonb, ?, now())")) {
                s.setObject(1, id);
                s.setString(2, json.writeValueAsString(complete));
                s.setObject(3, SYSTEM_USER);
                s.executeQuery().close();
            }
            minute++;
        }
    }

    /** A rubric file's text. */
    static String read(String file) {
        try (InputStream in = new ClassPathResource("inspection/" + file).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("The standard rubric " + file + " is missing", e);
        }
    }
}
