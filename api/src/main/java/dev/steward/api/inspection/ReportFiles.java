package dev.steward.api.inspection;

import dev.steward.api.platform.Xlsx;
import java.net.URI;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ServerWebExchange;

/** A report file as a download, and where the caller reached the app (for links in the file). */
final class ReportFiles {

    private ReportFiles() {}

    static ResponseEntity<Resource> attachment(ReportFile f) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(Xlsx.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.filename()).build().toString())
                .body(new ByteArrayResource(f.body()));
    }

    /** Scheme, host and port of the request (behind a proxy: as the forwarded headers say, when the server honours them). */
    static String origin(ServerWebExchange exchange) {
        URI uri = exchange.getRequest().getURI();
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
