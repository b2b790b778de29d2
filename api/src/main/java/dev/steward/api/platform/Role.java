package dev.steward.api.platform;

/** Staff roles. INTEGRATION is read-only everywhere (enforced once, in the security filter chain). */
public enum Role {
    ADMIN, MANAGER, AGENT, TECHNICIAN, KEY_CUSTODIAN, QUALITY_SUPERVISOR, INTEGRATION
}
