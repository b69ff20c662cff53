package dev.matchfolio.gateway.routing;

import java.util.concurrent.atomic.AtomicLong;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses bodies above {@code matchfolio.gateway.max-request-size} (multipart uploads) or
 * {@code matchfolio.gateway.max-non-multipart-request-size} (everything else, JSON above all) with 413. The retry and circuit-breaker fallback
 * filters buffer the whole request body (so it can be replayed), which without a limit would let one client exhaust
 * the gateway's memory. A declared Content-Length is checked up front; a chunked body is counted as it arrives.
 */
@Component
// just after Spring Security's WebFilterChainProxy (-100): a body without a valid token is never read, and the
// security headers are in place for the 413
@Order(-99)
class RequestSizeLimitFilter implements WebFilter {

	private final long maxMultipartBytes;

	private final long maxOtherBytes;

	RequestSizeLimitFilter(EdgeProperties properties) {
		this.maxMultipartBytes = properties.maxRequestSize().toBytes();
		this.maxOtherBytes = Math.min(this.maxMultipartBytes, properties.maxNonMultipartRequestSize().toBytes());
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		MediaType contentType = headers.getContentType();
		boolean multipart = contentType != null && "multipart".equalsIgnoreCase(contentType.getType());
		long maxBytes = multipart ? this.maxMultipartBytes : this.maxOtherBytes;
		long declared = headers.getContentLength();
		if (declared > maxBytes) {
			return Mono.error(tooLarge());
		}
		if (declared >= 0) {
			return chain.filter(exchange);
		}
		ServerHttpRequestDecorator counted = new ServerHttpRequestDecorator(exchange.getRequest()) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > maxBytes) {
						DataBufferUtils.release(buffer);
						sink.error(tooLarge());
					}
					else {
						sink.next(buffer);
					}
				});
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}

	private static ResponseStatusException tooLarge() {
		return new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE);
	}

}
