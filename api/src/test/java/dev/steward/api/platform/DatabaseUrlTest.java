package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.steward.api.platform.DatabaseUrlEnvironmentPostProcessor.DatabaseUrl;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void parsesTheFullForm() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://steward:s%40cret@db.internal:6543/quality");
        assertThat(url.username()).isEqualTo("steward");
        assertThat(url.password()).isEqualTo("s@cret");
        assertThat(url.r2dbcUrl()).isEqualTo("r2dbc:postgresql://db.internal:6543/quality?preparedStatementCacheQueries=256&options=jit=off");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/quality");
        assertThat(DatabaseUrl.parse(url.url())).isEqualTo(url);
    }

    @Test
    void fillsDefaults() {
        DatabaseUrl url = DatabaseUrl.parse("postgres://localhost");
        assertThat(url.port()).isEqualTo(5432);
        assertThat(url.database()).isEqualTo("steward");
        assertThat(url.username()).isEqualTo("postgres");
        assertThat(url.password()).isEmpty();
    }

    @Test
    void rejectsOtherSchemes() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://x/y")).hasMessageContaining("postgresql://");
    }
}
