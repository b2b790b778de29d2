package dev.steward.api.files;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Removes the location (the EXIF GPS directory) from an EXIF block read by {@link PhotoLocation}: the GPS entry
 * leaves IFD0 and the GPS directory and its values are overwritten with zeros. Nothing moves, so every other offset
 * stays valid.
 */
final class ExifLocation {

    private static final int GPS_IFD = 0x8825;

    private ExifLocation() {}

    static boolean isTiff(ByteBuffer b, int at) {
        return at + 4 <= b.limit() && ((b.get(at) == 'I' && b.get(at + 1) == 'I' && b.get(at + 2) == 42 && b.get(at + 3) == 0)
                || (b.get(at) == 'M' && b.get(at + 1) == 'M' && b.get(at + 2) == 0 && b.get(at + 3) == 42));
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
