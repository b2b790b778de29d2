package dev.steward.api.platform;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A request budget per client on the API, shared by every instance ({@link SharedRateLimits}) and announced in
 * {@code RateLimit-*} headers on every response; over budget → 429 with {@code Retry-After}. The client is the
 * verified subject of a valid bearer token (however the token is spelled), otherwise its address: a missing,
 * invalid or made-up token draws on the address's budget.
 */
@Component
public class RateLimitFilter implements WebFilter, Ordered {

    private final SharedRateLimits limits;
    private final ProblemWriter problems;
    private final ReactiveJwtDecoder tokens;
    private final long budget;
    private final Duration window;

    public RateLimitFilter(SharedRateLimits limits, ProblemWriter problems, ReactiveJwtDecoder tokens,
            @Value("${steward.rate-limit.requests-per-minute}") long budget,
            @Value("${steward.rate-limit.requests-window}") Duration window) {
        this.limits = limits;
        this.problems = problems;
        this.tokens = tokens;
        this.budget = budget;
        this.window = window;
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
        return clientKey(exchange.getRequest())
                .flatMap(client -> limits.tryConsumeRequest("client:" + client, budget, window))
                .flatMap(d -> {
                    HttpHeaders headers = exchange.getResponse().getHeaders();
                    headers.set("RateLimit-Limit", Long.toString(d.limit()));
                    headers.set("RateLimit-Remaining", Long.toString(d.remaining()));
                    headers.set("RateLimit-Reset", Long.toString(d.resetSeconds()));
                    if (!d.allowed()) {
                        return problems.write(exchange, ApiException.tooManyRequests("RATE_LIMITED", d.resetSeconds()));
                    }
                    return chain.filter(exchange);
                });
    }

    /** "sub:<subject>" for a token that verifies (signature, issuer, expiry), else "addr:<client address>". */
    Mono<String> clientKey(ServerHttpRequest request) {
        String address = "addr:" + ClientAddress.of(request);
        String auth = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (auth == null || !auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Mono.just(address);
        }
        return tokens.decode(auth.substring(7).trim())
                .map(jwt -> jwt.getSubject() == null ? address : "sub:" + jwt.getSubject())
                .onErrorResume(e -> Mono.just(address));
    }
}
