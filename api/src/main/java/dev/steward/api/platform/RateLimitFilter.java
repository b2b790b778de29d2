package dev.steward.api.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A request budget per client (its bearer token, else its address) on the API, announced in
 * {@code RateLimit-*} headers on every response; over budget → 429 with {@code Retry-After}.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    private final RateLimits limits;
    private final ProblemWriter problems;
    private final long perMinute;

    public RateLimitFilter(RateLimits limits, ProblemWriter problems,
            @Value("${steward.rate-limit.requests-per-minute}") long perMinute) {
        this.limits = limits;
        this.problems = problems;
        this.perMinute = perMinute;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().value();
        if (!path.startsWith("/api/") && !path.startsWith("/.well-known/")) {
            return chain.filter(exchange);
        }
        RateLimits.Decision d = limits.tryConsume("client:" + clientKey(exchange.getRequest()), perMinute, Duration.ofMinutes(1));
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set("RateLimit-Limit", Long.toString(d.limit()));
        headers.set("RateLimit-Remaining", Long.toString(d.remaining()));
        headers.set("RateLimit-Reset", Long.toString(d.resetSeconds()));
        if (!d.allowed()) {
            return problems.write(exchange, ApiException.tooManyRequests("RATE_LIMITED", d.resetSeconds()));
        }
        return chain.filter(exchange);
    }

    static String clientKey(ServerHttpRequest request) {
        String auth = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (auth != null && auth.startsWith("Bearer ") && auth.length() > 40) {
            return "token:" + Integer.toHexString(auth.hashCode()) + auth.substring(auth.length() - 16);
        }
        return "addr:" + ClientAddress.of(request);
    }
}
