package dev.matchfolio.gateway.auth;

import java.time.Duration;

import dev.matchfolio.gateway.problem.Problems;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.XFrameOptionsServerHttpHeadersWriter.Mode;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;

/**
 * The gateway checks only that a bearer token is genuine (signature, expiry, issuer, audience); which role may do
 * what to whose data is decided by the services, which verify the same token again. Stateless: no session, no
 * saved request, no CSRF (no cookies are used for authentication). It also answers CORS preflights for the web
 * origin and adds the security headers to every response, proxied or not.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

	private static final String[] PUBLIC_PATHS = { "/api/auth/**", "/actuator/health/**", "/actuator/info",
			"/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/**" };

	/** A year, the usual HSTS lifetime; browsers honour it only over HTTPS, and it is only sent there. */
	private static final Duration HSTS_MAX_AGE = Duration.ofDays(365);

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, Problems problems, CorsProperties cors) {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems);
		http.cors(ServerHttpSecurity.CorsSpec::disable);
		if (cors.enabled()) {
			http.addFilterAt(new ProblemCorsFilter(cors, problems), SecurityWebFiltersOrder.CORS);
		}
		// Spring Security's defaults add nosniff and Cache-Control: no-store (kept where a service sets its own)
		return http
			.headers(headers -> headers.frameOptions(frame -> frame.mode(Mode.DENY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
				.hsts(hsts -> hsts.maxAge(HSTS_MAX_AGE).includeSubdomains(true))
				.writer(new ContentSecurityPolicyWriter()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.authorizeExchange(exchanges -> exchanges.pathMatchers(PUBLIC_PATHS)
				.permitAll()
				// everything else, /api/** above all, needs a valid token; forwards to /fallback/** happen inside
				// the gateway after this check and are not matched again
				.anyExchange()
				.authenticated())
			.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesConverter()))
				.authenticationEntryPoint(handlers)
				.accessDeniedHandler(handlers))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(handlers).accessDeniedHandler(handlers))
			.build();
	}

	/** {@code roles: ["CANDIDATE"]} becomes the authority {@code ROLE_CANDIDATE}. */
	static ReactiveJwtAuthenticationConverterAdapter rolesConverter() {
		JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
		authorities.setAuthoritiesClaimName(TokenIssuer.ROLES_CLAIM);
		authorities.setAuthorityPrefix("ROLE_");
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(authorities);
		return new ReactiveJwtAuthenticationConverterAdapter(converter);
	}

}
