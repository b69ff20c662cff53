package dev.matchfolio.gateway.requestline;

import reactor.netty.NettyPipeline;
import reactor.netty.http.server.HttpServer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/** Puts {@link DecodingFailureProblems} right after the HTTP codec of every connection the gateway accepts. */
@Component
class DecodingFailureCustomizer implements NettyServerCustomizer {

	static final String HANDLER_NAME = "matchfolio.decodingFailureProblems";

	private final RequestLineLimits limits;

	// the same properties (and defaults) Boot hands to Reactor Netty's request decoder
	DecodingFailureCustomizer(@Value("${server.netty.max-initial-line-length:4KB}") DataSize maxRequestLine,
			@Value("${server.max-http-request-header-size:8KB}") DataSize maxHeaders) {
		this.limits = new RequestLineLimits(maxRequestLine.toBytes(), maxHeaders.toBytes());
	}

	@Override
	public HttpServer apply(HttpServer server) {
		return server.doOnChannelInit((observer, channel, remoteAddress) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null) {
				channel.pipeline()
					.addAfter(NettyPipeline.HttpCodec, HANDLER_NAME, new DecodingFailureProblems(this.limits));
			}
		});
	}

}
