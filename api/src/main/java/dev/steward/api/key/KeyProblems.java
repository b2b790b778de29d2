package dev.steward.api.key;

import dev.steward.api.platform.ApiException;
import java.util.UUID;

/** The key-management failures a client can act on; each broken custody rule is a 403 whose code names it. */
final class KeyProblems {

    private KeyProblems() {}

    static ApiException notFound(UUID id) {
        return ApiException.notFound("key", id);
    }

    static ApiException notAvailable(String code, KeyStatus status) {
        return ApiException.conflict("KEY_NOT_AVAILABLE", "Key " + code + " is " + status + ", not AVAILABLE.");
    }

    static ApiException illegal(String code, KeyStatus status, String what) {
        return ApiException.conflict("KEY_ILLEGAL_TRANSITION", "Key " + code + " is " + status + ": it cannot be " + what + ".");
    }

    static ApiException rule(String code, String detail) {
        return ApiException.forbidden(code, detail);
    }

    static ApiException codeTaken(String code) {
        return ApiException.conflict("KEY_CODE_TAKEN", "A key with code " + code + " exists in this project.");
    }

    static ApiException slotTaken(int slot) {
        return ApiException.conflict("KEY_SLOT_TAKEN", "Slot " + slot + " of this cabinet already holds a key.");
    }

    static ApiException changedConcurrently(String code) {
        return ApiException.conflict("KEY_CHANGED", "Key " + code + " was changed by someone else. Reload and try again.");
    }
}
