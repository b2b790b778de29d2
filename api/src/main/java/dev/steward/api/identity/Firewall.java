package dev.steward.api.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/**
 * Spring Security's strict firewall with its rules unchanged, but header names, header values and parameter names
 * checked by a loop over the characters instead of its Unicode-class regular expressions, which were a fifth of a
 * read's CPU (every header is checked each time it is read; docs/performance.md). {@code FirewallTest} checks the
 * predicates agree with Spring's on ASCII, control, unassigned and supplementary characters.
 */
@Configuration(proxyBeanMethods = false)
class Firewall {

    @Bean
    ServerWebExchangeFirewall serverWebExchangeFirewall() {
        StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
        firewall.setAllowedHeaderNames(Firewall::assignedAndNotControl);
        firewall.setAllowedHeaderValues(Firewall::headerValue);
        firewall.setAllowedParameterNames(Firewall::assignedAndNotControl);
        return firewall;
    }

    /** Every character assigned in Unicode and not a control character: Spring's {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}. */
    static boolean assignedAndNotControl(String s) {
        return allowed(s, false);
    }

    /** The same, tabs allowed: Spring's {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}. */
    static boolean headerValue(String s) {
        return allowed(s, true);
    }

    private static boolean allowed(String s, boolean tab) {
        if (s == null) {
            return true; // the firewall asks about absent values too (a header read that is not there)
        }
        for (int i = 0; i < s.length(); ) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int cp = s.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && cp == '\t'))) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }
}
