package dev.steward.api.files;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes the location from an XMP packet, in place: every property that tells where a photo was taken (the exif
 * namespace's GPS* properties or any other property named GPS…, IPTC's LocationCreated/LocationShown/Location and
 * Photoshop's City/State/Country) is overwritten with spaces, whether it is written as an attribute or as an element.
 * Spaces are white space to XML, so the packet stays well-formed, keeps its length and every other property.
 * The packet is read as ISO-8859-1 (one char a byte) so positions are byte positions; names are ASCII, so UTF-8
 * packets are matched as they are.
 */
final class XmpLocation {

    private static final String NAME = "[A-Za-z_][\\w.-]*:(?:(?i:gps)\\w*|LocationCreated|LocationShown|Location|City|State|Country"
            + "|CountryCode|Sublocation)";
    /** {@code <exif:GPSAltitude>12/1</exif:GPSAltitude>}, {@code <…:LocationCreated>…</…:LocationCreated>} or empty. */
    private static final Pattern ELEMENT = Pattern.compile("<(" + NAME + ")(?:\\s[^<>]*)?(?:/>|>.*?</\\1\\s*>)", Pattern.DOTALL);
    /** {@code exif:GPSLatitude="31,13.824N"} inside a start tag. */
    private static final Pattern ATTRIBUTE = Pattern.compile("(?<=\\s)" + NAME + "\\s*=\\s*(?:\"[^\"]*\"|'[^']*')");

    private XmpLocation() {}

    /** Blanks the location properties between {@code from} and {@code to}; true if any was found. */
    static boolean scrub(ByteBuffer b, int from, int to) {
        if (to <= from) {
            return false;
        }
        byte[] bytes = new byte[to - from];
        b.get(from, bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        boolean found = blank(ELEMENT.matcher(text), b, from);
        return blank(ATTRIBUTE.matcher(text), b, from) || found;
    }

    private static boolean blank(Matcher m, ByteBuffer b, int offset) {
        boolean found = false;
        while (m.find()) {
            found = true;
            for (int i = m.start(); i < m.end(); i++) {
                b.put(offset + i, (byte) ' ');
            }
        }
        return found;
    }
}
