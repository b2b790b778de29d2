package dev.steward.api.workorder;

import dev.steward.api.support.IntegrationTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Helpers shared by the work-order integration tests (all against the demo property). */
abstract class WorkOrderTestSupport extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    static final String BASE = "/api/v1/work-orders";

    String sg() {
        return projectId("manager", "SG");
    }

    String jl() {
        return projectId("manager", "JL");
    }

    @SuppressWarnings("unchecked")
    String userId(String username) {
        return as(username).get().uri("/api/v1/me").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    /** The unit at this position in the project's unit list (ordered by building and number). */
    @SuppressWarnings("unchecked")
    String unitId(String projectId, int index) {
        Map<String, Object> page = as("manager").get().uri("/api/v1/projects/" + projectId + "/units?limit=200").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> items = (List<Map<String, Object>>) page.get("items");
        return items.get(index % items.size()).get("id").toString();
    }

    static Map<String, Object> order(String projectId, String unitId, String type, String category, String priority, String title) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", projectId);
        if (unitId != null) {
            body.put("unitId", unitId);
        } else {
            body.put("location", "3栋大堂");
        }
        body.put("type", type);
        body.put("category", category);
        body.put("priority", priority);
        body.put("channel", "PHONE");
        body.put("title", title);
        body.put("description", "住户来电：" + title);
        body.put("reporter", Map.of("name", "王伟", "phone", "13812345678"));
        return body;
    }

    static Map<String, Object> repair(String projectId, String unitId, String title) {
        return order(projectId, unitId, "REPAIR", "PLUMBING", "NORMAL", title);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> create(String user, Map<String, Object> body) {
        return as(user).post().uri(BASE).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    WebTestClient.ResponseSpec action(String user, Object id, String action, Map<String, ?> body) {
        return as(user).post().uri(BASE + "/" + id + "/" + action).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> ok(String user, Object id, String action, Map<String, ?> body) {
        return action(user, id, action, body).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String user, Object id) {
        return as(user).get().uri(BASE + "/" + id).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                .getResponseBody();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> events(String user, Object id) {
        Map<String, Object> list = as(user).get().uri(BASE + "/" + id + "/events").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        return (List<Map<String, Object>>) list.get("items");
    }

    /** GET the list with query parameters given as name, value pairs (values are encoded strictly; repeat a name to repeat it). */
    @SuppressWarnings("unchecked")
    Map<String, Object> page(String user, Object... params) {
        return as(user).get().uri(b -> {
                    b.path(BASE);
                    Map<String, Object> values = new LinkedHashMap<>();
                    for (int i = 0; i < params.length; i += 2) {
                        b.queryParam(params[i].toString(), "{v" + i + "}");
                        values.put("v" + i, params[i + 1]);
                    }
                    return b.build(values);
                })
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String user, Object... params) {
        return (List<Map<String, Object>>) page(user, params).get("items");
    }

    /** Runs SQL directly (as the application's database user), outside the API. */
    Long sql(String statement) {
        return db.sql(statement).fetch().rowsUpdated().block();
    }

    long number(String query) {
        Number n = db.sql(query).map(row -> (Number) row.get(0)).one().block();
        return n == null ? 0 : n.longValue();
    }

    /** A word no other test uses, to find this test's orders with q. */
    static String marker() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    /** An order assigned to tech1 and started by them. */
    Map<String, Object> inProgress(String title) {
        Map<String, Object> o = create("agent", repair(sg(), null, title));
        ok("agent", o.get("id"), "assign", Map.of("assigneeId", userId("tech1")));
        return ok("tech1", o.get("id"), "start", Map.of());
    }

    Map<String, Object> completed(String title) {
        Map<String, Object> o = inProgress(title);
        return ok("tech1", o.get("id"), "complete", Map.of("resolution", "更换了阀门"));
    }
}
