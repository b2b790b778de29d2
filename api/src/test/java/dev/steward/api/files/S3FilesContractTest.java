package dev.steward.api.files;

import java.net.URI;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The files contract on the S3 store, against a real S3 server in this JVM: S3Proxy (Jetty) over jclouds' in-memory
 * blob store, with AWS v4 signatures checked. The store talks to it through the AWS SDK's async client like to MinIO.
 */
class S3FilesContractTest extends FilesContractTests {

    static final String BUCKET = "steward-files";
    static final S3Proxy PROXY = start();

    private static S3Proxy start() {
        try {
            BlobStoreContext ctx = ContextBuilder.newBuilder("transient").credentials("steward", "steward-secret").build(BlobStoreContext.class);
            ctx.getBlobStore().createContainerInLocation(null, BUCKET);
            S3Proxy proxy = S3Proxy.builder().blobStore(ctx.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "steward-access", "steward-secret").build();
            proxy.start();
            for (int i = 0; i < 100 && !"STARTED".equals(proxy.getState()); i++) {
                Thread.onSpinWait();
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            }
            return proxy;
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }

    @DynamicPropertySource
    static void s3(DynamicPropertyRegistry registry) {
        registry.add("steward.files.store", () -> "s3");
        registry.add("steward.files.s3.endpoint", () -> "http://127.0.0.1:" + PROXY.getPort());
        registry.add("steward.files.s3.bucket", () -> BUCKET);
        registry.add("steward.files.s3.region", () -> "us-east-1");
        registry.add("steward.files.s3.access-key", () -> "steward-access");
        registry.add("steward.files.s3.secret-key", () -> "steward-secret");
        registry.add("steward.files.s3.path-style", () -> "true");
        registry.add("steward.files.orphan-age", () -> "0s");
    }
}
