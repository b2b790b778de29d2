package dev.steward.api.platform;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpObject;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import reactor.netty.NettyPipeline;

/**
 * Requests that Netty's HTTP codec cannot decode never reach Spring: a request line longer than the limit (414),
 * headers larger than the limit (431, e.g. an 8 KB bearer token) or a malformed request (400). Reactor Netty
 * answers those itself with an empty body; this handler, placed right after the codec, answers them with
 * problem+json instead and closes the connection (the rest of such a request cannot be read).
 */
@Component
class HttpCodecProblems implements NettyServerCustomizer {

    private static final Logger log = LoggerFactory.getLogger(HttpCodecProblems.class);

    private final ProblemWriter problems;

    HttpCodecProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public reactor.netty.http.server.HttpServer apply(reactor.netty.http.server.HttpServer server) {
        return server.doOnChannelInit((observer, channel, address) -> {
            if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
                channel.pipeline().addAfter(NettyPipeline.HttpCodec, "steward.codecProblems", new Handler());
            }
        });
    }

    static ApiException problemFor(Throwable cause) {
        if (cause instanceof TooLongHttpLineException) {
            return new ApiException(HttpStatus.URI_TOO_LONG, "URI_TOO_LONG", "URI too long",
                    "The request line is longer than the server accepts; send long input in a body.");
        }
        if (cause instanceof TooLongHttpHeaderException) {
            return new ApiException(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "HEADERS_TOO_LARGE",
                    "Request header fields too large", "The request headers are larger than the server accepts.");
        }
        return new ApiException(HttpStatus.BAD_REQUEST, "MALFORMED_REQUEST", "Malformed request",
                "The request is not valid HTTP.");
    }

    private final class Handler extends ChannelInboundHandlerAdapter {

        private boolean failed;

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            if (failed) {
                ReferenceCountUtil.release(msg);
                return;
            }
            DecoderResult result = msg instanceof HttpObject http ? http.decoderResult() : DecoderResult.SUCCESS;
            if (!result.isFailure()) {
                ctx.fireChannelRead(msg);
                return;
            }
            failed = true;
            ReferenceCountUtil.release(msg);
            ApiException problem = problemFor(result.cause());
            log.debug("Undecodable request from {}: {}", ctx.channel().remoteAddress(), result.cause().toString());
            byte[] body = problems.render(problem, null);
            FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                    HttpResponseStatus.valueOf(problem.status().value()), Unpooled.wrappedBuffer(body));
            response.headers()
                    .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
                    .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                    .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                    .set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE);
            ctx.writeAndFlush(response).addListener(ChannelFutureListener.CLOSE);
        }
    }
}
