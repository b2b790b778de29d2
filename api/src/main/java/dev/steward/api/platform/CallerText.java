package dev.steward.api.platform;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a caller says, read the way the front desk reads it: a unit ("2-1201", "2栋1201", "2#1201", "2号楼1201室"),
 * a unit number ("1201"), a phone number (7 or more digits; with separators, starting with +, 0 or 1; separators and a
 * +86 prefix ignored), the last 4
 * digits of a phone ("5678", which may as well be a unit number), or words (a name, a title).
 * Used by the desk's unit lookup and by the work-order search, so both understand the same input.
 */
public record CallerText(Kind kind, String text, String unitLabel, String digits) {

    public enum Kind {
        /** A building and a number: {@link #unitLabel()} is the unit's label ("2-1201"). */
        UNIT,
        /** Only digits, 4 of them: a phone's last 4 digits or a unit number ({@link #digits()}). */
        FOUR_DIGITS,
        /** Only digits, not 4 and fewer than 7: a unit number ({@link #digits()}). */
        UNIT_NUMBER,
        /** 7 or more digits: the end of a phone number ({@link #digits()}). */
        PHONE,
        /** Anything else: {@link #text()}. */
        WORDS
    }

    private static final Pattern UNIT = Pattern.compile(
            "([A-Za-z0-9]{1,4})\\s*(?:号楼|栋|幢|座|#|＃|-|－|—|/)\\s*([A-Za-z0-9]{1,6})\\s*(?:室|号)?");
    private static final Pattern PHONE_LIKE = Pattern.compile("\\+?[0-9][0-9 \\-]*");

    /** Null for a blank input. */
    public static CallerText parse(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String s = input.strip();
        // "86" only as a country code: +86…, or 13 digits starting with it.
        if (PHONE_LIKE.matcher(s).matches()) {
            String digits = s.replaceAll("[^0-9]", "");
            if (s.startsWith("+86") || (digits.length() == 13 && digits.startsWith("86"))) {
                digits = digits.substring(2);
            }
            // With separators, only what starts like a phone (+86, a mobile's 1, a trunk 0) is one: "20261123-0007" is part of a code.
            boolean plain = s.chars().allMatch(Character::isDigit);
            if (digits.length() >= 7 && (plain || s.startsWith("+") || s.startsWith("0") || s.startsWith("1"))) {
                return new CallerText(Kind.PHONE, s, null, digits);
            }
            if (plain) {
                return new CallerText(digits.length() == 4 ? Kind.FOUR_DIGITS : Kind.UNIT_NUMBER, s, null, digits);
            }
        }
        Matcher unit = UNIT.matcher(s);
        if (unit.matches()) {
            return new CallerText(Kind.UNIT, s, unit.group(1).toUpperCase(java.util.Locale.ROOT) + "-" + unit.group(2), null);
        }
        return new CallerText(Kind.WORDS, s, null, null);
    }

    /** The last 4 digits of {@link #digits()}: what the phone indexes are keyed by. */
    public String lastFour() {
        return digits == null || digits.length() < 4 ? digits : digits.substring(digits.length() - 4);
    }

    /** The SQL expression for a phone column's digits (matches the expression indexes of V12). */
    public static String digitsOf(String column) {
        return "regexp_replace(" + column + ", '[^0-9]', '', 'g')";
    }
}
