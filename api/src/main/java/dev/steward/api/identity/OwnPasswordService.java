package dev.steward.api.identity;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Caller;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * A signed-in user changes their own password: the current one is required, the new one follows
 * {@link PasswordRule} and must differ from it. A wrong current password is a 400 naming the field, not a 401,
 * so the client keeps its session and shows the error next to the field.
 */
@Service
class OwnPasswordService {

    private final UserRepository users;
    private final PasswordEncoder passwords;

    OwnPasswordService(UserRepository users, PasswordEncoder passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    Mono<Void> change(Caller caller, String currentPassword, String newPassword) {
        return users.findById(caller.userId())
                .switchIfEmpty(Mono.error(() -> ApiException.notFound("user", caller.userId())))
                .flatMap(user -> {
                    PasswordRule.check("newPassword", newPassword, user.username());
                    if (newPassword.equals(currentPassword)) {
                        return Mono.error(ApiException.invalidField("newPassword", "must differ from the current password"));
                    }
                    // BCrypt costs ~100 ms of CPU: both the check and the new hash run off the event loop.
                    return Mono.fromCallable(() -> {
                        if (!passwords.matches(currentPassword, user.passwordHash())) {
                            throw ApiException.invalidField("currentPassword", "is not your current password");
                        }
                        return passwords.encode(newPassword);
                    }).subscribeOn(Schedulers.boundedElastic());
                })
                .flatMap(hash -> users.updatePassword(caller.userId(), hash))
                .then();
    }
}
