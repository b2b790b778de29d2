package dev.steward.api.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** An address range ("10.0.0.0/8", "fc00::/7") or a single address literal. */
record Cidr(byte[] network, int prefix) {

    /** The range, or null when the text is not an address literal (e.g. a host name). */
    static Cidr parse(String text) {
        String t = text.trim();
        int slash = t.indexOf('/');
        String addr = slash < 0 ? t : t.substring(0, slash);
        if (!addr.matches("[0-9.]+") && !addr.contains(":")) {
            return null;
        }
        try {
            byte[] bytes = InetAddress.getByName(addr).getAddress();   // a literal: no lookup
            int prefix = slash < 0 ? bytes.length * 8 : Integer.parseInt(t.substring(slash + 1));
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("bad prefix in " + text);
            }
            return new Cidr(bytes, prefix);
        } catch (UnknownHostException | NumberFormatException e) {
            throw new IllegalArgumentException("steward.webhooks.allowed-targets: not an address or range: " + text, e);
        }
    }

    boolean contains(InetAddress address) {
        byte[] a = address.getAddress();
        if (a.length != network.length) {
            return false;
        }
        int full = prefix / 8;
        for (int i = 0; i < full; i++) {
            if (a[i] != network[i]) {
                return false;
            }
        }
        int rest = prefix % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (a[full] & mask) == (network[full] & mask);
    }
}
