package dev.steward.api.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The files contract on the disk store (a fresh directory). */
class DiskFilesContractTest extends FilesContractTests {

    @DynamicPropertySource
    static void disk(DynamicPropertyRegistry registry) throws IOException {
        Path dir = Files.createTempDirectory("steward-files-test");
        registry.add("steward.files.store", () -> "disk");
        registry.add("steward.files.dir", dir::toString);
        // The sweep is called by the test; anything not named by a row is an orphan at once.
        registry.add("steward.files.orphan-age", () -> "0s");
    }
}
