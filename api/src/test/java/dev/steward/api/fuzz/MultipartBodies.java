package dev.steward.api.fuzz;

import java.util.List;
import java.util.Random;

/**
 * multipart/form-data bodies for the upload operations: a plausible upload (a small PDF) or one broken in one
 * place — the type (HTML, SVG, text, nothing), the field name, a text field instead of a file, a cut-off body, a
 * wrong or missing boundary, odd file names.
 */
final class MultipartBodies {

    static final String BOUNDARY = "fuzz-boundary-42";
    private static final String PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    private static final List<String> CONTENTS = List.of(PDF, "<!DOCTYPE html><html><body>x</body></html>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\"/>", "plain text", "", "\u0000\u0001\u0002", "%PDF-", "GIF89a\u0001\u0000");
    private static final List<String> NAMES = List.of("a.pdf", "photo.jpg", "", "../../etc/passwd", "C:\\fakepath\\x.pdf",
            "名字.pdf", "a\u0000b.pdf", "x".repeat(400) + ".pdf", "\" onload=\"x");

    private MultipartBodies() {}

    static String contentType(Random r, List<String> mutations) {
        if (r.nextInt(8) == 0) {
            String[] bad = {"multipart/form-data", "multipart/form-data; boundary=", "multipart/form-data; boundary=other",
                    "multipart/mixed; boundary=" + BOUNDARY, "application/octet-stream"};
            String t = bad[r.nextInt(bad.length)];
            mutations.add("multipart Content-Type " + t);
            return t;
        }
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    static String body(Random r, List<String> mutations) {
        String content = PDF;
        String name = "a.pdf";
        String field = "files";
        String disposition = null;
        int files = 1;
        switch (r.nextInt(8)) {
            case 0 -> {
                content = CONTENTS.get(r.nextInt(CONTENTS.size()));
                mutations.add("multipart content " + content.length() + " chars");
            }
            case 1 -> {
                name = NAMES.get(r.nextInt(NAMES.size()));
                mutations.add("multipart filename");
            }
            case 2 -> {
                field = r.nextBoolean() ? "file" : "";
                mutations.add("multipart field '" + field + "'");
            }
            case 3 -> {
                disposition = "form-data; name=\"files\"";
                mutations.add("multipart text field");
            }
            case 4 -> {
                files = r.nextBoolean() ? 0 : 12;
                mutations.add("multipart " + files + " files");
            }
            default -> { }
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < files; i++) {
            b.append("--").append(BOUNDARY).append("\r\n")
                    .append("Content-Disposition: ").append(disposition != null ? disposition
                            : "form-data; name=\"" + field + "\"; filename=\"" + name + "\"").append("\r\n")
                    .append("Content-Type: application/pdf\r\n\r\n").append(content).append("\r\n");
        }
        b.append("--").append(BOUNDARY).append("--\r\n");
        String body = b.toString();
        if (r.nextInt(8) == 0) {
            mutations.add("multipart cut off");
            return body.substring(0, r.nextInt(body.length()));
        }
        return body;
    }
}
