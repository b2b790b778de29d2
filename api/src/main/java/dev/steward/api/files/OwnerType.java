package dev.steward.api.files;

/** What a file is attached to: a work order, a key deposit, or one check point's result of an inspection. */
public enum OwnerType {
    WORK_ORDER, KEY_DEPOSIT, INSPECTION_FINDING
}
