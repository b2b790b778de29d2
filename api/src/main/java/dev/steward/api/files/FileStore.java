package dev.steward.api.files;

import java.nio.file.Path;
import java.time.Instant;
import org.springframework.core.io.buffer.DataBuffer;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Where the bytes live: a directory ({@link DiskFileStore}) or S3-compatible storage ({@link S3FileStore}).
 * Keys are random and never reused; an object is written once, whole or not at all, and never changed.
 */
interface FileStore {

    /** An object as listed, for the orphan sweep. */
    record Entry(String key, Instant modified) {}

    /** Stores the file under a new key; fails if the key exists. */
    Mono<Void> put(String key, Path source, long size, String contentType);

    /** The bytes from {@code offset}, {@code length} of them (all the rest if negative), streamed. */
    Flux<DataBuffer> read(String key, long offset, long length);

    /** Removes the object (nothing if it is not there). */
    Mono<Void> delete(String key);

    /** Every stored object. */
    Flux<Entry> list();

    /** A short name for logs and health. */
    String describe();
}
