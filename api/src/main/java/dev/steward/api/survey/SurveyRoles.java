package dev.steward.api.survey;

import dev.steward.api.platform.Caller;
import dev.steward.api.platform.Role;

/**
 * Who may do what with surveys: managers run them, the front desk works with the answers, quality supervisors read
 * them (residents' satisfaction is part of the quality picture they report on), technicians stay out.
 */
final class SurveyRoles {

    private SurveyRoles() {}

    static void requireReader(Caller caller) {
        caller.requireRole("read surveys", Role.ADMIN, Role.MANAGER, Role.AGENT, Role.KEY_CUSTODIAN, Role.QUALITY_SUPERVISOR, Role.INTEGRATION);
    }

    static void requireManager(Caller caller, String action) {
        caller.requireRole(action, Role.ADMIN, Role.MANAGER);
    }

    static void requireFrontDesk(Caller caller, String action) {
        caller.requireRole(action, Role.ADMIN, Role.MANAGER, Role.AGENT);
    }
}
