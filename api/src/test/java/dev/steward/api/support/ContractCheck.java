package dev.steward.api.support;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webtestclient.autoconfigure.WebTestClientBuilderCustomizer;
import org.springframework.context.annotation.Bean;

/** Hooks {@link ContractValidator} into every WebTestClient the integration tests use. */
@TestConfiguration(proxyBeanMethods = false)
class ContractCheck {

    @Bean
    WebTestClientBuilderCustomizer contractValidation() {
        return builder -> builder.entityExchangeResultConsumer(ContractValidator::validate);
    }
}
