package dev.steward.api.files;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.coobird.thumbnailator.Thumbnails;
import org.apache.tika.Tika;

/**
 * What a spooled upload really is, told from its bytes by Apache Tika's magic detection (no file name, no declared
 * type): only JPEG, PNG, WebP, HEIC and PDF pass. Photos lose their location, get their size read from the header
 * and a JPEG thumbnail (Thumbnailator, which honours the EXIF orientation; transparency is laid on white). Blocking
 * file work: call it on the files scheduler, never on an event loop.
 */
final class FileInspector {

    /** The detected type and what was learned; {@code thumbnail} is null when none could be made. */
    record Inspected(Path source, String contentType, String kind, long size, String sha256, Integer width, Integer height, Path thumbnail) {}

    /** Allowed types and their kind. image/heif: HEIF brands other than heic (e.g. mif1) that phones also write. */
    static final Map<String, String> ALLOWED = Map.of("image/jpeg", "PHOTO", "image/png", "PHOTO", "image/webp", "PHOTO",
            "image/heic", "PHOTO", "image/heif", "PHOTO", "application/pdf", "DOCUMENT");

    private static final Tika TIKA = new Tika();

    private final int thumbnailSize;

    FileInspector(int thumbnailSize) {
        this.thumbnailSize = thumbnailSize;
    }

    /** The type from the bytes alone. */
    static String detect(Path file) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return TIKA.detect(in);
        }
    }

    /** Null if the type is not allowed (the caller refuses the file). */
    Inspected inspect(Path file) throws IOException {
        String type = detect(file);
        String kind = ALLOWED.get(type);
        if (kind == null) {
            return new Inspected(file, type, null, Files.size(file), null, null, null, null);
        }
        if ("PHOTO".equals(kind)) {
            PhotoLocation.strip(file, type);
        }
        String sha = sha256(file);
        Integer width = null;
        Integer height = null;
        Path thumb = null;
        if (type.startsWith("image/hei")) {
            // No pure-Java HEVC decoder: the size comes from the boxes, and there is no thumbnail.
            int[] size = HeifSize.read(file);
            if (size != null) {
                width = size[0];
                height = size[1];
            }
        } else if ("PHOTO".equals(kind)) {
            int[] size = dimensions(file);
            if (size != null) {
                width = size[0];
                height = size[1];
                thumb = thumbnail(file);
            }
        }
        return new Inspected(file, type, kind, Files.size(file), sha, width, height, thumb);
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** Width and height from the image header (nothing decoded); null if no reader understands it. */
    private static int[] dimensions(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private Path thumbnail(Path file) {
        Path thumb = file.resolveSibling(file.getFileName() + ".thumb.jpg");
        try {
            BufferedImage scaled = Thumbnails.of(file.toFile()).size(thumbnailSize, thumbnailSize).asBufferedImage();
            Thumbnails.of(onWhite(scaled)).scale(1).outputFormat("jpg").outputQuality(0.8).toFile(thumb.toFile());
            return thumb;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** JPEG has no alpha: a transparent PNG or WebP is laid on white (as a page shows it), not on black. */
    static BufferedImage onWhite(BufferedImage img) {
        BufferedImage rgb = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, img.getWidth(), img.getHeight());
            g.drawImage(img, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }
}
