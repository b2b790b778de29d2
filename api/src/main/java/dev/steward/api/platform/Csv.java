package dev.steward.api.platform;

import java.util.List;

/** CSV lines as Excel reads them (RFC 4180 quoting, CRLF), safe to open: text that would start a formula is quoted. */
public final class Csv {

    /** Start every UTF-8 CSV with this, so that Excel reads Chinese correctly. */
    public static final String BOM = "\uFEFF";

    private Csv() {}

    public static void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            String v = values.get(i) == null ? "" : values.get(i);
            if (startsFormula(v)) {
                v = "'" + v;
            }
            out.append(i == 0 ? "" : ",");
            out.append(v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                    ? "\"" + v.replace("\"", "\"\"") + "\"" : v);
        }
        out.append("\r\n");
    }

    /** =, @, or + / - not followed by a digit (a phone number or a negative amount stays as it is). */
    private static boolean startsFormula(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char c = v.charAt(0);
        if (c == '=' || c == '@' || c == '\t' || c == '\r') {
            return true;
        }
        return (c == '+' || c == '-') && (v.length() == 1 || !Character.isDigit(v.charAt(1)));
    }
}
