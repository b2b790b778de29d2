package dev.steward.api.key;

import dev.steward.api.platform.ApiException;
import dev.steward.api.platform.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * The custody rules a checkout must pass (checked in this order; the first broken one is reported with its code):
 * due time, approver, the owner's authorization and who it allows (UNIT keys), who may borrow other keys, and the
 * work order the key is for. Pure: everything it needs is passed in.
 */
final class KeyRules {

    private KeyRules() {}

    /** Staff who may carry equipment-room and vehicle keys; outside people need a work order (a contractor on a job). */
    private static final Set<Role> OPERATIONS = Set.of(Role.ADMIN, Role.MANAGER, Role.KEY_CUSTODIAN, Role.TECHNICIAN);

    /** A staff borrower (their roles) or an outside one (name and company). */
    record Borrower(UUID userId, Set<Role> roles, String name, String company) {
        boolean staff() {
            return userId != null;
        }
    }

    record Approver(UUID userId, Set<Role> roles) {}

    /** The reason the key is lent, if any — a work order or an inspection task (a vacant-unit patrol): its unit and whether it is still open. */
    record Order(UUID unitId, boolean open, boolean task) {
        Order(UUID unitId, boolean open) {
            this(unitId, open, false);
        }

        String what() {
            return task ? "inspection task" : "work order";
        }
    }

    record Request(Key key, Borrower borrower, Approver approver, Instant now, Instant dueAt, KeyDeposit deposit, LocalDate today,
            Order order, boolean emergency) {}

    static void check(Request r) {
        Key key = r.key();
        if (!r.dueAt().isAfter(r.now())) {
            throw ApiException.invalidField("dueAt", "must be in the future");
        }
        if (Duration.between(r.now(), r.dueAt()).toMinutes() > key.maxLoanMinutes()) {
            throw KeyProblems.rule("KEY_DUE_TOO_LATE", "A " + key.type() + " key must be back within " + key.maxLoanMinutes() / 60
                    + " hours.");
        }
        if (r.borrower().staff() && r.borrower().userId().equals(r.approver().userId())) {
            throw KeyProblems.rule("KEY_APPROVER_IS_BORROWER", "The approver must be a second person, not the borrower.");
        }
        if (!(r.approver().roles().contains(Role.KEY_CUSTODIAN) || r.approver().roles().contains(Role.MANAGER)
                || r.approver().roles().contains(Role.ADMIN))) {
            throw KeyProblems.rule("KEY_APPROVER_NOT_AUTHORIZED", "Only a key custodian or a manager of the project may approve.");
        }
        switch (key.type()) {
            case "UNIT" -> unitKey(r);
            case "EQUIPMENT_ROOM" -> {
                if (r.borrower().staff() ? r.borrower().roles().stream().noneMatch(OPERATIONS::contains) : r.order() == null) {
                    throw KeyProblems.rule("KEY_BORROWER_NOT_ALLOWED", "Equipment-room keys go only to operations staff, or to a "
                            + "contractor working on a work order — never for private use.");
                }
            }
            case "VEHICLE" -> {
                if (!r.borrower().staff()) {
                    throw KeyProblems.rule("KEY_BORROWER_NOT_ALLOWED", "Vehicle keys are lent to staff only.");
                }
            }
            default -> { }
        }
        if (r.order() != null && !r.order().open()) {
            throw KeyProblems.rule("KEY_WORK_ORDER_MISMATCH", "The " + r.order().what() + " is no longer open.");
        }
    }

    /** 户内钥匙: a valid owner authorization that names the borrower, and a work order for this unit (or an emergency). */
    private static void unitKey(Request r) {
        KeyDeposit d = r.deposit();
        if (d == null || !d.validOn(r.today())) {
            throw KeyProblems.rule("KEY_NO_VALID_AUTHORIZATION", d == null ? "The owner has not authorized the use of this key."
                    : "The owner's authorization " + d.authorizationRef() + " expired on " + d.validUntil() + ".");
        }
        if (!allowedBy(d, r.borrower())) {
            throw KeyProblems.rule("KEY_BORROWER_NOT_ALLOWED", "The owner's authorization does not allow this borrower to receive the key.");
        }
        if (r.order() == null) {
            if (!r.emergency()) {
                throw KeyProblems.rule("KEY_WORK_ORDER_REQUIRED", "A unit key is lent only for a work order or an inspection task "
                        + "of that unit, or in an emergency with a reason.");
            }
        } else if (!r.key().unitId().equals(r.order().unitId())) {
            throw KeyProblems.rule("KEY_WORK_ORDER_MISMATCH", "The " + r.order().what() + " is for another unit.");
        }
    }

    static boolean allowedBy(KeyDeposit d, Borrower b) {
        if (b.staff()) {
            return b.roles().stream().anyMatch(role -> d.allowedRoles().contains(role.name()));
        }
        String contractor = normalize(d.allowedContractor());
        return contractor != null && (contractor.equals(normalize(b.name())) || contractor.equals(normalize(b.company())));
    }

    private static String normalize(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}
