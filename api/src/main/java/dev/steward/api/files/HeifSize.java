package dev.steward.api.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The size of a HEIC/HEIF photo as it is shown, read from its boxes (nothing is decoded: there is no pure-Java HEVC
 * decoder): the primary item ({@code pitm}) and its properties ({@code iprp}: {@code ipco} listed by {@code ipma}),
 * width and height from {@code ispe} (for a phone's grid image, the whole picture), swapped when {@code irot} turns it
 * a quarter. Null when the boxes are not there or do not make sense.
 */
final class HeifSize {

    private static final int MAX_META = 4 << 20;

    private HeifSize() {}

    static int[] read(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long pos = 0;
            while (pos + 8 <= ch.size()) {
                ByteBuffer h = PhotoLocation.read(ch, pos, 16);
                long size = h.getInt(0) & 0xFFFFFFFFL;
                int header = 8;
                if (size == 1 && h.limit() >= 16) {
                    size = h.getLong(8);
                    header = 16;
                } else if (size == 0) {
                    size = ch.size() - pos;
                }
                if (size < header) {
                    return null;
                }
                if ("meta".equals(type(h, 4))) {
                    return size - header > MAX_META ? null : primarySize(PhotoLocation.read(ch, pos + header, (int) (size - header)));
                }
                pos += size;
            }
            return null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The content of the meta box (a full box: version and flags first). */
    static int[] primarySize(ByteBuffer meta) {
        long primary = -1;
        ByteBuffer ipco = null;
        ByteBuffer ipma = null;
        for (ByteBuffer box : children(meta, 4)) {
            switch (type(box, 4)) {
                case "pitm" -> primary = box.get(8) == 0 ? box.getShort(12) & 0xFFFF : box.getInt(12) & 0xFFFFFFFFL;
                case "iprp" -> {
                    for (ByteBuffer p : children(box, 8)) {
                        if ("ipco".equals(type(p, 4))) {
                            ipco = p;
                        } else if ("ipma".equals(type(p, 4))) {
                            ipma = p;
                        }
                    }
                }
                default -> { }
            }
        }
        if (primary < 0 || ipco == null || ipma == null) {
            return null;
        }
        List<ByteBuffer> properties = children(ipco, 8);
        int[] size = null;
        int turns = 0;
        for (int index : associations(ipma, primary)) {
            if (index < 1 || index > properties.size()) {
                continue;
            }
            ByteBuffer p = properties.get(index - 1);
            switch (type(p, 4)) {
                case "ispe" -> size = new int[] {p.getInt(12), p.getInt(16)};
                case "irot" -> turns = p.get(8) & 3;
                default -> { }
            }
        }
        if (size == null || size[0] <= 0 || size[1] <= 0) {
            return null;
        }
        return turns % 2 == 1 ? new int[] {size[1], size[0]} : size;
    }

    /** The property indexes (1-based) that ipma gives the item. */
    private static int[] associations(ByteBuffer ipma, long item) {
        int version = ipma.get(8);
        boolean wide = (ipma.get(11) & 1) != 0;
        int at = 12;
        long entries = ipma.getInt(at) & 0xFFFFFFFFL;
        at += 4;
        for (long e = 0; e < entries; e++) {
            long id = version < 1 ? ipma.getShort(at) & 0xFFFF : ipma.getInt(at) & 0xFFFFFFFFL;
            at += version < 1 ? 2 : 4;
            int count = ipma.get(at) & 0xFF;
            at += 1;
            int[] indexes = new int[count];
            for (int i = 0; i < count; i++) {
                indexes[i] = wide ? ipma.getShort(at) & 0x7FFF : ipma.get(at) & 0x7F;
                at += wide ? 2 : 1;
            }
            if (id == item) {
                return indexes;
            }
        }
        return new int[0];
    }

    /** The boxes in {@code b} from {@code start} on, each as a buffer that starts at its own header. */
    private static List<ByteBuffer> children(ByteBuffer b, int start) {
        List<ByteBuffer> out = new ArrayList<>();
        int at = start;
        while (at + 8 <= b.limit()) {
            long size = b.getInt(at) & 0xFFFFFFFFL;
            if (size < 8 || at + size > b.limit()) {
                break;
            }
            out.add(b.slice(at, (int) size));
            at += (int) size;
        }
        return out;
    }

    private static String type(ByteBuffer b, int at) {
        byte[] t = new byte[4];
        b.get(at, t);
        return new String(t, StandardCharsets.ISO_8859_1);
    }
}
