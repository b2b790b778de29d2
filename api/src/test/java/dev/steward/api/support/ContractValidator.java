package dev.steward.api.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

/**
 * Checks every exchange made through WebTestClient against openapi.yaml: each response always, and
 * each request that the server accepted (2xx) — a request the server took must be one the contract allows.
 */
public final class ContractValidator {

    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
            .createForSpecificationUrl(contractPath().toUri().toString())
            .build();

    private ContractValidator() {}

    public static Path contractPath() {
        String configured = System.getenv("STEWARD_CONTRACT");
        return configured != null ? Path.of(configured) : Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    }

    public static void validate(EntityExchangeResult<?> result) {
        URI uri = result.getUrl();
        if (!uri.getPath().startsWith("/api/") && !uri.getPath().startsWith("/.well-known/")) {
            return;
        }
        SimpleRequest.Builder request = new SimpleRequest.Builder(Request.Method.valueOf(result.getMethod().name()), uri.getPath());
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                request.withQueryParam(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
        }
        result.getRequestHeaders().forEach((name, values) -> request.withHeader(name, values));
        byte[] requestBody = result.getRequestBodyContent();
        if (requestBody != null && requestBody.length > 0) {
            request.withBody(new String(requestBody, StandardCharsets.UTF_8));
        }
        SimpleResponse.Builder response = new SimpleResponse.Builder(result.getStatus().value());
        result.getResponseHeaders().forEach((name, values) -> response.withHeader(name, values));
        byte[] responseBody = result.getResponseBodyContent();
        if (responseBody != null && responseBody.length > 0) {
            response.withBody(new String(responseBody, StandardCharsets.UTF_8));
        }
        ValidationReport report = result.getStatus().is2xxSuccessful()
                ? VALIDATOR.validate(request.build(), response.build())
                : VALIDATOR.validateResponse(uri.getPath(), Request.Method.valueOf(result.getMethod().name()), response.build());
        // Routes that are not in the contract (unknown paths → 404, unknown methods → 405) have nothing to check against.
        List<ValidationReport.Message> errors = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !m.getKey().equals("validation.request.path.missing")
                        && !m.getKey().equals("validation.request.operation.notAllowed"))
                .toList();
        if (!errors.isEmpty()) {
            throw new AssertionError("Contract violation for " + result.getMethod() + " " + uri + " → " + result.getStatus()
                    + ":\n" + errors);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
