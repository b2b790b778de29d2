package dev.steward.api.platform;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import reactor.core.publisher.Flux;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Checks what a request carries before anything reads it: a declared body above the limit is a 413 at once
 * (the JSON reader enforces the same limit on bodies sent without a length), and a query parameter with a NUL
 * character is a 400 naming it (PostgreSQL refuses U+0000 in text).
 */
@Component
public class RequestInputFilter implements WebFilter, Ordered {

    private final ProblemWriter problems;
    private final long maxBodyBytes;
    private final long maxMultipartBytes;

    public RequestInputFilter(ProblemWriter problems, @Value("${spring.http.codecs.max-in-memory-size}") DataSize maxBody,
            @Value("${steward.files.max-request-size:50MB}") DataSize maxMultipart) {
        this.problems = problems;
        this.maxBodyBytes = maxBody.toBytes();
        this.maxMultipartBytes = maxMultipart.toBytes();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean multipart = isMultipart(exchange.getRequest().getHeaders().getFirst(HttpHeaders.CONTENT_TYPE));
        long limit = multipart ? maxMultipartBytes : maxBodyBytes;
        if (exchange.getRequest().getHeaders().getContentLength() > limit) {
            return problems.write(exchange, tooLarge(limit));
        }
        for (Map.Entry<String, List<String>> param : exchange.getRequest().getQueryParams().entrySet()) {
            if (param.getKey().indexOf('\0') >= 0 || param.getValue().stream().anyMatch(v -> v != null && v.indexOf('\0') >= 0)) {
                return problems.write(exchange, ApiException.invalidField(param.getKey().replace('\0', '?'),
                        "must not contain a NUL character (U+0000)"));
            }
        }
        if (multipart) {
            // File uploads (the JSON reader limits other bodies): count what arrives, whatever the declared length.
            exchange = exchange.mutate().request(new CountingRequest(exchange.getRequest(), limit)).build();
        }
        return chain.filter(exchange);
    }

    /** Fails the body with a 413 once more than {@code limit} bytes have arrived. */
    private static final class CountingRequest extends ServerHttpRequestDecorator {
        private final long limit;

        CountingRequest(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buf, sink) -> {
                if (seen.addAndGet(buf.readableByteCount()) > limit) {
                    DataBufferUtils.release(buf);
                    sink.error(tooLarge(limit));
                } else {
                    sink.next(buf);
                }
            });
        }
    }

    /** A malformed Content-Type is not multipart; the reader that needs it answers 415 or 400 later. */
    private static boolean isMultipart(String contentType) {
        if (contentType == null) {
            return false;
        }
        try {
            return MediaType.MULTIPART_FORM_DATA.isCompatibleWith(MediaType.parseMediaType(contentType));
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    static ApiException tooLarge(long maxBodyBytes) {
        return new ApiException(HttpStatus.CONTENT_TOO_LARGE, "PAYLOAD_TOO_LARGE", "Payload too large",
                "The request body is larger than the server accepts (" + maxBodyBytes + " bytes).");
    }
}
