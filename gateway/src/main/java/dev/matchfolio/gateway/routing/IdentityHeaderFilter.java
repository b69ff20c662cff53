package dev.matchfolio.gateway.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Removes identity-like headers a client could forge ({@code X-User-Id}, {@code X-Authenticated-User}, ...) from every
 * routed request. The services trust only the bearer token, but a header that never arrives cannot be trusted by
 * mistake. The Authorization header itself is passed through untouched.
 */
@Component
class IdentityHeaderFilter implements GlobalFilter, Ordered {

	private final List<String> exactNames = new ArrayList<>();

	private final List<String> prefixes = new ArrayList<>();

	IdentityHeaderFilter(EdgeProperties properties) {
		for (String name : properties.strippedRequestHeaders()) {
			String lower = name.trim().toLowerCase(Locale.ROOT);
			if (lower.endsWith("*")) {
				this.prefixes.add(lower.substring(0, lower.length() - 1));
			}
			else if (!lower.isEmpty()) {
				this.exactNames.add(lower);
			}
		}
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		HttpHeaders headers = exchange.getRequest().getHeaders();
		List<String> forged = headers.headerNames().stream().filter(this::isIdentityHeader).toList();
		if (forged.isEmpty()) {
			return chain.filter(exchange);
		}
		return chain.filter(exchange.mutate()
			.request(request -> request.headers(mutable -> forged.forEach(mutable::remove)))
			.build());
	}

	private boolean isIdentityHeader(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return this.exactNames.contains(lower) || this.prefixes.stream().anyMatch(lower::startsWith);
	}

	@Override
	public int getOrder() {
		// early, so no other filter sees the forged values
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
