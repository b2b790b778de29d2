package dev.steward.api.key;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A key as one caller sees it: its current deposit and open checkout, and what the caller may do. */
record KeyView(Key key, KeyDeposit deposit, boolean depositValid, KeyCheckout openCheckout, boolean overdue, boolean fullPhones,
        List<KeyAction> allowedActions) {

    static KeyView of(Key key, KeyDeposit deposit, KeyCheckout open, Caller caller, Instant now, LocalDate today) {
        return new KeyView(key, deposit, deposit != null && deposit.validOn(today), open, open != null && open.overdueAt(now),
                seesPhones(caller), KeyAction.allowed(caller, key.type(), key.status()));
    }

    /** Owners' and outside borrowers' phone numbers are for the people who call them: keepers. */
    static boolean seesPhones(Caller caller) {
        return caller.hasAny(Role.ADMIN, Role.MANAGER, Role.KEY_CUSTODIAN);
    }
}
