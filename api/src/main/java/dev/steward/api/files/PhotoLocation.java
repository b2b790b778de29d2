package dev.steward.api.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32;

/**
 * Removes where a photo was taken, in place: walks the file's containers and hands each EXIF block to
 * {@link ExifLocation} and each XMP packet to {@link XmpLocation}. Nothing moves, so every offset in the file stays
 * valid and the picture is untouched. JPEG: APP1 segments (Exif, XMP and extended XMP). PNG: eXIf and iTXt
 * {@code XML:com.adobe.xmp} (CRCs recomputed). WebP: EXIF and "XMP " chunks. HEIC: the Exif item and the XMP item,
 * found by their headers. A metadata block too large to read (over 1 MB) or compressed is blanked whole.
 */
final class PhotoLocation {

    private static final int MAX_BLOCK = 1 << 20;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP_HEADER = "http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP_EXTENSION = "http://ns.adobe.com/xmp/extension/\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG_XMP = "XML:com.adobe.xmp\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] XMP_START = "<x:xmpmeta".getBytes(StandardCharsets.ISO_8859_1);

    private PhotoLocation() {}

    /** True if a location was found and removed. */
    static boolean strip(Path file, String contentType) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return switch (contentType) {
                case "image/jpeg" -> jpeg(ch);
                case "image/png" -> png(ch);
                case "image/webp" -> webp(ch);
                case "image/heic", "image/heif" -> heif(ch);
                default -> false;
            };
        }
    }

    private static boolean jpeg(FileChannel ch) throws IOException {
        boolean found = false;
        long pos = 2;
        while (pos + 4 <= ch.size()) {
            ByteBuffer h = read(ch, pos, 4);
            if (h.remaining() < 4 || (h.get(0) & 0xFF) != 0xFF) {
                return found;
            }
            int marker = h.get(1) & 0xFF;
            int len = ((h.get(2) & 0xFF) << 8) | (h.get(3) & 0xFF);
            if (marker == 0xDA || marker == 0xD9) {
                return found;
            }
            if (marker == 0xE1 && len > 8) {
                ByteBuffer seg = read(ch, pos + 4, len - 2);
                boolean changed = false;
                if (startsWith(seg, 0, EXIF_HEADER)) {
                    changed = ExifLocation.scrubTiff(seg, EXIF_HEADER.length, seg.limit());
                } else if (startsWith(seg, 0, XMP_HEADER)) {
                    changed = XmpLocation.scrub(seg, XMP_HEADER.length, seg.limit());
                } else if (startsWith(seg, 0, XMP_EXTENSION)) {
                    // GUID (32), full length (4), offset (4), then a piece of the extended packet.
                    changed = XmpLocation.scrub(seg, XMP_EXTENSION.length + 40, seg.limit());
                }
                if (changed) {
                    write(ch, pos + 4, seg);
                    found = true;
                }
            }
            pos += 2 + len;
        }
        return found;
    }

    private static boolean png(FileChannel ch) throws IOException {
        boolean found = false;
        long pos = 8;
        while (pos + 12 <= ch.size()) {
            ByteBuffer h = read(ch, pos, 8);
            long len = h.getInt(0) & 0xFFFFFFFFL;
            String type = new String(new byte[] {h.get(4), h.get(5), h.get(6), h.get(7)}, StandardCharsets.ISO_8859_1);
            if ("IEND".equals(type)) {
                return found;
            }
            if ("eXIf".equals(type) && len <= MAX_BLOCK) {
                ByteBuffer chunk = read(ch, pos + 4, (int) len + 4);
                if (ExifLocation.scrubTiff(chunk, 4, chunk.limit())) {
                    write(ch, pos + 4, chunk);
                    writeCrc(ch, pos, len);
                    found = true;
                }
            } else if ("iTXt".equals(type) && len > PNG_XMP.length + 4
                    && startsWith(read(ch, pos + 8, PNG_XMP.length), 0, PNG_XMP)) {
                found |= pngXmp(ch, pos, len);
            }
            pos += 12 + len;
        }
        return found;
    }

    /** iTXt: keyword, compression flag, method, language\0, translated keyword\0, text. */
    private static boolean pngXmp(FileChannel ch, long pos, long len) throws IOException {
        long data = pos + 8;
        ByteBuffer head = read(ch, data, (int) Math.min(len, 1024));
        int flag = PNG_XMP.length;
        int language = nul(head, flag + 2);
        int translated = language < 0 ? -1 : nul(head, language + 1);
        if (translated < 0) {
            return false;
        }
        int text = translated + 1;
        boolean changed;
        if (head.get(flag) != 0 || len > MAX_BLOCK) {
            // Compressed, or too large to read: the whole packet goes (spaces, stored uncompressed).
            write(ch, data + flag, ByteBuffer.wrap(new byte[] {0, 0}));
            blank(ch, data + text, data + len);
            changed = true;
        } else {
            ByteBuffer chunk = read(ch, data, (int) len);
            changed = XmpLocation.scrub(chunk, text, chunk.limit());
            if (changed) {
                write(ch, data, chunk);
            }
        }
        if (changed) {
            writeCrc(ch, pos, len);
        }
        return changed;
    }

    private static boolean webp(FileChannel ch) throws IOException {
        boolean found = false;
        long pos = 12;
        while (pos + 8 <= ch.size()) {
            ByteBuffer h = read(ch, pos, 8).order(ByteOrder.LITTLE_ENDIAN);
            String type = new String(new byte[] {h.get(0), h.get(1), h.get(2), h.get(3)}, StandardCharsets.ISO_8859_1);
            long len = h.getInt(4) & 0xFFFFFFFFL;
            if ("EXIF".equals(type) && len <= MAX_BLOCK) {
                ByteBuffer chunk = read(ch, pos + 8, (int) len);
                int start = startsWith(chunk, 0, EXIF_HEADER) ? EXIF_HEADER.length : 0;
                if (ExifLocation.scrubTiff(chunk, start, chunk.limit())) {
                    write(ch, pos + 8, chunk);
                    found = true;
                }
            } else if ("XMP ".equals(type)) {
                if (len > MAX_BLOCK) {
                    blank(ch, pos + 8, pos + 8 + len);
                    found = true;
                } else {
                    ByteBuffer chunk = read(ch, pos + 8, (int) len);
                    if (XmpLocation.scrub(chunk, 0, chunk.limit())) {
                        write(ch, pos + 8, chunk);
                        found = true;
                    }
                }
            }
            pos += 8 + len + (len & 1);
        }
        return found;
    }

    /** HEIC: the Exif item starts with "Exif\0\0" and a TIFF header, the XMP item holds an x:xmpmeta element. */
    private static boolean heif(FileChannel ch) throws IOException {
        boolean found = false;
        boolean exifDone = false;
        boolean xmpDone = false;
        int window = 1 << 20;
        for (long pos = 0; pos < ch.size() && !(exifDone && xmpDone); pos += window - 16) {
            ByteBuffer b = read(ch, pos, (int) Math.min(window, ch.size() - pos));
            for (int i = 0; i + 10 <= b.limit(); i++) {
                if (!exifDone && startsWith(b, i, EXIF_HEADER) && ExifLocation.isTiff(b, i + EXIF_HEADER.length)) {
                    exifDone = true;
                    long at = pos + i;
                    ByteBuffer exif = read(ch, at, (int) Math.min(MAX_BLOCK, ch.size() - at));
                    if (ExifLocation.scrubTiff(exif, EXIF_HEADER.length, exif.limit())) {
                        write(ch, at, exif);
                        found = true;
                    }
                } else if (!xmpDone && startsWith(b, i, XMP_START)) {
                    xmpDone = true;
                    long at = pos + i;
                    ByteBuffer xmp = read(ch, at, (int) Math.min(MAX_BLOCK, ch.size() - at));
                    if (XmpLocation.scrub(xmp, 0, xmp.limit())) {
                        write(ch, at, xmp);
                        found = true;
                    }
                }
            }
        }
        return found;
    }

    private static int nul(ByteBuffer b, int from) {
        for (int i = from; i < b.limit(); i++) {
            if (b.get(i) == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Spaces over [from, to), a window at a time. */
    private static void blank(FileChannel ch, long from, long to) throws IOException {
        byte[] spaces = new byte[(int) Math.min(64 * 1024, to - from)];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (long at = from; at < to; at += spaces.length) {
            write(ch, at, ByteBuffer.wrap(spaces, 0, (int) Math.min(spaces.length, to - at)));
        }
    }

    /** Recomputes the CRC of the PNG chunk at {@code pos} (over its type and data). */
    private static void writeCrc(FileChannel ch, long pos, long len) throws IOException {
        CRC32 crc = new CRC32();
        for (long at = pos + 4; at < pos + 8 + len; at += 64 * 1024) {
            crc.update(read(ch, at, (int) Math.min(64 * 1024, pos + 8 + len - at)));
        }
        write(ch, pos + 8 + len, ByteBuffer.allocate(4).putInt(0, (int) crc.getValue()));
    }

    static ByteBuffer read(FileChannel ch, long pos, int len) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(len);
        while (b.hasRemaining()) {
            if (ch.read(b, pos + b.position()) < 0) {
                break;
            }
        }
        b.flip();
        return b;
    }

    private static void write(FileChannel ch, long pos, ByteBuffer b) throws IOException {
        b.rewind();
        int start = b.position();
        while (b.hasRemaining()) {
            ch.write(b, pos + b.position() - start);
        }
    }

    static boolean startsWith(ByteBuffer b, int at, byte[] prefix) {
        if (at + prefix.length > b.limit()) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b.get(at + i) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
