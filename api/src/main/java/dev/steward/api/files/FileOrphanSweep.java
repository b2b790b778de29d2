package dev.steward.api.files;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Removes stored objects that no row names and that are older than {@code steward.files.orphan-age} (an upload
 * whose process died between storing the bytes and committing the row, a failed removal, a partial file). The
 * age keeps it away from uploads in flight; removing an orphan twice is harmless, so every instance may run it.
 */
@Component
class FileOrphanSweep {

    private static final Logger log = LoggerFactory.getLogger(FileOrphanSweep.class);

    private final FileStore store;
    private final FileRepository repo;
    private final FilesProperties props;
    private final Clock clock;

    FileOrphanSweep(FileStore store, FileRepository repo, FilesProperties props, Clock clock) {
        this.store = store;
        this.repo = repo;
        this.props = props;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${steward.files.orphan-scan}", initialDelayString = "${steward.files.orphan-scan}")
    Mono<Long> scheduled() {
        return sweep().onErrorResume(e -> {
            log.warn("Orphan sweep failed; will retry: {}", e.toString());
            return Mono.just(0L);
        });
    }

    /** The number of objects removed. */
    Mono<Long> sweep() {
        Instant before = clock.instant().minus(props.orphanAge());
        return store.list()
                .filter(e -> e.modified().isBefore(before))
                .map(FileStore.Entry::key)
                .buffer(500)
                .concatMap(repo::unreferenced)
                .concatMap(key -> store.delete(key).thenReturn(key))
                .count()
                .doOnNext(n -> {
                    if (n > 0) {
                        log.info("Removed {} orphaned file objects", n);
                    }
                });
    }
}
