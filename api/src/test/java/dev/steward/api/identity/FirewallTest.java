package dev.steward.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

/** The firewall's loops judge every string as Spring's regular expressions do. */
class FirewallTest {

    @Test
    void theLoopsAgreeWithSpringsPatterns() {
        List<String> samples = new ArrayList<>(List.of("", "Bearer abc.def", "a\tb", "\t", "a\nb", "\r", "\u0000", "\u007f", "\u0085",
                "\u009f", "\u00a0", "é", "汉字", "\u0378", "\uffff", "\ud83d\ude00", "\ud83d", "\ude00x", "x\ud83d", "\udb40\udc01",
                "\u2028", "\u200b", "\ufeff", "\ue000", "\uDB80\uDC00", new String(Character.toChars(0xE0080))));
        Random random = new Random(42);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(6);
            for (int j = 0; j < length; j++) {
                int cp = switch (random.nextInt(4)) {
                    case 0 -> random.nextInt(0x100);
                    case 1 -> random.nextInt(0x10000);
                    case 2 -> random.nextInt(0x110000);
                    default -> 0x20 + random.nextInt(0x5f);
                };
                if (random.nextInt(10) == 0 || !Character.isSurrogate((char) cp) || cp > 0xffff) {
                    s.appendCodePoint(cp);
                } else {
                    s.append((char) cp); // a lone surrogate now and then
                }
            }
            samples.add(s.toString());
        }
        int rejected = 0;
        for (String s : samples) {
            boolean name = StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES.test(s);
            boolean value = StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(s);
            assertThat(Firewall.assignedAndNotControl(s)).as("header name %s", s.codePoints().boxed().toList()).isEqualTo(name);
            assertThat(Firewall.headerValue(s)).as("header value %s", s.codePoints().boxed().toList()).isEqualTo(value);
            assertThat(StrictServerWebExchangeFirewall.ALLOWED_PARAMETER_NAMES.test(s)).isEqualTo(name);
            rejected += value ? 0 : 1;
        }
        assertThat(rejected).as("samples the patterns refuse").isGreaterThan(1000);
    }
}
