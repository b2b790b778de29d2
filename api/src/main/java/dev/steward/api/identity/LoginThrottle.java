package dev.steward.api.identity;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.SharedRateLimits;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Slows password guessing without handing anyone a way to lock others out. Failures are counted per username and
 * client address together: after {@code login-free-failures} of them, each further failure doubles the wait before
 * that pair may try again (1 s, 2 s, 4 s … up to {@code login-max-delay}). The same user from another address, and
 * other users from the same address (an office behind NAT), are not affected. A success clears the pair. Across
 * usernames an address has a large failure budget (password spraying). Both live in PostgreSQL: all instances agree.
 */
@Component
class LoginThrottle {

    private final DatabaseClient db;
    private final SharedRateLimits limits;
    private final int freeFailures;
    private final Duration maxDelay;
    private final long perAddress;
    private final Duration window;

    LoginThrottle(DatabaseClient db, SharedRateLimits limits,
            @Value("${steward.rate-limit.login-free-failures}") int freeFailures,
            @Value("${steward.rate-limit.login-max-delay}") Duration maxDelay,
            @Value("${steward.rate-limit.login-failures-per-address}") long perAddress,
            @Value("${steward.rate-limit.login-window}") Duration window) {
        this.db = db;
        this.limits = limits;
        this.freeFailures = freeFailures;
        this.maxDelay = maxDelay;
        this.perAddress = perAddress;
        this.window = window;
    }

    /** Completes if this username may try from this address now, else fails with 429 and Retry-After. */
    Mono<Void> check(String username, String address) {
        Mono<Long> pair = db.sql("""
                        select ceil(extract(epoch from blocked_until - now()))::bigint as wait
                        from login_failures where username = $1 and address = $2 and blocked_until > now()""")
                .bind(0, key(username)).bind(1, address)
                .map(row -> row.get("wait", Long.class)).one().defaultIfEmpty(0L);
        return pair.flatMap(wait -> wait > 0 ? Mono.just(wait) : limits.secondsUntilAllowed(addressKey(address), perAddress, window))
                .flatMap(wait -> wait > 0
                        ? Mono.error(ApiException.tooManyRequests("LOGIN_THROTTLED", Math.max(1, wait)))
                        : Mono.empty());
    }

    /** Records a failure for the pair (and against the address's budget). */
    Mono<Void> failed(String username, String address) {
        return db.sql("""
                        insert into login_failures as f (username, address, failures, blocked_until, last_failure_at)
                        values ($1, $2, 1, now(), now())
                        on conflict (username, address) do update set
                            failures = f.failures + 1,
                            blocked_until = now() + make_interval(secs => least($4::float8,
                                case when f.failures + 1 > $3 then power(2, f.failures - $3)::float8 else 0 end)),
                            last_failure_at = now()""")
                .bind(0, key(username)).bind(1, address).bind(2, freeFailures).bind(3, (double) maxDelay.toSeconds())
                .then()
                .then(limits.tryConsume(addressKey(address), perAddress, window).then());
    }

    /** A successful login clears the pair's failures. */
    Mono<Void> succeeded(String username, String address) {
        return db.sql("delete from login_failures where username = $1 and address = $2")
                .bind(0, key(username)).bind(1, address).then();
    }

    /** Forgets failures nobody has repeated for a day (any instance may run it; deleting twice is harmless). */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    Mono<Void> forgetOldFailures() {
        return db.sql("delete from login_failures where last_failure_at < now() - interval '1 day'").then()
                .onErrorResume(e -> Mono.empty());
    }

    private static String key(String username) {
        // Case-insensitive, bounded, and never a NUL (PostgreSQL text refuses it).
        String k = username.toLowerCase().replace('\u0000', '\uFFFD');
        return k.length() > 200 ? k.substring(0, 200) : k;
    }

    private static String addressKey(String address) {
        return "login-addr:" + address;
    }
}
