package dev.steward.api.files;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import dev.steward.api.support.IntegrationTest;
import dev.steward.api.support.Races;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;

/**
 * The files contract, run once per store (subclasses choose the disk or the S3 store): upload, list, download,
 * thumbnail, refusals, nothing half-written, concurrency, project scope and the orphan sweep.
 */
abstract class FilesContractTests extends IntegrationTest {

    @Autowired
    DatabaseClient db;
    @Autowired
    FileStore store;
    @Autowired
    FileOrphanSweep sweep;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    int port() {
        return port;
    }

    static final String WO = "/api/v1/work-orders";

    // --- helpers

    @SuppressWarnings("unchecked")
    String userId(String username) {
        return as(username).get().uri("/api/v1/me").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
    }

    @SuppressWarnings("unchecked")
    String order(String title) {
        Map<String, Object> body = Map.of("projectId", projectId("manager", "SG"), "location", "3栋大堂", "type", "REPAIR",
                "category", "PLUMBING", "priority", "NORMAL", "channel", "PHONE", "title", title,
                "reporter", Map.of("name", "王伟", "phone", "13812345678"));
        String id = as("agent").post().uri(WO).contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody().get("id").toString();
        as("agent").post().uri(WO + "/" + id + "/assign").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("assigneeId", userId("tech1"))).exchange().expectStatus().isOk();
        as("tech1").post().uri(WO + "/" + id + "/start").contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of())
                .exchange().expectStatus().isOk();
        return id;
    }

    record Upload(String name, String contentType, byte[] bytes) {}

    static final String BOUNDARY = "steward-test-7d1f3a";

    static byte[] form(Upload... files) {
        return TestFiles.multipart(BOUNDARY, java.util.Arrays.stream(files).map(u -> new String[] {u.name(), u.contentType()}).toList(),
                java.util.Arrays.stream(files).map(Upload::bytes).toList());
    }

    static final MediaType MULTIPART = MediaType.parseMediaType("multipart/form-data; boundary=" + BOUNDARY);

    org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec upload(String user, String orderId, String stage, Upload... files) {
        return as(user).post().uri(WO + "/" + orderId + "/attachments" + (stage == null ? "" : "?stage=" + stage))
                .contentType(MULTIPART).bodyValue(form(files)).exchange();
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> uploaded(String user, String orderId, String stage, Upload... files) {
        Map<String, Object> body = upload(user, orderId, stage, files).expectStatus().isCreated().expectBody(Map.class)
                .returnResult().getResponseBody();
        return (List<Map<String, Object>>) body.get("items");
    }

    long rows(String orderId) {
        return db.sql("select count(*) from files where owner_id = '" + orderId + "'").map(r -> r.get(0, Long.class)).one().block();
    }

    long objects() {
        return store.list().count().block();
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> problem(org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec spec, int status) {
        return spec.expectStatus().isEqualTo(status).expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    // --- tests

    @Test
    @SuppressWarnings("unchecked")
    void a_photo_is_stored_without_its_location_listed_downloaded_and_thumbnailed() throws Exception {
        String id = order("漏水照片");
        byte[] photo = TestFiles.jpegWithLocation(1600, 1200);
        Metadata before = ImageMetadataReader.readMetadata(new ByteArrayInputStream(photo));
        assertThat(before.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation()).isNotNull();

        List<Map<String, Object>> items = uploaded("tech1", id, "BEFORE", new Upload("漏水 1.jpg", "image/jpeg", photo),
                new Upload("note.png", "application/octet-stream", TestFiles.png(50, 40)));
        assertThat(items).hasSize(2);
        Map<String, Object> jpeg = items.get(0);
        assertThat(jpeg).containsEntry("kind", "PHOTO").containsEntry("stage", "BEFORE").containsEntry("contentType", "image/jpeg")
                .containsEntry("fileName", "漏水 1.jpg").containsEntry("width", 1600).containsEntry("height", 1200)
                .containsEntry("hasThumbnail", true);
        assertThat(items.get(1)).containsEntry("contentType", "image/png").containsEntry("width", 50);

        List<Map<String, Object>> listed = (List<Map<String, Object>>) as("agent").get().uri(WO + "/" + id + "/attachments").exchange()
                .expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody().get("items");
        assertThat(listed).extracting(m -> m.get("id")).containsExactly(jpeg.get("id"), items.get(1).get("id"));

        var result = as("agent").get().uri("/api/v1/files/" + jpeg.get("id")).exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_JPEG)
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, "private.*")
                .expectHeader().valueEquals(HttpHeaders.ETAG, "\"" + jpeg.get("sha256") + "\"")
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=.*")
                .expectBody(byte[].class).returnResult();
        byte[] stored = result.getResponseBody();
        assertThat(stored).hasSize(photo.length);
        assertThat(sha256(stored)).isEqualTo(jpeg.get("sha256"));
        GpsDirectory gps = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored)).getFirstDirectoryOfType(GpsDirectory.class);
        assertThat(gps == null || gps.getGeoLocation() == null).as("no location left").isTrue();
        assertThat(ImageIO.read(new ByteArrayInputStream(stored)).getWidth()).isEqualTo(1600);

        as("agent").get().uri("/api/v1/files/" + jpeg.get("id")).header(HttpHeaders.IF_NONE_MATCH, "\"" + jpeg.get("sha256") + "\"")
                .exchange().expectStatus().isNotModified();

        byte[] thumb = as("tech1").get().uri("/api/v1/files/" + jpeg.get("id") + "/thumbnail").exchange().expectStatus().isOk()
                .expectHeader().contentType(MediaType.IMAGE_JPEG).expectBody(byte[].class).returnResult().getResponseBody();
        BufferedImage t = ImageIO.read(new ByteArrayInputStream(thumb));
        assertThat(Math.max(t.getWidth(), t.getHeight())).isEqualTo(320);

        Map<String, Object> timeline = as("agent").get().uri(WO + "/" + id + "/events").exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<Map<String, Object>> added = ((List<Map<String, Object>>) timeline.get("items")).stream()
                .filter(e -> "ATTACHMENT_ADDED".equals(e.get("type"))).toList();
        assertThat(added).hasSize(2);
        assertThat((List<Map<String, Object>>) added.get(0).get("changes"))
                .containsExactly(Map.of("field", "attachment", "to", jpeg.get("id")), Map.of("field", "stage", "to", "BEFORE"));
    }

    @Test
    void the_location_in_xmp_is_removed_from_jpeg_png_and_webp_and_the_rest_stays() throws Exception {
        String id = order("XMP 位置");
        List<Map<String, Object>> items = uploaded("tech1", id, "BEFORE", new Upload("xmp.jpg", "image/jpeg", TestFiles.jpegWithXmp(64, 48)),
                new Upload("xmp.png", "image/png", TestFiles.pngWithXmp(64, 48)), new Upload("xmp.webp", "image/webp", TestFiles.webpWithXmp()));
        assertThat(items).extracting(m -> m.get("contentType")).containsExactly("image/jpeg", "image/png", "image/webp");
        for (Map<String, Object> f : items) {
            String name = f.get("fileName").toString();
            byte[] stored = as("agent").get().uri("/api/v1/files/" + f.get("id")).exchange().expectStatus().isOk()
                    .expectBody(byte[].class).returnResult().getResponseBody();
            String text = new String(stored, StandardCharsets.ISO_8859_1);
            assertThat(text).as(name + ": the XMP packet is still there").contains("x:xmpmeta");
            assertThat(text).as(name + ": no position left").doesNotContain("GPS").doesNotContain("31,13.824N")
                    .doesNotContain("121,28.422E");
            Metadata md = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
            XmpDirectory xmp = md.getFirstDirectoryOfType(XmpDirectory.class);
            assertThat(xmp).as(name + ": still a readable XMP packet").isNotNull();
            assertThat(xmp.getXmpProperties()).as(name).containsValue("3栋楼道")
                    .allSatisfy((k, v) -> assertThat(k).doesNotContainIgnoringCase("gps"));
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(stored));
            assertThat(img).as(name + " still decodes").isNotNull();
            assertThat(img.getWidth()).isEqualTo(64);
            assertThat(f).containsEntry("width", 64).containsEntry("height", 48).containsEntry("hasThumbnail", true);
        }
    }

    @Test
    void a_heic_photo_has_its_size_loses_its_location_and_has_no_thumbnail() throws Exception {
        String id = order("HEIC 照片");
        byte[] heic = TestFiles.resource("located.heic");
        assertThat(ImageMetadataReader.readMetadata(new ByteArrayInputStream(heic)).getFirstDirectoryOfType(GpsDirectory.class)
                .getGeoLocation()).as("the fixture has a position").isNotNull();
        Map<String, Object> f = uploaded("tech1", id, "AFTER", new Upload("IMG_0001.HEIC", "image/heic", heic)).get(0);
        assertThat(f).containsEntry("contentType", "image/heic").containsEntry("kind", "PHOTO").containsEntry("width", 96)
                .containsEntry("height", 64).containsEntry("hasThumbnail", false);
        byte[] stored = as("agent").get().uri("/api/v1/files/" + f.get("id")).exchange().expectStatus().isOk()
                .expectHeader().contentType("image/heic").expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(stored).hasSize(heic.length);
        GpsDirectory gps = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored)).getFirstDirectoryOfType(GpsDirectory.class);
        assertThat(gps == null || gps.getGeoLocation() == null).as("no EXIF position left").isTrue();
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).contains("x:xmpmeta").contains("stairwell").doesNotContain("GPSLatitude").doesNotContain("GPSLongitude");
        // Only the Exif and XMP items changed: the coded picture and every box are as they were.
        java.util.regex.Matcher tiff = java.util.regex.Pattern.compile("Exif\0\0(II\\*\0|MM\0\\*)").matcher(text);
        assertThat(tiff.find()).isTrue();
        int exif = tiff.start();
        int xmpFrom = text.indexOf("<x:xmpmeta");
        int xmpTo = text.indexOf("</x:xmpmeta>");
        for (int i = 0; i < heic.length; i++) {
            if (heic[i] != stored[i]) {
                assertThat((i >= exif && i < exif + 256) || (i >= xmpFrom && i < xmpTo)).as("byte %d changed", i).isTrue();
            }
        }
        assertThat(problem(as("agent").get().uri("/api/v1/files/" + f.get("id") + "/thumbnail").exchange(), 404))
                .containsEntry("code", "THUMBNAIL_NOT_AVAILABLE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_pdf_is_served_in_ranges_and_has_no_thumbnail() {
        String id = order("维修单据");
        byte[] pdf = TestFiles.pdf();
        Map<String, Object> f = uploaded("agent", id, null, new Upload("单据.pdf", "application/pdf", pdf)).get(0);
        assertThat(f).containsEntry("kind", "DOCUMENT").containsEntry("stage", "OTHER").containsEntry("hasThumbnail", false);
        byte[] part = as("agent").get().uri("/api/v1/files/" + f.get("id")).header(HttpHeaders.RANGE, "bytes=0-7").exchange()
                .expectStatus().isEqualTo(206).expectHeader().valueEquals(HttpHeaders.CONTENT_RANGE, "bytes 0-7/" + pdf.length)
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(new String(part, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
        byte[] tail = as("agent").get().uri("/api/v1/files/" + f.get("id")).header(HttpHeaders.RANGE, "bytes=-5").exchange()
                .expectStatus().isEqualTo(206).expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(tail).hasSize(5);
        Map<String, Object> p = problem(as("agent").get().uri("/api/v1/files/" + f.get("id")).header(HttpHeaders.RANGE, "bytes=999999-").exchange(), 416);
        assertThat(p).containsEntry("code", "RANGE_NOT_SATISFIABLE");
        assertThat(problem(as("agent").get().uri("/api/v1/files/" + f.get("id") + "/thumbnail").exchange(), 404))
                .containsEntry("code", "THUMBNAIL_NOT_AVAILABLE");
    }

    @Test
    @SuppressWarnings("unchecked")
    void impostors_oversize_and_empty_files_are_refused_by_name_and_nothing_is_written() {
        String id = order("拒收");
        long objectsBefore = objects();
        Map<String, Object> html = problem(upload("tech1", id, "AFTER", new Upload("ok.jpg", "image/jpeg", TestFiles.jpeg(20, 20)),
                new Upload("photo.jpg", "image/jpeg", TestFiles.html())), 415);
        assertThat(html).containsEntry("code", "FILE_TYPE_NOT_ALLOWED");
        assertThat(html.get("detail").toString()).contains("photo.jpg").contains("text/html");
        assertThat((List<Map<String, Object>>) html.get("errors")).first().satisfies(e -> assertThat(e).containsEntry("field", "files[1]"));

        Map<String, Object> svg = problem(upload("tech1", id, "AFTER", new Upload("pic.jpg", "image/jpeg", TestFiles.svg())), 415);
        assertThat(svg.get("detail").toString()).contains("pic.jpg").contains("svg");

        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(TestFiles.jpeg(10, 10), 0, big, 0, 100);
        Map<String, Object> large = problem(upload("tech1", id, "AFTER", new Upload("huge.jpg", "image/jpeg", big)), 413);
        assertThat(large).containsEntry("code", "FILE_TOO_LARGE");
        assertThat(large.get("detail").toString()).contains("huge.jpg");

        Map<String, Object> empty = problem(upload("tech1", id, "AFTER", new Upload("empty.jpg", "image/jpeg", new byte[0])), 400);
        assertThat(empty).containsEntry("code", "FILE_EMPTY");
        assertThat(empty.get("detail").toString()).contains("empty.jpg");

        assertThat(rows(id)).isZero();
        assertThat(objects()).isEqualTo(objectsBefore);
    }

    @Test
    void a_request_above_50_mb_is_refused_before_it_is_read() {
        String id = order("超大请求");
        byte[] body = new byte[50 * 1024 * 1024 + 1];
        Map<String, Object> p = problem(as("tech1").post().uri(WO + "/" + id + "/attachments").contentType(MULTIPART)
                .bodyValue(body).exchange(), 413);
        assertThat(p).containsEntry("code", "PAYLOAD_TOO_LARGE");
        assertThat(rows(id)).isZero();
    }

    @Test
    void a_truncated_multipart_body_is_a_400_and_nothing_is_written() {
        String id = order("断开");
        long objectsBefore = objects();
        String boundary = "steward-boundary";
        byte[] jpeg = TestFiles.jpeg(30, 30);
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"cut.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + jpeg.length / 2];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(jpeg, 0, body, head.length, jpeg.length / 2);
        Map<String, Object> p = problem(as("tech1").post().uri(WO + "/" + id + "/attachments")
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=" + boundary)).bodyValue(body).exchange(), 400);
        assertThat(p.get("code")).isIn("MALFORMED_MULTIPART", "VALIDATION_FAILED");
        assertThat(rows(id)).isZero();
        assertThat(objects()).isEqualTo(objectsBefore);
    }

    @Test
    void a_multipart_body_cut_off_on_the_wire_is_a_clean_400_or_silence_and_logs_no_error() throws Exception {
        String id = order("断线");
        long objectsBefore = objects();
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        logged.start();
        root.addAppender(logged);
        try {
            // A photo above the 256 KB that parts may keep in memory, so the part is being streamed to a file when it stops.
            byte[] photo = new byte[600_000];
            new java.util.Random(7).nextBytes(photo);
            byte[] start = TestFiles.jpeg(40, 30);
            System.arraycopy(start, 0, photo, 0, 200);
            byte[] whole = form(new Upload("cut.jpg", "image/jpeg", photo));
            byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
            String path = WO + "/" + id + "/attachments?stage=DURING";

            // 1. The request's body ends (its length says so) but the multipart stops in the middle of the file: a 400.
            // Spring's multipart reader can race the body's end while it creates its temporary file (it logs "Could not
            // switch from CREATE-FILE to WRITE-FILE; current state:DISPOSED", Netty a buffer released twice), and the
            // connection then closes without an answer: seen once in a CI run under load, never in 60 quiet runs. Such
            // a silence is allowed; the 400 must still come in one of three tries.
            List<String> answers = new ArrayList<>();
            for (int attempt = 0; attempt < 3 && answers.stream().noneMatch(a -> a.startsWith("HTTP/1.1 400")); attempt++) {
                answers.add(raw(path, cut, cut.length, true));
            }
            assertThat(answers).allSatisfy(a -> assertThat(a).satisfiesAnyOf(
                    silence -> assertThat(silence).isEmpty(),
                    problem -> assertThat(problem).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("MALFORMED_MULTIPART")));
            assertThat(answers).anySatisfy(a -> assertThat(a).startsWith("HTTP/1.1 400"));

            // 2. The client goes away mid-body: the length says more than is sent, then the socket closes. No one to answer.
            raw(path, cut, whole.length, false);

            // 3. No length, chunks past the 50 MB a request may carry: a 413 while it arrives.
            assertThat(chunkedPastTheLimit(path)).startsWith("HTTP/1.1 413").contains("PAYLOAD_TOO_LARGE");

            // Whatever the server logs about it comes within moments.
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (System.nanoTime() < deadline && logged.list.stream().noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))) {
                Thread.sleep(100);
            }
        } finally {
            root.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(e -> e.getLevel().isGreaterOrEqual(Level.ERROR))
                .extracting(e -> e.getLoggerName() + ": " + e.getFormattedMessage()).isEmpty();
        assertThat(rows(id)).isZero();
        assertThat(objects()).isEqualTo(objectsBefore);
    }

    /**
     * Sends a multipart request over a plain socket: {@code body} with a Content-Length of {@code length}; waits for the
     * answer if {@code answer}, else closes the socket right after the body.
     */
    private String raw(String path, byte[] body, long length, boolean answer) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port())) {
            socket.setSoTimeout(30_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token("tech1") + "\r\n"
                    + "Content-Type: " + MULTIPART + "\r\nContent-Length: " + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            if (!answer) {
                Thread.sleep(300);
                return "";
            }
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A chunked multipart upload of 51 MB, sent by one thread while this one reads the answer (which comes before the end). */
    private String chunkedPastTheLimit(String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port())) {
            socket.setSoTimeout(60_000);
            var out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + token("tech1") + "\r\n"
                    + "Content-Type: " + MULTIPART + "\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"big.jpg\"\r\n"
                    + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            Thread sender = new Thread(() -> {
                try {
                    out.write((Integer.toHexString(head.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.write(head);
                    out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    byte[] chunk = new byte[64 * 1024];
                    byte[] size = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
                    for (int i = 0; i < 51 * 16; i++) {
                        out.write(size);
                        out.write(chunk);
                        out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.flush();
                } catch (java.io.IOException closedByTheServer) {
                    // The server answered and closed: the rest is not wanted.
                }
            });
            sender.start();
            // Read as it comes: the server closes with our unread chunks in its buffer, and the reset that follows
            // would take an answer still unread with it.
            java.io.ByteArrayOutputStream answer = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = socket.getInputStream().read(buf)) > 0; ) {
                    answer.write(buf, 0, n);
                }
            } catch (java.net.SocketException reset) {
                // the answer, if any, is in already
            }
            sender.join(60_000);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    @Test
    void fifty_parallel_uploads_to_one_order_all_land_once() throws Exception {
        String id = order("并发上传");
        long objectsBefore = objects();
        byte[] photo = TestFiles.jpeg(200, 150);
        // 50 requests at once on a shared 2-core machine: allow each more than the usual 30 s.
        var slow = as("tech1").mutate().responseTimeout(java.time.Duration.ofMinutes(3)).build();
        List<Integer> statuses = Races.race(50, i -> slow.post().uri(WO + "/" + id + "/attachments?stage=DURING").contentType(MULTIPART)
                .bodyValue(form(new Upload("p" + i + ".jpg", "image/jpeg", photo))).exchange().returnResult(Void.class).getStatus().value());
        assertThat(statuses).containsOnly(201);
        assertThat(rows(id)).isEqualTo(50);
        assertThat(objects()).isEqualTo(objectsBefore + 100);
        long events = db.sql("select count(*) from work_order_events where work_order_id = '" + id + "' and type = 'ATTACHMENT_ADDED'")
                .map(r -> r.get(0, Long.class)).one().block();
        assertThat(events).isEqualTo(50);
    }

    @Test
    @SuppressWarnings("unchecked")
    void files_are_scoped_to_the_project_and_the_owner_and_integration_only_reads() {
        String id = order("范围");
        String fileId = uploaded("tech1", id, "BEFORE", new Upload("a.jpg", "image/jpeg", TestFiles.jpeg(40, 40))).get(0).get("id").toString();
        assertThat(problem(as("agent2").get().uri("/api/v1/files/" + fileId).exchange(), 404)).containsEntry("code", "NOT_FOUND");
        problem(as("tech2").get().uri("/api/v1/files/" + fileId + "/thumbnail").exchange(), 404);
        problem(as("agent2").get().uri(WO + "/" + id + "/attachments").exchange(), 404);
        problem(upload("tech2", id, "AFTER", new Upload("b.jpg", "image/jpeg", TestFiles.jpeg(40, 40))), 404);
        problem(upload("custodian", id, "AFTER", new Upload("b.jpg", "image/jpeg", TestFiles.jpeg(40, 40))), 403);
        problem(upload("integration", id, "AFTER", new Upload("b.jpg", "image/jpeg", TestFiles.jpeg(40, 40))), 403);
        as("integration").get().uri("/api/v1/files/" + fileId).exchange().expectStatus().isOk();
        assertThat(rows(id)).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_project_can_require_an_after_photo_to_complete_a_repair() {
        String sg = projectId("manager", "SG");
        String etag = as("admin").get().uri("/api/v1/projects/" + sg).exchange().expectStatus().isOk()
                .returnResult(Void.class).getResponseHeaders().getETag();
        String etag2 = as("admin").patch().uri("/api/v1/projects/" + sg).header(HttpHeaders.IF_MATCH, etag)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("afterPhotoRequired", true)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.afterPhotoRequired").isEqualTo(true).returnResult()
                .getResponseHeaders().getETag();
        try {
            String id = order("需完工照片");
            uploaded("tech1", id, "BEFORE", new Upload("before.jpg", "image/jpeg", TestFiles.jpeg(40, 40)));
            Map<String, Object> p = problem(as("tech1").post().uri(WO + "/" + id + "/complete").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("resolution", "已修好")).exchange(), 409);
            assertThat(p).containsEntry("code", "WORK_ORDER_PHOTO_REQUIRED");
            uploaded("tech1", id, "AFTER", new Upload("after.jpg", "image/jpeg", TestFiles.jpeg(40, 40)));
            as("tech1").post().uri(WO + "/" + id + "/complete").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("resolution", "已修好")).exchange().expectStatus().isOk();
        } finally {
            as("admin").patch().uri("/api/v1/projects/" + sg).header(HttpHeaders.IF_MATCH, etag2)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("afterPhotoRequired", false)).exchange()
                    .expectStatus().isOk();
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_custodian_attaches_the_signed_authorization_to_a_deposit() {
        Map<String, Object> dep = db.sql("select id, key_id from key_deposits where project_id = '" + projectId("manager", "SG") + "' limit 1")
                .map(r -> Map.<String, Object>of("id", r.get("id").toString(), "keyId", r.get("key_id").toString())).one().block();
        String path = "/api/v1/keys/" + dep.get("keyId") + "/deposits/" + dep.get("id") + "/attachments";
        Map<String, Object> body = as("custodian").post().uri(path).contentType(MULTIPART)
                .bodyValue(form(new Upload("委托书.pdf", "application/pdf", TestFiles.pdf())))
                .exchange().expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        Map<String, Object> f = ((List<Map<String, Object>>) body.get("items")).get(0);
        assertThat(f).containsEntry("stage", "AUTHORIZATION").containsEntry("ownerType", "KEY_DEPOSIT");
        List<Map<String, Object>> listed = (List<Map<String, Object>>) as("manager").get().uri(path).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("items");
        assertThat(listed).extracting(m -> m.get("id")).contains(f.get("id"));
        problem(as("tech1").get().uri("/api/v1/files/" + f.get("id")).exchange(), 404);
        problem(as("agent").post().uri(path).contentType(MULTIPART)
                .bodyValue(form(new Upload("x.pdf", "application/pdf", TestFiles.pdf()))).exchange(), 403);
        String otherKey = db.sql("select id from keys where id <> '" + dep.get("keyId") + "' limit 1").map(r -> r.get(0).toString()).one().block();
        problem(as("custodian").get().uri("/api/v1/keys/" + otherKey + "/deposits/" + dep.get("id") + "/attachments").exchange(), 404);
    }

    @Test
    void the_orphan_sweep_removes_bytes_no_row_names_and_keeps_the_rest() throws Exception {
        String id = order("孤儿");
        String fileId = uploaded("tech1", id, "BEFORE", new Upload("keep.jpg", "image/jpeg", TestFiles.jpeg(40, 40))).get(0).get("id").toString();
        Path tmp = Files.createTempFile("orphan", ".bin");
        Files.write(tmp, new byte[] {1, 2, 3});
        String orphan = UploadPipeline.newKey();
        store.put(orphan, tmp, 3, "application/octet-stream").block();
        Files.delete(tmp);
        assertThat(store.list().map(FileStore.Entry::key).collectList().block()).contains(orphan);
        assertThat(sweep.sweep().block()).isGreaterThanOrEqualTo(1);
        assertThat(store.list().map(FileStore.Entry::key).collectList().block()).doesNotContain(orphan);
        as("tech1").get().uri("/api/v1/files/" + fileId).exchange().expectStatus().isOk();
        as("tech1").get().uri("/api/v1/files/" + fileId + "/thumbnail").exchange().expectStatus().isOk();
    }
}
