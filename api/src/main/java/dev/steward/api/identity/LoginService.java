package dev.steward.api.identity;

import dev.steward.api.platform.ApiException;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** The token endpoint's rules: a password check, throttled per username and address by {@link LoginThrottle}. */
@Service
class LoginService {

    /** Compared against when the username is unknown, so both failures take the same time. */
    private final String dummyHash;

    private final UserRepository users;
    private final PasswordEncoder passwords;
    private final TokenService tokens;
    private final LoginThrottle throttle;
    private final ApiClientRepository clients;

    LoginService(UserRepository users, PasswordEncoder passwords, TokenService tokens, LoginThrottle throttle,
            ApiClientRepository clients) {
        this.clients = clients;
        this.users = users;
        this.passwords = passwords;
        this.tokens = tokens;
        this.throttle = throttle;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    Mono<TokenService.IssuedToken> login(String username, String password, String address) {
        return throttle.check(username, address)
                .then(users.findByUsername(username)
                        .filter(User::active)
                        // An API client's system user has no password login (it uses client credentials).
                        .filterWhen(u -> clients.isClientUser(u.id()).map(client -> !client))
                        .map(u -> new Candidate(u, u.passwordHash()))
                        .defaultIfEmpty(new Candidate(null, dummyHash)))
                // BCrypt costs ~100 ms of CPU: keep it off the event loop.
                .publishOn(Schedulers.boundedElastic())
                .flatMap(c -> passwords.matches(password, c.hash()) && c.user() != null
                        ? throttle.succeeded(username, address).thenReturn(tokens.issue(c.user()))
                        : throttle.failed(username, address).then(Mono.error(
                                ApiException.unauthorized("INVALID_CREDENTIALS", "Wrong username or password."))));
    }

    private record Candidate(User user, String hash) {}
}
