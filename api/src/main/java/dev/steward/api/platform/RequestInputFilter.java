package dev.steward.api.platform;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.codec.DecodingException;
import org.springframework.core.codec.Hints;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.codec.HttpMessageReader;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.codec.multipart.Part;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Checks what a request carries before anything reads it: a declared body above the limit is a 413 at once
 * (the JSON reader enforces the same limit on bodies sent without a length; a multipart body is counted as it
 * arrives), and a query parameter with a NUL
 * character is a 400 naming it (PostgreSQL refuses U+0000 in text).
 */
@Component
public class RequestInputFilter implements WebFilter, Ordered {

    private final ProblemWriter problems;
    private final long maxBodyBytes;
    private final long maxMultipartBytes;
    private final HttpMessageReader<MultiValueMap<String, Part>> multipartReader;

    private static final Logger log = LoggerFactory.getLogger(RequestInputFilter.class);
    /** Reactor's key for an onErrorDropped hook that holds for one subscription only (reactor.core.publisher.Hooks). */
    private static final String LOCAL_ON_ERROR_DROPPED = "reactor.onErrorDropped.local";
    private static final ResolvableType MULTIPART_DATA = ResolvableType.forClassWithGenerics(MultiValueMap.class, String.class, Part.class);

    @SuppressWarnings("unchecked")
    public RequestInputFilter(ProblemWriter problems, @Value("${spring.http.codecs.max-in-memory-size}") DataSize maxBody,
            @Value("${steward.files.max-request-size:50MB}") DataSize maxMultipart, ServerCodecConfigurer codecs) {
        this.problems = problems;
        this.multipartReader = (HttpMessageReader<MultiValueMap<String, Part>>) codecs.getReaders().stream()
                .filter(r -> r.canRead(MULTIPART_DATA, MediaType.MULTIPART_FORM_DATA)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No multipart reader"));
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
            CountingRequest counting = new CountingRequest(exchange.getRequest(), limit);
            CountingExchange counted = new CountingExchange(exchange, counting, multipartReader);
            return chain.filter(counted)
                    .onErrorMap(e -> counting.cut.get() != null, e -> counting.cut.get())
                    .doFinally(s -> counted.cleanup())
                    .contextWrite(Context.of(LOCAL_ON_ERROR_DROPPED, (Consumer<Throwable>) e -> dropped(counting, e)));
        }
        return chain.filter(exchange);
    }

    /**
     * Ends the body once more than {@code limit} bytes have arrived, or when the client goes away mid-body, and keeps
     * why: the request then fails with that cause (413, or a disconnection nobody is answered for) instead of the
     * multipart reader's "incomplete body". The body ends rather than fails because Spring's multipart reader hands
     * an error of its input both to the part being read and to the request, and Reactor logs the second as an ERROR
     * ("onErrorDropped") though nothing went wrong on our side.
     */
    private static final class CountingRequest extends ServerHttpRequestDecorator {
        private final long limit;
        final AtomicReference<Throwable> cut = new AtomicReference<>();

        CountingRequest(ServerHttpRequest delegate, long limit) {
            super(delegate);
            this.limit = limit;
        }

        @Override
        public Flux<DataBuffer> getBody() {
            AtomicLong seen = new AtomicLong();
            return super.getBody().<DataBuffer>handle((buf, sink) -> {
                if (seen.addAndGet(buf.readableByteCount()) > limit) {
                    DataBufferUtils.release(buf);
                    cut.compareAndSet(null, tooLarge(limit));
                    sink.complete();
                } else {
                    sink.next(buf);
                }
            }).onErrorResume(e -> {
                cut.compareAndSet(null, e);
                return Flux.empty();
            });
        }
    }

    /**
     * An error Reactor could not deliver while a multipart body was read. Spring's multipart reader hands an error of
     * its input (a cut body: "Could not find end of body") both to the part it is writing and to the request; the
     * request fails with the first, and the second arrives at an operator that has finished: expected, so DEBUG. So is
     * anything dropped after the client went away mid-upload (reactor-netty cancels the request's handling first).
     * Anything else stays an ERROR.
     */
    private static void dropped(CountingRequest counting, Throwable e) {
        if (counting.cut.get() != null || e instanceof DecodingException) {
            log.debug("Dropped while reading a multipart body ({}): {}", counting.cut.get(), e.toString());
        } else {
            log.error("Operator called default onErrorDropped", e);
        }
    }

    /**
     * The exchange with the counted body. Its multipart data is read from that body: the exchange the server made
     * read its own, uncounted, request (handlers get their parts from {@code getMultipartData()}). The parts' temporary
     * files are removed when the request ends, as the server does for its own.
     */
    private static final class CountingExchange extends ServerWebExchangeDecorator {
        private final ServerHttpRequest request;
        private final Mono<MultiValueMap<String, Part>> multipart;
        private final AtomicBoolean read = new AtomicBoolean();

        CountingExchange(ServerWebExchange delegate, ServerHttpRequest request, HttpMessageReader<MultiValueMap<String, Part>> reader) {
            super(delegate);
            this.request = request;
            this.multipart = reader.readMono(MULTIPART_DATA, request, Hints.from(Hints.LOG_PREFIX_HINT, delegate.getLogPrefix()))
                    .switchIfEmpty(Mono.fromSupplier(LinkedMultiValueMap::new))
                    .doOnSubscribe(s -> read.set(true))
                    .cache();
        }

        @Override
        public ServerHttpRequest getRequest() {
            return request;
        }

        @Override
        public Mono<MultiValueMap<String, Part>> getMultipartData() {
            return multipart;
        }

        void cleanup() {
            if (read.get()) {
                multipart.onErrorResume(e -> Mono.empty())
                        .flatMapIterable(MultiValueMap::values)
                        .flatMapIterable(parts -> parts)
                        .flatMap(part -> part.delete().onErrorResume(e -> Mono.empty()))
                        .subscribe();
            }
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
