package dev.steward.api.platform;

import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Deep links into the SPA (/projects/…, /login) are served index.html, so the client router takes
 * over. API, actuator, docs and files with an extension are left alone.
 */
@Component
public class SpaFallbackFilter implements WebFilter, Ordered {

    private static final String[] SERVER_PREFIXES = {"/api/", "/actuator", "/.well-known/", "/swagger-ui", "/v3/", "/webjars/", "/openapi.yaml"};

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        String path = request.getPath().value();
        if (request.getMethod() == HttpMethod.GET && isClientRoute(path) && acceptsHtml(request.getHeaders().getAccept())) {
            return chain.filter(exchange.mutate().request(request.mutate().path("/index.html").build()).build());
        }
        return chain.filter(exchange);
    }

    static boolean isClientRoute(String path) {
        for (String prefix : SERVER_PREFIXES) {
            if (path.startsWith(prefix)) {
                return false;
            }
        }
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !last.contains(".");
    }

    /** Browsers ask for text/html; tools that send no Accept or {@code *}/{@code *} get the page too. */
    private static boolean acceptsHtml(java.util.List<MediaType> accept) {
        return accept.isEmpty() || accept.stream().anyMatch(m -> m.isCompatibleWith(MediaType.TEXT_HTML));
    }
}
