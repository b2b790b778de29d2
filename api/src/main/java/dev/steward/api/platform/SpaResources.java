package dev.steward.api.platform;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.config.ResourceHandlerRegistry;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.resource.AbstractResourceResolver;
import org.springframework.web.reactive.resource.EncodedResourceResolver;
import org.springframework.web.reactive.resource.PathResourceResolver;
import org.springframework.web.reactive.resource.ResourceResolverChain;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * How the API serves the SPA's bundles (issue 9, defect 10). Vite names them by content hash and the build writes a
 * brotli and a gzip copy of each ({@code x.js.br}, {@code x.js.gz}); here they are sent as the client accepts them
 * ({@code Content-Encoding}, {@code Vary: Accept-Encoding}) and cached for a year. Compressing on the fly
 * ({@code server.compression}, still on for JSON and for a bundle without copies) costs CPU on every request, reaches
 * gzip level 6 and never brotli. index.html and other unhashed files keep Boot's default handler ({@code no-cache}: a
 * deploy is picked up at the next load).
 */
@Configuration
class SpaResources implements WebFluxConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/assets/**")
                .addResourceLocations("classpath:/static/assets/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                // No resolver cache: its key sorts the accepted codings, so one client's choice would be served to
                // another that prefers otherwise. Finding a bundle and its copy is two classpath look-ups.
                .resourceChain(false)
                .addResolver(new BrotliFirst())
                .addResolver(new EncodedResourceResolver())
                .addResolver(new PathResourceResolver());
        // The contract as YAML (not application/octet-stream, which nothing compresses).
        var contract = registry.addResourceHandler("/openapi.yaml")
                .addResourceLocations("classpath:/static/")
                .setCacheControl(CacheControl.noCache());
        contract.setMediaTypes(Map.of("yaml", MediaType.parseMediaType("application/yaml")));
    }

    /**
     * An Accept-Encoding without weights states no preference (RFC 9110 §12.5.3), but Spring tries the codings in the
     * order listed, and browsers list gzip first ("gzip, deflate, br, zstd"): offer brotli first when it is accepted.
     */
    static final class BrotliFirst extends AbstractResourceResolver {

        @Override
        protected Mono<Resource> resolveResourceInternal(ServerWebExchange exchange, String path, List<? extends Resource> locations,
                ResourceResolverChain chain) {
            String accept = exchange == null ? null : exchange.getRequest().getHeaders().getFirst(HttpHeaders.ACCEPT_ENCODING);
            if (accept == null || accept.contains(";") || !accept.toLowerCase(Locale.ROOT).matches("(.*[\\s,])?br([\\s,].*)?")) {
                return chain.resolveResource(exchange, path, locations);
            }
            ServerWebExchange preferring = exchange.mutate().request(r -> r.headers(h -> h.set(HttpHeaders.ACCEPT_ENCODING, "br, " + accept))).build();
            return chain.resolveResource(preferring, path, locations);
        }

        @Override
        protected Mono<String> resolveUrlPathInternal(String path, List<? extends Resource> locations, ResourceResolverChain chain) {
            return chain.resolveUrlPath(path, locations);
        }
    }
}
