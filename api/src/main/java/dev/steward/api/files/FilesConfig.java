package dev.steward.api.files;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.MultipartHttpMessageReader;

/** Chooses the store ({@code steward.files.store}) and sets the multipart reader's limits. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(FilesProperties.class)
class FilesConfig {

    private static final Logger log = LoggerFactory.getLogger(FilesConfig.class);

    @Bean(destroyMethod = "")
    FileStore fileStore(FilesProperties props) {
        FileStore store = props.useS3() ? new S3FileStore(props.s3()) : new DiskFileStore(Path.of(props.dir()));
        log.info("Files are stored in the {}", store.describe());
        return store;
    }

    /** Closes the S3 client's connections at shutdown. */
    @Bean
    AutoCloseable fileStoreCloser(FileStore store) {
        return () -> {
            if (store instanceof AutoCloseable c) {
                c.close();
            }
        };
    }

    /**
     * Parts up to 256 KB are kept in memory, larger ones streamed to temporary files (removed when the request ends);
     * a part may not exceed the request limit and a request has at most a few more parts than files allowed.
     */
    @Bean
    CodecCustomizer multipartLimits(FilesProperties props) {
        return configurer -> {
            DefaultPartHttpMessageReader parts = new DefaultPartHttpMessageReader();
            parts.setMaxInMemorySize(256 * 1024);
            parts.setMaxDiskUsagePerPart(props.maxRequestSize().toBytes());
            parts.setMaxParts(props.maxFiles() + 5);
            configurer.defaultCodecs().multipartReader(new MultipartHttpMessageReader(parts));
        };
    }
}
