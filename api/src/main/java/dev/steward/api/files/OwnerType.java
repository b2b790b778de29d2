package dev.steward.api.files;

/** What a file is attached to. Inspections' findings will be the third owner. */
public enum OwnerType {
    WORK_ORDER, KEY_DEPOSIT
}
