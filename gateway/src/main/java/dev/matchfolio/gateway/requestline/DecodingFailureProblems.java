package dev.matchfolio.gateway.requestline;

import java.nio.charset.StandardCharsets;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.DecoderResultProvider;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;

import org.springframework.http.MediaType;

/**
 * Gives a problem body to the answer Reactor Netty sends, with an empty body, when the HTTP decoder refuses a request
 * before any application code runs: a request line longer than the limit (414), a header block larger than the limit
 * (431) or a request that is not HTTP at all (400). It sits just after the HTTP codec: it notes a decoding failure on
 * the way in and rewrites the bare answer on the way out; every other message passes untouched. One per connection.
 */
final class DecodingFailureProblems extends ChannelDuplexHandler {

	private final RequestLineLimits limits;

	private boolean failed;

	DecodingFailureProblems(RequestLineLimits limits) {
		this.limits = limits;
	}

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (msg instanceof DecoderResultProvider provider && provider.decoderResult().isFailure()) {
			this.failed = true;
		}
		ctx.fireChannelRead(msg);
	}

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
		if (this.failed && msg instanceof FullHttpResponse bare && bare.status().code() >= 400
				&& !bare.content().isReadable()) {
			this.failed = false;
			FullHttpResponse problem = withProblem(bare);
			bare.release();
			ctx.write(problem, promise);
			return;
		}
		ctx.write(msg, promise);
	}

	private FullHttpResponse withProblem(FullHttpResponse bare) {
		HttpResponseStatus status = bare.status();
		byte[] body = json(status.code(), status.reasonPhrase(), detail(status)).getBytes(StandardCharsets.UTF_8);
		FullHttpResponse problem = new DefaultFullHttpResponse(bare.protocolVersion(), status,
				Unpooled.wrappedBuffer(body));
		// keeps Connection: close: after a request that could not be read the stream cannot be trusted
		problem.headers().set(bare.headers());
		problem.headers().set(HttpHeaderNames.CONTENT_TYPE, MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		problem.headers().setInt(HttpHeaderNames.CONTENT_LENGTH, body.length);
		problem.headers().set("X-Content-Type-Options", "nosniff");
		problem.headers().set(HttpHeaderNames.CACHE_CONTROL, "no-store");
		return problem;
	}

	private String detail(HttpResponseStatus status) {
		if (HttpResponseStatus.REQUEST_URI_TOO_LONG.equals(status)) {
			return "The request line is longer than " + this.limits.maxRequestLineBytes()
					+ " bytes; send long filters in a request body or shorten them";
		}
		if (HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE.equals(status)) {
			return "The request headers are larger than " + this.limits.maxHeaderBytes() + " bytes in total";
		}
		return "The request is not well-formed HTTP/1.1";
	}

	/** Only fixed texts of ours and numbers go in, never client input, so nothing needs escaping. */
	private static String json(int status, String title, String detail) {
		return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
				+ "\"}";
	}

}
