package dev.steward.api.files;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.async.AsyncRequestBody;
import software.amazon.awssdk.core.async.AsyncResponseTransformer;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;

/**
 * Files in S3-compatible object storage (MinIO, Alibaba OSS, Tencent COS, AWS S3) through the AWS SDK's async
 * client on Netty: uploads read the spooled file asynchronously, downloads stream the object's bytes as they
 * arrive. Calls are started off the event loop (the SDK may read its settings on first use). Checksums are sent
 * only when an operation requires them: several S3-compatible servers refuse the SDK's newer default trailers.
 */
final class S3FileStore implements FileStore, AutoCloseable {

    private final S3AsyncClient client;
    private final String bucket;

    S3FileStore(FilesProperties.S3 cfg) {
        S3AsyncClientBuilder b = S3AsyncClient.builder()
                .httpClientBuilder(NettyNioAsyncHttpClient.builder().maxConcurrency(64))
                .region(Region.of(cfg.region() == null || cfg.region().isBlank() ? "us-east-1" : cfg.region()))
                .forcePathStyle(cfg.pathStyle())
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(cfg.accessKey() == null || cfg.accessKey().isBlank() ? DefaultCredentialsProvider.builder().build()
                        : StaticCredentialsProvider.create(AwsBasicCredentials.create(cfg.accessKey(), cfg.secretKey())));
        if (cfg.endpoint() != null && !cfg.endpoint().isBlank()) {
            b.endpointOverride(URI.create(cfg.endpoint()));
        }
        this.client = b.build();
        this.bucket = cfg.bucket();
    }

    @Override
    public Mono<Void> put(String key, Path source, long size, String contentType) {
        return Mono.fromFuture(() -> client.putObject(r -> r.bucket(bucket).key(key).contentLength(size).contentType(contentType),
                        AsyncRequestBody.fromFile(source)))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    @Override
    public Flux<DataBuffer> read(String key, long offset, long length) {
        String range = length < 0 ? (offset == 0 ? null : "bytes=" + offset + "-") : "bytes=" + offset + "-" + (offset + length - 1);
        return Mono.fromFuture(() -> client.getObject(r -> r.bucket(bucket).key(key).range(range), AsyncResponseTransformer.toPublisher()))
                .subscribeOn(Schedulers.boundedElastic())
                .flatMapMany(Flux::from)
                .map(DefaultDataBufferFactory.sharedInstance::wrap);
    }

    @Override
    public Mono<Void> delete(String key) {
        return Mono.fromFuture(() -> client.deleteObject(r -> r.bucket(bucket).key(key)))
                .subscribeOn(Schedulers.boundedElastic())
                .then();
    }

    @Override
    public Flux<Entry> list() {
        return Flux.defer(() -> Flux.from(client.listObjectsV2Paginator(r -> r.bucket(bucket)).contents()))
                .subscribeOn(Schedulers.boundedElastic())
                .map(o -> new Entry(o.key(), o.lastModified()));
    }

    @Override
    public String describe() {
        return "S3 bucket " + bucket;
    }

    @Override
    public void close() {
        client.close();
    }
}
