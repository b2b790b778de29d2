package dev.steward.api.identity;

import dev.steward.api.platform.ApiException;
import java.util.Locale;

/**
 * What a password must be, for every way one is set (create, an administrator's reset, the user's own change):
 * 8–128 characters, at least two kinds of characters (letters, digits, anything else), not containing the username.
 * Length is what matters most (NIST SP 800-63B); the two-kinds rule stops "12345678" and "aaaaaaaa".
 */
final class PasswordRule {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;

    private PasswordRule() {}

    /** Throws a 400 naming {@code field} when the password breaks the rule. */
    static void check(String field, String password, String username) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw ApiException.invalidField(field, "must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        boolean letter = password.codePoints().anyMatch(Character::isLetter);
        boolean digit = password.codePoints().anyMatch(Character::isDigit);
        boolean other = password.codePoints().anyMatch(c -> !Character.isLetterOrDigit(c));
        if ((letter ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0) < 2) {
            throw ApiException.invalidField(field, "must mix at least two kinds of characters: letters, digits, symbols");
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw ApiException.invalidField(field, "must not contain the username");
        }
    }
}
