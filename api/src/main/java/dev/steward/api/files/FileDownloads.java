package dev.steward.api.files;

import dev.steward.api.platform.ApiException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Writes a file or its thumbnail to the response as it streams from the store: strong ETag (the SHA-256; files
 * never change), {@code Cache-Control: private} (a browser may keep it, a shared cache never), the original name
 * in {@code Content-Disposition} (inline: photos and PDFs open in the browser), and one byte range when asked.
 */
@Component
class FileDownloads {

    private static final Pattern RANGE = Pattern.compile("^bytes=(\\d{0,15})-(\\d{0,15})$");
    private static final String CACHE = "private, max-age=86400";

    private final AttachmentService service;

    FileDownloads(AttachmentService service) {
        this.service = service;
    }

    Mono<Void> file(ServerWebExchange exchange, StoredFile f, String ifNoneMatch, String range) {
        ServerHttpResponse response = exchange.getResponse();
        String etag = "\"" + f.sha256() + "\"";
        if (notModified(response, etag, ifNoneMatch)) {
            return response.setComplete();
        }
        HttpHeaders h = response.getHeaders();
        h.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        common(h, etag, f.fileName(), MediaType.parseMediaType(f.contentType()));
        long size = f.size();
        long[] r = range == null ? null : range(range, size);
        if (r == null) {
            h.setContentLength(size);
            return response.writeWith(service.bytes(f.storageKey(), 0, size));
        }
        if (r.length == 0) {
            h.remove(HttpHeaders.ETAG);
            h.set(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
            return Mono.error(new ApiException(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "RANGE_NOT_SATISFIABLE",
                    "Range not satisfiable", "The range lies outside the file (" + size + " bytes).", List.of(), null));
        }
        response.setStatusCode(HttpStatus.PARTIAL_CONTENT);
        h.set(HttpHeaders.CONTENT_RANGE, "bytes " + r[0] + "-" + (r[0] + r[1] - 1) + "/" + size);
        h.setContentLength(r[1]);
        return response.writeWith(service.bytes(f.storageKey(), r[0], r[1]));
    }

    Mono<Void> thumbnail(ServerWebExchange exchange, StoredFile f, String ifNoneMatch) {
        if (f.thumbnailKey() == null) {
            return Mono.error(FileProblems.noThumbnail(f.id()));
        }
        ServerHttpResponse response = exchange.getResponse();
        String etag = "\"" + f.sha256() + "-t\"";
        if (notModified(response, etag, ifNoneMatch)) {
            return response.setComplete();
        }
        common(response.getHeaders(), etag, "thumbnail-" + f.fileName() + ".jpg", MediaType.IMAGE_JPEG);
        return response.writeWith(service.bytes(f.thumbnailKey(), 0, -1));
    }

    private static boolean notModified(ServerHttpResponse response, String etag, String ifNoneMatch) {
        if (ifNoneMatch == null || !(ifNoneMatch.contains(etag) || ifNoneMatch.strip().equals("*"))) {
            return false;
        }
        response.setStatusCode(HttpStatus.NOT_MODIFIED);
        response.getHeaders().setETag(etag);
        response.getHeaders().setCacheControl(CACHE);
        return true;
    }

    private static void common(HttpHeaders h, String etag, String name, MediaType type) {
        h.setETag(etag);
        h.setCacheControl(CACHE);
        h.setContentType(type);
        h.setContentDisposition(ContentDisposition.inline().filename(name, StandardCharsets.UTF_8).build());
    }

    /**
     * One range as {offset, length}; null for a header we do not serve (several ranges, other units: the whole
     * file, as RFC 9110 allows); an empty array when it lies outside the file (416).
     */
    static long[] range(String header, long size) {
        Matcher m = RANGE.matcher(header.strip());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return null;
        }
        long first;
        long last;
        if (m.group(1).isEmpty()) {
            long suffix = Long.parseLong(m.group(2));
            if (suffix == 0) {
                return new long[0];
            }
            first = Math.max(0, size - suffix);
            last = size - 1;
        } else {
            first = Long.parseLong(m.group(1));
            last = m.group(2).isEmpty() ? size - 1 : Math.min(Long.parseLong(m.group(2)), size - 1);
            if (m.group(2).length() > 0 && Long.parseLong(m.group(2)) < first) {
                return null;
            }
        }
        if (first >= size) {
            return new long[0];
        }
        return new long[] {first, last - first + 1};
    }
}
