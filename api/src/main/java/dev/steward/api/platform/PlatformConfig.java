package dev.steward.api.platform;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformConfig {

    /** Time is injected so rules (SLA, due dates) can be tested at chosen instants. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
