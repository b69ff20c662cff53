package dev.matchfolio.gateway.auth;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;

/**
 * A Content-Security-Policy for every answer: API answers are data, never rendered, so they allow nothing at all; the
 * Swagger UI pages get the least their own scripts, inline styles and icons need. A policy an upstream set is kept.
 */
class ContentSecurityPolicyWriter implements ServerHttpHeadersWriter {

	static final String HEADER = "Content-Security-Policy";

	static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

	static final String DOCS_UI_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	private static final String[] DOCS_UI_PREFIXES = { "/swagger-ui", "/webjars/" };

	@Override
	public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		if (!headers.containsHeader(HEADER)) {
			headers.set(HEADER, isDocsUi(exchange) ? DOCS_UI_POLICY : API_POLICY);
		}
		return Mono.empty();
	}

	private static boolean isDocsUi(ServerWebExchange exchange) {
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		for (String prefix : DOCS_UI_PREFIXES) {
			if (path.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

}
