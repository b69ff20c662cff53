package dev.matchfolio.gateway.requestline;

import java.net.URI;

import reactor.core.publisher.Mono;
import reactor.netty.http.server.HttpServerRequest;

import dev.matchfolio.gateway.problem.Problems;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses a request whose target no service could decode (see {@link RequestTargets}) with a 400 problem, before it
 * is routed. The gateway is the only way in, so this is the one place that has to be strict.
 */
@Component
// after Spring Security's WebFilterChainProxy (-100), so the answer carries the security headers like every other
@Order(-98)
class RequestTargetFilter implements WebFilter {

	private final Problems problems;

	RequestTargetFilter(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String defect = defect(exchange.getRequest());
		if (defect == null) {
			return chain.filter(exchange);
		}
		return this.problems.write(exchange, Problems.of(HttpStatus.BAD_REQUEST, "Bad Request", "The request "
				+ defect + "; encode the path and query as UTF-8 and percent-encode reserved characters"));
	}

	private static String defect(ServerHttpRequest request) {
		Object nativeRequest = ServerHttpRequestDecorator.getNativeRequest(request);
		String target = (nativeRequest instanceof HttpServerRequest netty) ? netty.uri() : null;
		if (target != null && target.startsWith("/")) {
			// exactly what the client sent, before any parsing into a URI could repair or reject it
			int question = target.indexOf('?');
			return (question < 0) ? RequestTargets.defect(target, null)
					: RequestTargets.defect(target.substring(0, question), target.substring(question + 1));
		}
		URI uri = request.getURI();
		return RequestTargets.defect(uri.getRawPath(), uri.getRawQuery());
	}

}
