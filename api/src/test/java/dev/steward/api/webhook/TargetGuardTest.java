package dev.steward.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SSRF guard, with no allowed targets (the default) and with an allow-list. */
class TargetGuardTest {

    private static WebhookProperties props(List<String> allowed) {
        return new WebhookProperties(allowed, Duration.ofSeconds(1), Duration.ofMinutes(1), 10, List.of(Duration.ofSeconds(5)),
                Duration.ofHours(24), Duration.ofSeconds(5), Duration.ofSeconds(15), 10, Duration.ofHours(24), Duration.ofDays(14),
                Duration.ofHours(1));
    }

    @Test
    void refusesLoopbackPrivateLinkLocalSharedReservedAndPlainHttp() {
        TargetGuard guard = new TargetGuard(props(List.of()));
        for (String url : List.of("https://127.0.0.1/x", "https://10.0.0.1/x", "https://172.16.5.4/x", "https://192.168.1.1/x",
                "https://169.254.169.254/latest/meta-data", "https://100.64.0.1/x", "https://100.100.100.200/x", "https://0.0.0.0/x",
                "https://224.0.0.1/x", "https://[::1]/x", "https://[fd00:ec2::254]/x", "https://[fe80::1]/x", "https://[::ffff:127.0.0.1]/x",
                "https://[::]/x", "https://198.18.0.1/x", "http://93.184.216.34/x")) {
            assertThatThrownBy(() -> guard.vet(URI.create(url)).block()).as(url).isInstanceOf(TargetGuard.Refused.class);
        }
        TargetGuard.Target ok = guard.vet(URI.create("https://93.184.216.34:8443/hook")).block();
        assertThat(ok.port()).isEqualTo(8443);
        assertThat(ok.address().getHostAddress()).isEqualTo("93.184.216.34");
        assertThat(guard.vet(URI.create("https://[2606:4700::1111]/x")).block()).isNotNull();
    }

    @Test
    void theAllowListLetsChosenAddressesAndRangesInEvenOverHttp() {
        TargetGuard guard = new TargetGuard(props(List.of("127.0.0.1", "10.20.0.0/16")));
        assertThat(guard.vet(URI.create("http://127.0.0.1:8080/x")).block()).isNotNull();
        assertThat(guard.vet(URI.create("http://10.20.3.4/x")).block()).isNotNull();
        assertThatThrownBy(() -> guard.vet(URI.create("http://10.21.0.1/x")).block()).isInstanceOf(TargetGuard.Refused.class);
        assertThatThrownBy(() -> guard.vet(URI.create("https://127.0.0.2/x")).block()).isInstanceOf(TargetGuard.Refused.class);
    }

    @Test
    void urlsMustBeAbsoluteHttpWithoutCredentials() {
        for (String url : List.of("ftp://example.com/x", "/relative", "https://user:pw@example.com/x", "https:///x", "not a url",
                "https://example.com/x#frag")) {
            assertThatThrownBy(() -> TargetGuard.parse(url)).as(url).isInstanceOf(dev.steward.api.platform.ApiException.class);
        }
        assertThat(TargetGuard.parse("https://example.com/hook?x=1").getHost()).isEqualTo("example.com");
    }
}
