package dev.steward.api.platform;

/** Personal phone numbers are masked in lists and for roles that do not call people back. */
public final class Phones {

    private Phones() {}

    /** 13812345678 → 138****5678: the prefix and the last four digits stay readable. */
    public static String mask(String phone) {
        String digits = phone.replaceAll("\\s", "");
        if (digits.length() <= 4) {
            return "*".repeat(digits.length());
        }
        int keepStart = digits.length() >= 11 ? 3 : Math.min(2, digits.length() - 4);
        return digits.substring(0, keepStart) + "*".repeat(digits.length() - keepStart - 4) + digits.substring(digits.length() - 4);
    }
}
