package dev.steward.api.workorder;

import io.r2dbc.pool.ConnectionPool;
import io.r2dbc.pool.ConnectionPoolConfiguration;
import io.r2dbc.spi.Connection;
import io.r2dbc.spi.ConnectionFactories;
import io.r2dbc.spi.ConnectionFactoryOptions;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The day's next order number of a project ({@code SG-20261203-0042}), taken in a statement of its own on a small pool
 * of its own, committed at once: the counter row is locked for that one statement, not for the whole registration.
 * (It used to be taken inside the registration's transaction, so every create of a project waited for the previous
 * one's insert, timeline entry, read-back and commit; docs/performance.md has the figures.) A number is never
 * reused; a registration that fails after taking one leaves a gap. The pool is separate so a registration holding
 * a connection of the main pool never waits for a second one from it.
 */
@Component
class CodeCounter implements DisposableBean {

    private final ConnectionPool pool;

    CodeCounter(@Value("${spring.r2dbc.url}") String url, @Value("${spring.r2dbc.username:}") String username,
            @Value("${spring.r2dbc.password:}") String password) {
        ConnectionFactoryOptions.Builder options = ConnectionFactoryOptions.parse(url).mutate();
        if (!username.isEmpty()) {
            options.option(ConnectionFactoryOptions.USER, username);
        }
        if (!password.isEmpty()) {
            options.option(ConnectionFactoryOptions.PASSWORD, password);
        }
        this.pool = new ConnectionPool(ConnectionPoolConfiguration.builder(ConnectionFactories.get(options.build()))
                .name("code-counter").initialSize(0).maxSize(4)
                .maxIdleTime(Duration.ofMinutes(10)).maxAcquireTime(Duration.ofSeconds(5))
                .build());
    }

    Mono<Integer> next(UUID projectId, LocalDate day) {
        return Mono.usingWhen(pool.create(), connection -> next(connection, projectId, day), Connection::close);
    }

    private static Mono<Integer> next(Connection connection, UUID projectId, LocalDate day) {
        return Mono.from(connection.createStatement("""
                        insert into work_order_counters (project_id, day, last) values ($1, $2, 1)
                        on conflict (project_id, day) do update set last = work_order_counters.last + 1
                        returning last
                        """)
                        .bind(0, projectId).bind(1, day).execute())
                .flatMap(result -> Mono.from(result.map((row, meta) -> row.get("last", Integer.class))));
    }

    @Override
    public void destroy() {
        pool.dispose();
    }
}
