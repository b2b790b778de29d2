package dev.steward.api.fuzz;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One operation of openapi.yaml, as the fuzzer needs it: where it lives, what it takes, whether it needs a login. */
record FuzzOperation(String id, String method, String path, List<Parameter> parameters, Schema<?> body, boolean bodyRequired,
        boolean isPublic, boolean streams, boolean multipart) {

    /** Every operation of the contract, with $refs and allOf resolved. */
    static List<FuzzOperation> read(Path contract) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        OpenAPI api = new OpenAPIV3Parser().read(contract.toString(), null, options);
        if (api == null) {
            throw new IllegalStateException("Cannot read " + contract);
        }
        List<FuzzOperation> operations = new ArrayList<>();
        for (Map.Entry<String, PathItem> entry : api.getPaths().entrySet()) {
            PathItem item = entry.getValue();
            for (Map.Entry<PathItem.HttpMethod, Operation> op : item.readOperationsMap().entrySet()) {
                Operation o = op.getValue();
                List<Parameter> params = new ArrayList<>();
                if (item.getParameters() != null) {
                    params.addAll(item.getParameters());
                }
                if (o.getParameters() != null) {
                    params.addAll(o.getParameters());
                }
                Schema<?> body = null;
                boolean required = false;
                if (o.getRequestBody() != null && o.getRequestBody().getContent() != null
                        && o.getRequestBody().getContent().get("application/json") != null) {
                    body = o.getRequestBody().getContent().get("application/json").getSchema();
                    required = Boolean.TRUE.equals(o.getRequestBody().getRequired());
                }
                boolean multipart = o.getRequestBody() != null && o.getRequestBody().getContent() != null
                        && o.getRequestBody().getContent().get("multipart/form-data") != null;
                boolean isPublic = o.getSecurity() != null && o.getSecurity().isEmpty();
                boolean streams = o.getResponses().values().stream().map(r -> r.getContent())
                        .anyMatch(c -> c != null && ((Content) c).containsKey("text/event-stream"));
                operations.add(new FuzzOperation(o.getOperationId(), op.getKey().name(), entry.getKey(), params, body, required,
                        isPublic, streams, multipart));
            }
        }
        return operations;
    }

    /** A list operation ("GET …/things" answering {items}); its ids feed the path parameters of "…/things/{id}". */
    boolean isList() {
        return "GET".equals(method) && !path.endsWith("}") && parameters.stream().anyMatch(p -> "limit".equals(p.getName()));
    }
}
