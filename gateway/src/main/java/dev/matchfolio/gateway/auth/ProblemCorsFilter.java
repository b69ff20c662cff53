package dev.matchfolio.gateway.auth;

import reactor.core.publisher.Mono;

import dev.matchfolio.gateway.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Spring's CORS check (what {@code CorsWebFilter} does), except that a refused request gets a 403 problem document
 * rather than an empty body, like every other error a client can cause. Sits where Spring Security puts its own CORS
 * filter, after the security headers are registered.
 */
class ProblemCorsFilter implements WebFilter {

	private final UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();

	private final CorsProcessor processor = new DefaultCorsProcessor();

	private final Problems problems;

	/** Only {@code /api/**} is for the web front end. */
	ProblemCorsFilter(CorsProperties cors, Problems problems) {
		this.problems = problems;
		CorsConfiguration configuration = new CorsConfiguration();
		configuration.setAllowedOrigins(cors.allowedOrigins().stream().filter(origin -> !origin.isBlank()).toList());
		configuration.setAllowedMethods(cors.allowedMethods());
		configuration.setAllowedHeaders(cors.allowedHeaders());
		configuration.setExposedHeaders(cors.exposedHeaders());
		configuration.setMaxAge(cors.maxAge());
		// bearer tokens travel in a header, never in cookies
		configuration.setAllowCredentials(false);
		this.source.registerCorsConfiguration("/api/**", configuration);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		CorsConfiguration configuration = this.source.getCorsConfiguration(exchange);
		if (!this.processor.process(configuration, exchange)) {
			return this.problems.write(exchange, Problems.of(HttpStatus.FORBIDDEN, "Forbidden",
					"Cross-origin requests from this origin, or with this method or these headers, are not allowed"));
		}
		if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
			return exchange.getResponse().setComplete();
		}
		return chain.filter(exchange);
	}

}
