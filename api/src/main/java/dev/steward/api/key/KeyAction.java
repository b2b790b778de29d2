package dev.steward.api.key;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** What a keeper (ADMIN, MANAGER, KEY_CUSTODIAN) may do to a key, and from which statuses; other roles only read. */
enum KeyAction {
    EDIT(KeyStatus.AVAILABLE, KeyStatus.CHECKED_OUT),
    DEPOSIT(KeyStatus.AVAILABLE, KeyStatus.CHECKED_OUT, KeyStatus.LOST),
    CHECK_OUT(KeyStatus.AVAILABLE),
    RETURN(KeyStatus.CHECKED_OUT),
    REPORT_LOST(KeyStatus.AVAILABLE, KeyStatus.CHECKED_OUT),
    FOUND(KeyStatus.LOST),
    RETIRE(KeyStatus.AVAILABLE, KeyStatus.LOST);

    private final Set<KeyStatus> from;

    KeyAction(KeyStatus... from) {
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    boolean availableFrom(KeyStatus status) {
        return from.contains(status);
    }

    /** Keepers issue keys, take returns and keep the ledger (专人管理). */
    static boolean isKeeper(Caller caller) {
        return caller.hasAny(Role.ADMIN, Role.MANAGER, Role.KEY_CUSTODIAN);
    }

    static void requireKeeper(Caller caller, String action) {
        caller.requireRole(action, Role.ADMIN, Role.MANAGER, Role.KEY_CUSTODIAN);
    }

    static List<KeyAction> allowed(Caller caller, String type, KeyStatus status) {
        if (!isKeeper(caller)) {
            return List.of();
        }
        return Arrays.stream(values())
                .filter(a -> a.availableFrom(status) && (a != DEPOSIT || "UNIT".equals(type)))
                .toList();
    }
}
