package dev.steward.api.files;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code steward.files.*}: where files are stored and how large they may be. {@code store} is {@code disk} or
 * {@code s3}; blank means s3 when a bucket is configured, else disk.
 */
@ConfigurationProperties("steward.files")
record FilesProperties(String store, String dir, DataSize maxFileSize, DataSize maxRequestSize, int maxFiles,
        int maxPerOwner, int thumbnailSize, Duration orphanAge, S3 s3) {

    record S3(String endpoint, String bucket, String region, String accessKey, String secretKey, boolean pathStyle) {}

    boolean useS3() {
        if (store != null && !store.isBlank()) {
            return store.trim().equalsIgnoreCase("s3");
        }
        return s3 != null && s3.bucket() != null && !s3.bucket().isBlank();
    }
}
