package dev.steward.api.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;

/** Test files made on the spot: real images (with a GPS position in their EXIF), a PDF, and impostors. */
final class TestFiles {

    private TestFiles() {}

    static byte[] jpeg(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return encode(img, "jpg");
    }

    static byte[] png(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        return encode(img, "png");
    }

    /** A PNG whose left half is fully transparent (transparent black) and whose right half is opaque blue. */
    static byte[] transparentPng(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return encode(img, "png");
    }

    /**
     * A file kept under src/test/resources/files: transparent.webp (64×48, left half transparent, lossy with alpha,
     * made by cwebp), located.heic (96×64 HEIC made by heif-enc, with EXIF GPS and XMP exif:GPSLatitude/Longitude
     * added by exiftool).
     */
    static byte[] resource(String name) {
        try (var in = TestFiles.class.getResourceAsStream("/files/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A JPEG whose EXIF says where it was taken (31°14′N, 121°28′E: Shanghai). */
    static byte[] jpegWithLocation(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        ByteBuffer tiff = ByteBuffer.allocate(128).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: one entry, GPS IFD pointer → 26
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(26);
        tiff.putInt(0);
        // GPS IFD at 26: four entries, values at 80…
        tiff.putShort((short) 4);
        tiff.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putShort((short) 2).putShort((short) 5).putInt(3).putInt(80);
        tiff.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] {'E', 0, 0, 0});
        tiff.putShort((short) 4).putShort((short) 5).putInt(3).putInt(104);
        tiff.putInt(0);
        tiff.position(80);
        tiff.putInt(31).putInt(1).putInt(14).putInt(1).putInt(0).putInt(1);
        tiff.putInt(121).putInt(1).putInt(28).putInt(1).putInt(0).putInt(1);
        byte[] t = tiff.array();
        byte[] header = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
        int len = 2 + header.length + t.length;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(len >> 8);
        out.write(len & 0xFF);
        out.writeBytes(header);
        out.writeBytes(t);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A multipart/form-data body built by hand (the client's own writer draws its boundary from SecureRandom on an event loop). */
    static byte[] multipart(String boundary, List<String[]> headers, List<byte[]> contents) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < contents.size(); i++) {
            String[] h = headers.get(i);
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + h[0] + "\"\r\n"
                    + "Content-Type: " + h[1] + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(contents.get(i));
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    static byte[] pdf() {
        String body = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n";
        return (body + "%" + "x".repeat(2000) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] html() {
        return "<!DOCTYPE html><html><head><script>alert(document.cookie)</script></head><body>hi</body></html>"
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] svg() {
        return "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"><rect width=\"10\" height=\"10\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);
    }
}
