package dev.steward.api.property;

import static org.assertj.core.api.Assertions.assertThat;

import dev.steward.api.support.IntegrationTest;
import dev.steward.api.support.Races;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Bulk import of units and residents: dry run, every error by row and column, all or nothing, once per file. */
class ImportIntegrationTest extends IntegrationTest {

    private static final String BOUNDARY = "steward-import-test";
    private static final MediaType MULTIPART = MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY);
    private static final String HEADER = "楼栋编号 (building),房号 (unit),楼层 (floor),建筑面积 (areaM2),状态 (status),"
            + "住户姓名 (residentName),住户电话 (residentPhone),住户关系 (residentRelation),入住日期 (movedInOn)\r\n";

    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** A multipart body built by hand (the client's writer draws its boundary from SecureRandom on an event loop). */
    static byte[] form(String fileName, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private WebTestClient.ResponseSpec upload(String user, String project, boolean dryRun, String name, byte[] file) {
        return as(user).post().uri("/api/v1/projects/" + project + "/imports?dryRun=" + dryRun).contentType(MULTIPART)
                .bodyValue(form(name, file)).exchange();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> result(String project, boolean dryRun, String name, byte[] file) {
        return upload("admin", project, dryRun, name, file).expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    @SuppressWarnings("unchecked")
    private int unitsLike(String project, String prefix) {
        Map<String, Object> page = as("admin").get().uri("/api/v1/projects/" + project + "/units?limit=200&q=" + prefix).exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return ((List<?>) page.get("items")).size();
    }

    private static String prefix() {
        return "Q" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
    }

    private static byte[] csv(String body) {
        return ("\uFEFF" + HEADER + body).getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aDryRunNamesEveryErrorByRowAndColumnAndWritesNothing() {
        String project = projectId("admin", "JL");
        String b = firstBuilding("admin", project).get("code").toString();
        String p = prefix();
        byte[] file = csv(b + "," + p + "1,3,88.5,OCCUPIED,王五,13800001234,OWNER,2021-03-01\r\n"
                + b + "," + p + "2,3,,空置,,,,\r\n"
                + "NOPE," + p + "3,300,-1,SOLD,李四,12ab,COUSIN,2021-02-30\r\n"
                + b + "," + p + "4,,,,赵六,,,\r\n");
        Map<String, Object> r = result(project, true, "units.csv", file);
        assertThat(r.get("status")).isEqualTo("INVALID");
        assertThat(r.get("dryRun")).isEqualTo(true);
        assertThat(r.get("rows")).isEqualTo(4);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors = (List<Map<String, Object>>) r.get("errors");
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("column")).containsExactlyInAnyOrder(
                "4:building", "4:floor", "4:areaM2", "4:status", "4:residentPhone", "4:residentRelation", "4:movedInOn",
                "5:residentPhone", "5:residentRelation");
        assertThat(errors).allSatisfy(e -> assertThat(e.get("message").toString()).isNotBlank());
        // A stable code (and its parameters) for each, so that a UI says it in its own language.
        assertThat(errors).extracting(e -> e.get("row") + ":" + e.get("column") + ":" + e.get("code")).containsExactlyInAnyOrder(
                "4:building:UNKNOWN_BUILDING", "4:floor:OUT_OF_RANGE", "4:areaM2:INVALID_AREA", "4:status:NOT_ALLOWED",
                "4:residentPhone:INVALID_PHONE", "4:residentRelation:NOT_ALLOWED", "4:movedInOn:INVALID_DATE",
                "5:residentPhone:REQUIRED_FOR_RESIDENT", "5:residentRelation:REQUIRED_FOR_RESIDENT");
        assertThat(errors).filteredOn(e -> "building".equals(e.get("column"))).extracting(e -> e.get("params"))
                .containsExactly(Map.of("value", "NOPE"));
        assertThat(errors).filteredOn(e -> "floor".equals(e.get("column"))).extracting(e -> e.get("params"))
                .containsExactly(Map.of("min", -10, "max", 200));
        assertThat(errors).filteredOn(e -> "residentPhone".equals(e.get("column"))).allSatisfy(e -> assertThat(e).doesNotContainKey("params"));
        assertThat(unitsLike(project, p)).isZero();

        // A bad row makes the real run write nothing either.
        Map<String, Object> real = result(project, false, "units.csv", file);
        assertThat(real.get("status")).isEqualTo("INVALID");
        assertThat(real.get("dryRun")).isEqualTo(false);
        assertThat(unitsLike(project, p)).isZero();
    }

    @Test
    void theSameFileImportsOnceEvenTwiceAtOnce() throws Exception {
        String project = projectId("admin", "JL");
        String b = firstBuilding("admin", project).get("code").toString();
        String p = prefix();
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            rows.append(b).append(',').append(p).append(i).append(",5,70,OCCUPIED,住户").append(i).append(",1390000").append(1000 + i)
                    .append(",TENANT,\r\n");
        }
        // A second resident of the first unit, on a row of its own.
        rows.append(b).append(',').append(p).append("0,,,,家人,13900009999,FAMILY,\r\n");
        byte[] file = csv(rows.toString());

        Map<String, Object> dry = result(project, true, "batch.csv", file);
        assertThat(dry.get("status")).isEqualTo("VALID");
        assertThat(dry.get("unitsCreated")).isEqualTo(30);
        assertThat(dry.get("residentsCreated")).isEqualTo(31);
        assertThat(unitsLike(project, p)).isZero();

        List<Map<String, Object>> both = Races.race(2, i -> result(project, false, "batch.csv", file));
        assertThat(both).extracting(m -> m.get("status")).containsOnly("IMPORTED");
        assertThat(both).extracting(m -> m.get("replayed")).containsExactlyInAnyOrder(true, false);
        assertThat(both).allSatisfy(m -> assertThat(m.get("unitsCreated")).isEqualTo(30));
        assertThat(unitsLike(project, p)).isEqualTo(30);

        Map<String, Object> again = result(project, false, "renamed.csv", file);
        assertThat(again.get("replayed")).isEqualTo(true);
        assertThat(again.get("sha256")).isEqualTo(dry.get("sha256"));
        assertThat(unitsLike(project, p)).isEqualTo(30);
    }

    @Test
    void xlsxImportsLikeCsv() throws IOException {
        String project = projectId("admin", "JL");
        String b = firstBuilding("admin", project).get("code").toString();
        String p = prefix();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook wb = new Workbook(bytes, "test", "1.0")) {
            Worksheet s = wb.newWorksheet("units");
            List<String> header = List.of("building", "unit", "floor", "areaM2", "status", "residentName", "residentPhone",
                    "residentRelation", "movedInOn");
            for (int c = 0; c < header.size(); c++) {
                s.value(0, c, header.get(c));
            }
            s.value(1, 0, b);
            s.value(1, 1, p + "A");
            s.value(1, 2, 7);
            s.value(1, 3, 95.25);
            s.value(1, 5, "孙七");
            s.value(1, 6, "13911112222");
            s.value(1, 7, "业主");
            s.value(1, 8, "2022-08-08");
            s.value(2, 0, b);
            s.value(2, 1, p + "B");
            s.value(2, 4, "VACANT");
        }
        byte[] file = bytes.toByteArray();
        Map<String, Object> r = result(project, false, "units.xlsx", file);
        assertThat(r.get("errors")).asList().isEmpty();
        assertThat(r.get("status")).isEqualTo("IMPORTED");
        assertThat(r.get("unitsCreated")).isEqualTo(2);
        assertThat(r.get("residentsCreated")).isEqualTo(1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> units = (List<Map<String, Object>>) as("admin").get()
                .uri("/api/v1/projects/" + project + "/units?q=" + p).exchange().expectStatus().isOk().expectBody(Map.class)
                .returnResult().getResponseBody().get("items");
        Map<String, Object> a = units.stream().filter(u -> (p + "A").equals(u.get("number"))).findFirst().orElseThrow();
        assertThat(a.get("floor")).isEqualTo(7);
        assertThat(a.get("areaM2")).isEqualTo(95.25);
        assertThat(a.get("residentCount")).isEqualTo(1);
        assertThat(units).anyMatch(u -> (p + "B").equals(u.get("number")) && "VACANT".equals(u.get("status")));
    }

    @Test
    void fileProblemsAndRoles() {
        String project = projectId("admin", "JL");
        upload("admin", project, true, "x.csv", "building,unit,colour\r\n1,101,red\r\n".getBytes(StandardCharsets.UTF_8))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        upload("admin", project, true, "x.csv", "building\r\n1\r\n".getBytes(StandardCharsets.UTF_8))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        upload("admin", project, true, "x.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0x41, 0x00})
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("file");
        upload("agent2", project, true, "x.csv", csv("")).expectStatus().isForbidden();
    }

    @Test
    void theTemplateIsAFileTheImportReads() {
        String project = projectId("admin", "JL");
        for (String format : List.of("csv", "xlsx")) {
            byte[] template = as("admin").get().uri("/api/v1/projects/" + project + "/imports/template?format=" + format).exchange()
                    .expectStatus().isOk().expectHeader().valueMatches("Content-Disposition", ".*attachment.*")
                    .expectBody(byte[].class).returnResult().getResponseBody();
            Map<String, Object> r = result(project, true, "template." + format, template);
            assertThat(r.get("rows")).isEqualTo(2);
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> errors = (List<Map<String, Object>>) r.get("errors");
            assertThat(errors).as(format).isEmpty();
        }
        as("admin").get().uri("/api/v1/projects/" + project + "/imports/template?format=pdf").exchange().expectStatus().isBadRequest();
    }
}
