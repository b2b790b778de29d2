package dev.steward.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.ContractValidator;
import dev.steward.api.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerMapping;
import org.yaml.snakeyaml.Yaml;

/** The routes the application serves and the operations in openapi.yaml are the same set. */
class RouteInventoryTest extends IntegrationTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void servedRoutesMatchTheContract() throws IOException {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("dev.steward")) {
                info.getPatternsCondition().getPatterns().forEach(pattern -> info.getMethodsCondition().getMethods()
                        .forEach(method -> served.add(method.name() + " " + pattern.getPatternString())));
            }
        });

        Set<String> contract = new TreeSet<>();
        try (InputStream in = Files.newInputStream(ContractValidator.contractPath())) {
            Map<String, Object> spec = new Yaml().load(in);
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> paths = (Map<String, Map<String, Object>>) spec.get("paths");
            paths.forEach((path, item) -> item.keySet().stream().filter(HTTP_METHODS::contains)
                    .forEach(method -> contract.add(method.toUpperCase() + " " + path)));
        }

        assertThat(served).isNotEmpty().isEqualTo(contract);
    }

    @Test
    void theContractIsServedVerbatim() throws IOException {
        String file = Files.readString(ContractValidator.contractPath());
        // The contract is larger than the test client's default 256 KB buffer.
        String servedContract = client.mutate().codecs(c -> c.defaultCodecs().maxInMemorySize(4 * 1024 * 1024)).build()
                .get().uri("/openapi.yaml").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(servedContract).isEqualTo(file);
        client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }
}
