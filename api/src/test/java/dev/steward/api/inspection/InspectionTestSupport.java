package dev.steward.api.inspection;

import dev.steward.api.support.IntegrationTest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Helpers shared by the inspection integration tests (against the demo property and the standard rubrics). */
abstract class InspectionTestSupport extends IntegrationTest {

    /** An inspection as read, with its ETag. */
    record Read(Map<String, Object> body, String etag) {

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> results() {
            return (List<Map<String, Object>>) body.get("results");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> score() {
            return (Map<String, Object>) body.get("score");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> checkPoints() {
            List<Map<String, Object>> all = new ArrayList<>();
            for (Map<String, Object> s : (List<Map<String, Object>>) ((Map<String, Object>) body.get("template")).get("sections")) {
                for (Map<String, Object> i : (List<Map<String, Object>>) s.get("items")) {
                    for (Map<String, Object> c : (List<Map<String, Object>>) i.get("checkPoints")) {
                        Map<String, Object> copy = new LinkedHashMap<>(c);
                        copy.put("kind", i.get("kind"));
                        copy.put("itemCode", i.get("code"));
                        copy.put("sectionCode", s.get("code"));
                        all.add(copy);
                    }
                }
            }
            return all;
        }

        String id() {
            return body.get("id").toString();
        }

        Map<String, Object> checkPoint(String code) {
            return checkPoints().stream().filter(c -> code.equals(c.get("code"))).findFirst().orElseThrow();
        }

        Map<String, Object> resultOf(String checkPointCode) {
            Object cp = checkPoint(checkPointCode).get("id");
            return results().stream().filter(r -> cp.equals(r.get("checkPointId"))).findFirst().orElseThrow();
        }
    }

    String sg() {
        return projectId("manager", "SG");
    }

    String jl() {
        return projectId("manager", "JL");
    }

    @SuppressWarnings("unchecked")
    String template(String code) {
        List<Map<String, Object>> items = (List<Map<String, Object>>) get("supervisor", "/api/v1/inspection-templates?limit=200").get("items");
        return items.stream().filter(t -> code.equals(t.get("code"))).findFirst().orElseThrow().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    String userId(String username) {
        return get("admin", "/api/v1/users?q=" + username + "&limit=5").get("items") instanceof List<?> l
                ? ((List<Map<String, Object>>) l).stream().filter(u -> username.equals(u.get("username"))).findFirst().orElseThrow()
                        .get("id").toString()
                : null;
    }

    WebTestClient.ResponseSpec post(String user, String uri, Object body) {
        return as(user).post().uri(uri).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> get(String user, String uri) {
        return as(user).get().uri(uri).exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    Read read(String user, String inspectionId) {
        EntityExchangeResult<Map> r = as(user).get().uri("/api/v1/inspections/" + inspectionId).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult();
        return new Read(r.getResponseBody(), r.getResponseHeaders().getETag());
    }

    /** A new draft inspection of the project with the standard rubric {@code code}. */
    @SuppressWarnings("unchecked")
    Read start(String user, String projectId, String code, String method) {
        return startWith(user, projectId, template(code), method);
    }

    /** A new draft inspection of the project with this template's current version. */
    @SuppressWarnings("unchecked")
    Read startWith(String user, String projectId, String templateId, String method) {
        EntityExchangeResult<Map> r = post(user, "/api/v1/inspections", Map.of("projectId", projectId, "templateId", templateId,
                "method", method, "location", "服务中心")).expectStatus().isCreated().expectBody(Map.class).returnResult();
        return new Read(r.getResponseBody(), r.getResponseHeaders().getETag());
    }

    WebTestClient.ResponseSpec save(String user, Read x, List<Map<String, Object>> results) {
        return as(user).put().uri("/api/v1/inspections/" + x.id() + "/results").header("If-Match", x.etag())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("results", results)).exchange();
    }

    @SuppressWarnings("unchecked")
    Read saved(String user, Read x, List<Map<String, Object>> results) {
        EntityExchangeResult<Map> r = save(user, x, results).expectStatus().isOk().expectBody(Map.class).returnResult();
        return new Read(r.getResponseBody(), r.getResponseHeaders().getETag());
    }

    /** Every check point answered: {@code answer} gives the answer (status, deduction …) for each, null meaning MET. */
    List<Map<String, Object>> answers(Read x, Function<Map<String, Object>, Map<String, Object>> answer) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map<String, Object> cp : x.checkPoints()) {
            Map<String, Object> a = answer.apply(cp);
            Map<String, Object> row = new LinkedHashMap<>(a == null ? Map.of("status", "MET") : a);
            row.put("checkPointId", cp.get("id"));
            list.add(row);
        }
        return list;
    }

    WebTestClient.ResponseSpec submit(String user, Read x) {
        return as(user).post().uri("/api/v1/inspections/" + x.id() + "/submit").header("If-Match", x.etag()).exchange();
    }

    @SuppressWarnings("unchecked")
    Read submitted(String user, Read x) {
        EntityExchangeResult<Map> r = submit(user, x).expectStatus().isOk().expectBody(Map.class).returnResult();
        return new Read(r.getResponseBody(), r.getResponseHeaders().getETag());
    }

    /**
     * The worked example of docs/inspections.md on a customer-service inspection: CS-01 misses two check points (2, 1.5),
     * CS-03 one (1), CS-14 does not apply — 95.5, EXCELLENT.
     */
    List<Map<String, Object>> workedExample(Read x) {
        Map<String, Map<String, Object>> special = Map.of(
                "CS-01-1", Map.of("status", "MISSING", "deduction", 2, "note", "制度未上墙"),
                "CS-01-3", Map.of("status", "MISSING", "deduction", 1.5),
                "CS-03-4", Map.of("status", "MISSING", "deduction", 1));
        return answers(x, cp -> "CS-14".equals(cp.get("itemCode")) ? Map.of("status", "NOT_APPLICABLE") : special.get(cp.get("code").toString()));
    }

    static String inDays(int days) {
        return OffsetDateTime.now(ZoneOffset.ofHours(8)).plusDays(days).withNano(0).toString();
    }

    static final String BOUNDARY = "steward-inspection-test";

    /** A one-photo multipart body (built by hand: the client's writer draws its boundary from SecureRandom on an event loop). */
    static byte[] photo() {
        BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"finding.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(jpeg.toByteArray());
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    WebTestClient.ResponseSpec uploadPhoto(String user, String inspectionId, Object resultId, String stage) {
        return as(user).post().uri("/api/v1/inspections/" + inspectionId + "/results/" + resultId + "/attachments?stage=" + stage)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY)).bodyValue(photo()).exchange();
    }
}
