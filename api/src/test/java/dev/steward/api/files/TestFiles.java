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

    /**
     * An XMP packet with a position both as attributes and as an element (as cameras and editors write them), and a
     * title that must survive.
     */
    static final String XMP = """
            <?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
             <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
              <rdf:Description rdf:about="" xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"
                exif:GPSLatitude="31,13.824N" exif:GPSLongitude='121,28.422E' exif:GPSVersionID="2.3.0.0">
               <exif:GPSAltitude>12/1</exif:GPSAltitude>
               <exif:GPSTimeStamp>2024-05-01T08:00:00Z</exif:GPSTimeStamp>
               <dc:title><rdf:Alt><rdf:li xml:lang="x-default">3栋楼道</rdf:li></rdf:Alt></dc:title>
              </rdf:Description>
             </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>""";

    /** A JPEG with the XMP packet in an APP1 segment. */
    static byte[] jpegWithXmp(int width, int height) {
        byte[] jpeg = jpeg(width, height);
        byte[] payload = concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1), XMP.getBytes(StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write((payload.length + 2) >> 8);
        out.write((payload.length + 2) & 0xFF);
        out.writeBytes(payload);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** A PNG with the XMP packet in an iTXt chunk (keyword XML:com.adobe.xmp, uncompressed) right after IHDR. */
    static byte[] pngWithXmp(int width, int height) {
        byte[] png = jpegToPng(jpeg(width, height));
        byte[] data = concat("XML:com.adobe.xmp\0\0\0\0\0".getBytes(StandardCharsets.ISO_8859_1), XMP.getBytes(StandardCharsets.UTF_8));
        byte[] type = "iTXt".getBytes(StandardCharsets.ISO_8859_1);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type);
        crc.update(data);
        int afterHeader = 8 + 12 + 13;
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length).putInt(data.length).put(type).put(data).putInt((int) crc.getValue());
        return concat(java.util.Arrays.copyOf(png, afterHeader), chunk.array(),
                java.util.Arrays.copyOfRange(png, afterHeader, png.length));
    }

    /** transparent.webp (VP8X) with the XMP packet added as an "XMP " chunk and the XMP flag set. */
    static byte[] webpWithXmp() {
        byte[] webp = resource("transparent.webp");
        byte[] xmp = XMP.getBytes(StandardCharsets.UTF_8);
        int pad = xmp.length & 1;
        ByteBuffer chunk = ByteBuffer.allocate(8 + xmp.length + pad).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put("XMP ".getBytes(StandardCharsets.ISO_8859_1)).putInt(xmp.length).put(xmp);
        byte[] out = concat(webp, chunk.array());
        ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN).putInt(4, out.length - 8);
        out[20] |= 0x04;
        return out;
    }

    private static byte[] jpegToPng(byte[] jpeg) {
        try {
            return encode(ImageIO.read(new java.io.ByteArrayInputStream(jpeg)), "png");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
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
