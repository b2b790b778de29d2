package dev.steward.api.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The small rules of the files feature: byte ranges, names from devices, storage keys, type detection, GPS removal. */
class FileRulesTest {

    @Test
    void one_byte_range_is_served_and_anything_else_is_the_whole_file_or_a_416() {
        assertThat(FileDownloads.range("bytes=0-9", 100)).containsExactly(0, 10);
        assertThat(FileDownloads.range("bytes=90-", 100)).containsExactly(90, 10);
        assertThat(FileDownloads.range("bytes=-5", 100)).containsExactly(95, 5);
        assertThat(FileDownloads.range("bytes=-500", 100)).containsExactly(0, 100);
        assertThat(FileDownloads.range("bytes=50-5000", 100)).containsExactly(50, 50);
        assertThat(FileDownloads.range("bytes=100-", 100)).isEmpty();
        assertThat(FileDownloads.range("bytes=-0", 100)).isEmpty();
        assertThat(FileDownloads.range("bytes=0-1,5-6", 100)).isNull();
        assertThat(FileDownloads.range("items=0-1", 100)).isNull();
        assertThat(FileDownloads.range("bytes=9-2", 100)).isNull();
        assertThat(FileDownloads.range("bytes=-", 100)).isNull();
    }

    @Test
    void a_device_name_keeps_no_path_or_control_characters_and_is_never_blank() {
        assertThat(UploadPipeline.safeName("C:\\fakepath\\漏水.jpg", 0)).isEqualTo("漏水.jpg");
        assertThat(UploadPipeline.safeName("../../etc/passwd", 0)).isEqualTo("passwd");
        assertThat(UploadPipeline.safeName("a\u0000b\nc.pdf", 0)).isEqualTo("abc.pdf");
        assertThat(UploadPipeline.safeName("  ", 2)).isEqualTo("file-3");
        assertThat(UploadPipeline.safeName(null, 0)).isEqualTo("file-1");
        assertThat(UploadPipeline.safeName("x".repeat(300), 0)).hasSize(255);
    }

    @Test
    void storage_keys_are_random_and_say_nothing() {
        String a = UploadPipeline.newKey();
        assertThat(a).matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{32}");
        assertThat(a.substring(6)).startsWith(a.substring(0, 2) + a.substring(3, 5));
        assertThat(UploadPipeline.newKey()).isNotEqualTo(a);
    }

    @Test
    void the_type_comes_from_the_bytes_whatever_the_name() throws Exception {
        assertThat(detect("photo.jpg", TestFiles.jpeg(10, 10))).isEqualTo("image/jpeg");
        assertThat(detect("photo.jpg", TestFiles.png(10, 10))).isEqualTo("image/png");
        assertThat(detect("photo.jpg", TestFiles.pdf())).isEqualTo("application/pdf");
        assertThat(detect("photo.jpg", TestFiles.html())).isEqualTo("text/html");
        assertThat(detect("photo.jpg", TestFiles.svg())).isEqualTo("image/svg+xml");
        byte[] heic = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c'}, 0, heic, 0, 12);
        assertThat(detect("x.jpg", heic)).isEqualTo("image/heic");
        byte[] webp = new byte[64];
        System.arraycopy("RIFF\0\0\0\0WEBPVP8 ".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), 0, webp, 0, 16);
        assertThat(detect("x.jpg", webp)).isEqualTo("image/webp");
    }

    @Test
    void the_gps_directory_is_unlinked_and_zeroed_in_place() throws Exception {
        byte[] photo = TestFiles.jpegWithLocation(64, 48);
        Path file = Files.createTempFile("gps", ".jpg");
        try {
            Files.write(file, photo);
            assertThat(PhotoLocation.strip(file, "image/jpeg")).isTrue();
            byte[] after = Files.readAllBytes(file);
            assertThat(after).hasSize(photo.length);
            assertThat(PhotoLocation.strip(file, "image/jpeg")).as("nothing left to remove").isFalse();
            ByteBuffer b = ByteBuffer.wrap(after, 2 + 4 + 6, 128).slice();
            assertThat(ExifLocation.scrubTiff(b, 0, 128)).isFalse();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void a_compressed_xmp_packet_in_a_png_is_blanked_whole_and_its_crc_stays_right() throws Exception {
        byte[] png = TestFiles.pngWithXmp(32, 24);
        int at = 8 + 12 + 13;
        int len = ByteBuffer.wrap(png, at, 4).getInt();
        int flag = at + 8 + "XML:com.adobe.xmp\0".length();
        int text = flag + 4;
        java.io.ByteArrayOutputStream deflated = new java.io.ByteArrayOutputStream();
        try (var z = new java.util.zip.DeflaterOutputStream(deflated)) {
            z.write(TestFiles.XMP.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        byte[] packed = java.util.Arrays.copyOf(png, png.length);
        packed[flag] = 1;
        java.util.Arrays.fill(packed, text, at + 8 + len, (byte) 0);
        System.arraycopy(deflated.toByteArray(), 0, packed, text, deflated.size());
        Path file = Files.createTempFile("xmp", ".png");
        try {
            Files.write(file, packed);
            assertThat(PhotoLocation.strip(file, "image/png")).isTrue();
            byte[] after = Files.readAllBytes(file);
            assertThat(after).hasSize(packed.length);
            assertThat(after[flag]).as("now stored uncompressed").isZero();
            assertThat(new String(after, text, at + 8 + len - text, java.nio.charset.StandardCharsets.ISO_8859_1)).isBlank();
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(after, at + 4, 4 + len);
            assertThat(ByteBuffer.wrap(after, at + 8 + len, 4).getInt()).isEqualTo((int) crc.getValue());
            assertThat(javax.imageio.ImageIO.read(file.toFile()).getWidth()).isEqualTo(32);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void a_heic_size_comes_from_the_primary_items_ispe_and_irot_turns_it() {
        assertThat(HeifSize.primarySize(heifMeta(0))).containsExactly(4032, 3024);
        assertThat(HeifSize.primarySize(heifMeta(1))).as("a quarter turn").containsExactly(3024, 4032);
        assertThat(HeifSize.primarySize(heifMeta(2))).containsExactly(4032, 3024);
        assertThat(HeifSize.primarySize(ByteBuffer.wrap(new byte[] {0, 0, 0, 0}))).isNull();
    }

    /**
     * The content of a phone's meta box, cut down: primary item 1 (a grid), item 2 (a tile); ipco = [ispe 512×512,
     * ispe 4032×3024, irot]; ipma: item 2 → 1, item 1 → 2 and 3 (essential).
     */
    private static ByteBuffer heifMeta(int turns) {
        ByteBuffer pitm = box("pitm", 14).putInt(8, 0).putShort(12, (short) 1);
        ByteBuffer tile = box("ispe", 20).putInt(8, 0).putInt(12, 512).putInt(16, 512);
        ByteBuffer whole = box("ispe", 20).putInt(8, 0).putInt(12, 4032).putInt(16, 3024);
        ByteBuffer irot = box("irot", 9).put(8, (byte) turns);
        ByteBuffer ipco = concat(box("ipco", 8), tile, whole, irot);
        ByteBuffer ipma = box("ipma", 16 + 2 + 1 + 1 + 2 + 1 + 2).putInt(8, 0).putInt(12, 2);
        ipma.putShort(16, (short) 2).put(18, (byte) 1).put(19, (byte) 1);
        ipma.putShort(20, (short) 1).put(22, (byte) 2).put(23, (byte) 2).put(24, (byte) 0x83);
        ByteBuffer iprp = concat(box("iprp", 8), ipco, ipma);
        return concat(ByteBuffer.allocate(4), box("hdlr", 12), pitm, iprp);
    }

    private static ByteBuffer box(String type, int size) {
        ByteBuffer b = ByteBuffer.allocate(size).putInt(0, size);
        b.put(4, type.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return b;
    }

    /** {@code head} (a box header, or the meta box's version and flags) followed by the others; box sizes fixed. */
    private static ByteBuffer concat(ByteBuffer head, ByteBuffer... rest) {
        int size = head.capacity();
        for (ByteBuffer r : rest) {
            size += r.capacity();
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(head.array());
        for (ByteBuffer r : rest) {
            out.put(r.array());
        }
        if (head.capacity() == 8) {
            out.putInt(0, size);
        }
        return out.flip();
    }

    @Test
    void a_transparent_png_or_webp_gets_a_white_background_in_its_thumbnail() throws Exception {
        // Left half fully transparent (ARGB 0: transparent black, as most editors store it), right half opaque blue.
        assertThat(thumbnailPixels(TestFiles.transparentPng(400, 300), 10, 100)).as("PNG, transparent half").isEqualTo(0xFFFFFF);
        assertThat(thumbnailPixels(TestFiles.transparentPng(400, 300), 300, 100) & 0xFF).as("PNG, opaque half stays blue")
                .isGreaterThan(150);
        assertThat(thumbnailPixels(TestFiles.resource("transparent.webp"), 10, 100)).as("WebP with alpha, transparent half")
                .isEqualTo(0xFFFFFF);
    }

    /** The RGB of one pixel of the thumbnail made for {@code bytes}, with each channel rounded to a multiple of 16 up to 255. */
    private static int thumbnailPixels(byte[] bytes, int x, int y) throws Exception {
        Path file = Files.createTempFile("thumb", ".bin");
        Path thumb = null;
        try {
            Files.write(file, bytes);
            FileInspector.Inspected info = new FileInspector(320).inspect(file);
            thumb = info.thumbnail();
            assertThat(thumb).as("a thumbnail").isNotNull();
            java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(thumb.toFile());
            assertThat(img.getWidth()).isEqualTo(320);
            int rgb = img.getRGB(x, y) & 0xFFFFFF;
            int r = Math.min(255, Math.round(((rgb >> 16) & 0xFF) / 16f) * 16);
            int g = Math.min(255, Math.round(((rgb >> 8) & 0xFF) / 16f) * 16);
            int b = Math.min(255, Math.round((rgb & 0xFF) / 16f) * 16);
            return (r << 16) | (g << 8) | b;
        } finally {
            Files.deleteIfExists(file);
            if (thumb != null) {
                Files.deleteIfExists(thumb);
            }
        }
    }

    private static String detect(String name, byte[] bytes) throws Exception {
        Path dir = Files.createTempDirectory("detect");
        Path file = dir.resolve(name);
        try {
            Files.write(file, bytes);
            return FileInspector.detect(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }
}
