package dev.matchfolio.gateway.requestid;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Gives every request an {@code X-Request-Id}: the caller's when it is sane, a new UUID otherwise. It is forwarded
 * downstream and set on every response. Runs first, before security, so 401 answers carry it too; the response
 * header is set just before commit so it also wins over whatever an upstream echoed and survives error handlers.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String incoming = exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER);
		String requestId = RequestIds.keepOrCreate(incoming);
		exchange.getAttributes().put(RequestIds.ATTRIBUTE, requestId);
		exchange.getResponse().beforeCommit(() -> {
			exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
			return Mono.empty();
		});
		if (requestId.equals(incoming)) {
			return chain.filter(exchange);
		}
		ServerHttpRequest request = exchange.getRequest()
			.mutate()
			.headers(headers -> headers.set(RequestIds.HEADER, requestId))
			.build();
		return chain.filter(exchange.mutate().request(request).build());
	}

}
