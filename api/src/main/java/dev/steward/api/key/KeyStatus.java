package dev.steward.api.key;

/** AVAILABLE ⇄ CHECKED_OUT; AVAILABLE / CHECKED_OUT → LOST → AVAILABLE (found); AVAILABLE / LOST → RETIRED (final). */
enum KeyStatus {
    AVAILABLE, CHECKED_OUT, LOST, RETIRED
}
