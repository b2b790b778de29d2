package dev.steward.api.key;

import dev.steward.api.support.IntegrationTest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Helpers shared by the key-management integration tests (against the demo property and its demo keys). */
abstract class KeyTestSupport extends IntegrationTest {

    @Autowired
    DatabaseClient db;

    String sg() {
        return projectId("manager", "SG");
    }

    @SuppressWarnings("unchecked")
    String userId(String username) {
        return as(username).get().uri("/api/v1/me").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    WebTestClient.ResponseSpec post(String user, String uri, Object body) {
        return as(user).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> created(String user, String uri, Object body) {
        return post(user, uri, body).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> ok(String user, String uri, Object body) {
        return post(user, uri, body).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String user, String uri) {
        return as(user).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> items(String user, String uri) {
        return (List<Map<String, Object>>) get(user, uri).get("items");
    }

    /** A demo key of SG by code, e.g. SG-K-0003. */
    Map<String, Object> key(String code) {
        List<Map<String, Object>> found = items("custodian", "/api/v1/keys?projectId=" + sg() + "&code=" + code);
        return found.get(0);
    }

    /** The first AVAILABLE demo UNIT key of SG with a valid owner deposit that lets technicians receive it. */
    @SuppressWarnings("unchecked")
    Map<String, Object> availableUnitKey(int skip) {
        List<Map<String, Object>> all = items("custodian", "/api/v1/keys?projectId=" + sg() + "&type=UNIT&status=AVAILABLE&limit=200");
        return all.stream().filter(k -> k.get("deposit") != null && Boolean.TRUE.equals(((Map<String, Object>) k.get("deposit")).get("valid"))
                        && ((List<String>) ((Map<String, Object>) k.get("deposit")).get("allowedRoles")).contains("TECHNICIAN"))
                .skip(skip).findFirst().orElseThrow();
    }

    /** A fresh key in SG (a new facility) with no history: for tests that need a key of their own. */
    Map<String, Object> newKey(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", sg());
        body.put("code", "SG-T-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
        body.put("type", type);
        body.put("facility", "测试设施 " + UUID.randomUUID().toString().substring(0, 4));
        return created("custodian", "/api/v1/keys", body);
    }

    /** A work order for a unit, registered by the agent. */
    @SuppressWarnings("unchecked")
    String workOrderFor(String unitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("projectId", sg());
        body.put("unitId", unitId);
        body.put("type", "REPAIR");
        body.put("category", "PLUMBING");
        body.put("priority", "NORMAL");
        body.put("channel", "PHONE");
        body.put("title", "入户检修");
        body.put("reporter", Map.of("name", "王伟", "phone", "13812345678"));
        return created("agent", "/api/v1/work-orders", body).get("id").toString();
    }

    static String inHours(double hours) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusMinutes((long) (hours * 60)).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    static Map<String, Object> checkout(String borrowerUserId, String approverId, String workOrderId, double hours) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("borrowerUserId", borrowerUserId);
        body.put("purpose", "入户维修");
        body.put("dueAt", inHours(hours));
        body.put("approvedById", approverId);
        if (workOrderId != null) {
            body.put("workOrderId", workOrderId);
        }
        return body;
    }

    Long sql(String statement) {
        return db.sql(statement).fetch().rowsUpdated().block();
    }

    long number(String query) {
        Number n = db.sql(query).map(row -> (Number) row.get(0)).one().block();
        return n == null ? 0 : n.longValue();
    }
}
