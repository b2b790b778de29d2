package dev.steward.api.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import reactor.blockhound.BlockHound;

/**
 * Arms BlockHound once, before any test class runs (installed later it can miss calls whose
 * native methods were already linked). Any blocking call on a Reactor or Netty event-loop thread
 * then fails the test that caused it.
 */
public class BlockHoundInstaller implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        BlockHound.builder()
                // Logback may take a lock while appending; that is not I/O on the loop in practice.
                .allowBlockingCallsInside("ch.qos.logback.classic.Logger", "callAppenders")
                .install();
    }
}
