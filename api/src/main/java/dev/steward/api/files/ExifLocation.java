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
 * Removes the location (the EXIF GPS directory) from a photo, in place: the GPS entry leaves IFD0 and the GPS
 * directory and its values are overwritten with zeros. Nothing moves, so every other offset in the file stays
 * valid and the picture is untouched. Finds the EXIF block in JPEG (APP1), PNG (eXIf, whose CRC is recomputed),
 * WebP (EXIF chunk) and HEIC (the Exif item, found by its header). Works on at most 256 KB of EXIF.
 */
final class ExifLocation {

    private static final int GPS_IFD = 0x8825;
    private static final int MAX_EXIF = 256 * 1024;
    private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);

    private ExifLocation() {}

    /** True if a location was found and removed. */
    static boolean strip(Path file, String contentType) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            return switch (contentType) {
                case "image/jpeg" -> jpeg(ch);
                case "image/png" -> png(ch);
                case "image/webp" -> webp(ch);
                case "image/heic", "image/heif" -> scan(ch);
                default -> false;
            };
        }
    }

    private static ByteBuffer read(FileChannel ch, long pos, int len) throws IOException {
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
        while (b.hasRemaining()) {
            ch.write(b, pos + b.position());
        }
    }

    private static boolean jpeg(FileChannel ch) throws IOException {
        long pos = 2;
        while (pos + 4 <= ch.size()) {
            ByteBuffer h = read(ch, pos, 4);
            if (h.remaining() < 4 || (h.get(0) & 0xFF) != 0xFF) {
                return false;
            }
            int marker = h.get(1) & 0xFF;
            int len = ((h.get(2) & 0xFF) << 8) | (h.get(3) & 0xFF);
            if (marker == 0xDA || marker == 0xD9) {
                return false;
            }
            if (marker == 0xE1 && len > 8) {
                ByteBuffer seg = read(ch, pos + 4, len - 2);
                if (startsWith(seg, 0, EXIF_HEADER) && scrubTiff(seg, 6, seg.limit())) {
                    write(ch, pos + 4, seg);
                    return true;
                }
            }
            pos += 2 + len;
        }
        return false;
    }

    private static boolean png(FileChannel ch) throws IOException {
        long pos = 8;
        while (pos + 12 <= ch.size()) {
            ByteBuffer h = read(ch, pos, 8);
            long len = h.getInt(0) & 0xFFFFFFFFL;
            String type = new String(new byte[] {h.get(4), h.get(5), h.get(6), h.get(7)}, StandardCharsets.ISO_8859_1);
            if ("eXIf".equals(type) && len <= MAX_EXIF) {
                ByteBuffer chunk = read(ch, pos + 4, (int) len + 4);
                if (scrubTiff(chunk, 4, chunk.limit())) {
                    CRC32 crc = new CRC32();
                    crc.update(chunk.array(), 0, chunk.limit());
                    write(ch, pos + 4, chunk);
                    write(ch, pos + 8 + len, ByteBuffer.allocate(4).putInt(0, (int) crc.getValue()));
                    return true;
                }
                return false;
            }
            if ("IDAT".equals(type) || "IEND".equals(type)) {
                return false;
            }
            pos += 12 + len;
        }
        return false;
    }

    private static boolean webp(FileChannel ch) throws IOException {
        long pos = 12;
        while (pos + 8 <= ch.size()) {
            ByteBuffer h = read(ch, pos, 8).order(ByteOrder.LITTLE_ENDIAN);
            String type = new String(new byte[] {h.get(0), h.get(1), h.get(2), h.get(3)}, StandardCharsets.ISO_8859_1);
            long len = h.getInt(4) & 0xFFFFFFFFL;
            if ("EXIF".equals(type) && len <= MAX_EXIF) {
                ByteBuffer chunk = read(ch, pos + 8, (int) len);
                int start = startsWith(chunk, 0, EXIF_HEADER) ? 6 : 0;
                if (scrubTiff(chunk, start, chunk.limit())) {
                    write(ch, pos + 8, chunk);
                    return true;
                }
                return false;
            }
            pos += 8 + len + (len & 1);
        }
        return false;
    }

    /** HEIC: the Exif item starts with "Exif\0\0" and a TIFF header; look for it window by window. */
    private static boolean scan(FileChannel ch) throws IOException {
        int window = 1 << 20;
        for (long pos = 0; pos < ch.size(); pos += window - 16) {
            ByteBuffer b = read(ch, pos, (int) Math.min(window, ch.size() - pos));
            for (int i = 0; i + 10 <= b.limit(); i++) {
                if (startsWith(b, i, EXIF_HEADER) && isTiff(b, i + 6)) {
                    long at = pos + i;
                    ByteBuffer exif = read(ch, at, (int) Math.min(MAX_EXIF, ch.size() - at));
                    if (scrubTiff(exif, 6, exif.limit())) {
                        write(ch, at, exif);
                        return true;
                    }
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean isTiff(ByteBuffer b, int at) {
        return at + 4 <= b.limit() && ((b.get(at) == 'I' && b.get(at + 1) == 'I' && b.get(at + 2) == 42 && b.get(at + 3) == 0)
                || (b.get(at) == 'M' && b.get(at + 1) == 'M' && b.get(at + 2) == 0 && b.get(at + 3) == 42));
    }

    private static boolean startsWith(ByteBuffer b, int at, byte[] prefix) {
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

    /** Drops the GPS entry from IFD0 and zeroes the GPS directory; false if there is none (or the data is odd). */
    static boolean scrubTiff(ByteBuffer b, int tiff, int end) {
        if (!isTiff(b, tiff)) {
            return false;
        }
        b.order(b.get(tiff) == 'I' ? ByteOrder.LITTLE_ENDIAN : ByteOrder.BIG_ENDIAN);
        long ifd0 = tiff + (b.getInt(tiff + 4) & 0xFFFFFFFFL);
        if (ifd0 + 2 > end) {
            return false;
        }
        int count = b.getShort((int) ifd0) & 0xFFFF;
        int entries = (int) ifd0 + 2;
        if (entries + 12L * count + 4 > end) {
            return false;
        }
        for (int i = 0; i < count; i++) {
            int e = entries + 12 * i;
            if ((b.getShort(e) & 0xFFFF) != GPS_IFD) {
                continue;
            }
            long gps = tiff + (b.getInt(e + 8) & 0xFFFFFFFFL);
            zeroDirectory(b, tiff, gps, end);
            int tail = entries + 12 * count + 4;
            for (int j = e; j + 12 < tail; j++) {
                b.put(j, b.get(j + 12));
            }
            for (int j = tail - 12; j < tail; j++) {
                b.put(j, (byte) 0);
            }
            b.putShort((int) ifd0, (short) (count - 1));
            return true;
        }
        return false;
    }

    private static void zeroDirectory(ByteBuffer b, int tiff, long dir, int end) {
        if (dir + 2 > end) {
            return;
        }
        int n = b.getShort((int) dir) & 0xFFFF;
        if (dir + 2 + 12L * n + 4 > end) {
            return;
        }
        for (int i = 0; i < n; i++) {
            int e = (int) dir + 2 + 12 * i;
            long bytes = (b.getInt(e + 4) & 0xFFFFFFFFL) * typeSize(b.getShort(e + 2) & 0xFFFF);
            if (bytes > 4) {
                long at = tiff + (b.getInt(e + 8) & 0xFFFFFFFFL);
                for (long j = at; j < at + bytes && j < end; j++) {
                    b.put((int) j, (byte) 0);
                }
            }
        }
        for (long j = dir; j < dir + 2 + 12L * n + 4; j++) {
            b.put((int) j, (byte) 0);
        }
    }

    private static int typeSize(int type) {
        return switch (type) {
            case 3, 8 -> 2;
            case 4, 9, 11, 13 -> 4;
            case 5, 10, 12 -> 8;
            default -> 1;
        };
    }
}
