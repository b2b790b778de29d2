package dev.steward.api.demo;

import io.r2dbc.spi.ConnectionFactory;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.r2dbc.connection.init.ResourceDatabasePopulator;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo property when {@code STEWARD_DEMO_DATA=true}: every {@code demo/*.sql} script in name
 * order, each idempotent. Runs before the app reports ready, so a ready app always has its demo data.
 */
@Component
@ConditionalOnProperty(name = "steward.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ConnectionFactory connections;

    DemoData(ConnectionFactory connections) {
        this.connections = connections;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        Resource[] scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:demo/*.sql");
        Arrays.sort(scripts, Comparator.comparing(Resource::getFilename));
        ResourceDatabasePopulator populator = new ResourceDatabasePopulator(scripts);
        populator.setSqlScriptEncoding("UTF-8");
        // Start-up thread, not an event loop: waiting here is what keeps readiness honest.
        populator.populate(connections).block();
        log.info("Demo data is in place ({} scripts).", scripts.length);
    }
}
