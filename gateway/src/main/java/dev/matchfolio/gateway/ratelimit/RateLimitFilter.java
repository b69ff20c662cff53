package dev.matchfolio.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.ConsumptionProbe;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import dev.matchfolio.gateway.problem.Problems;

import org.springframework.cloud.gateway.support.ipresolver.RemoteAddressResolver;
import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Limits writes, ranking queries and token requests per user and per client IP; over the limit the answer is a 429
 * problem with {@code Retry-After}. Runs after Spring Security (order -100), so the user is the verified token's
 * subject, never something a client could write in a header; a request without a valid token never gets here
 * (except to the public token endpoint, which is limited per IP only).
 */
@Component
@Order(RateLimitFilter.ORDER)
class RateLimitFilter implements WebFilter {

	/** After Spring Security's WebFilterChainProxy (-100) and the request size limit (-99). */
	static final int ORDER = -98;

	static final String LIMIT_HEADER = "X-RateLimit-Limit";

	static final String REMAINING_HEADER = "X-RateLimit-Remaining";

	private static final Logger LOG = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final String UNKNOWN_ADDRESS = "unknown";

	private final RateLimitProperties properties;

	private final BucketStore buckets;

	private final Problems problems;

	private final RemoteAddressResolver addresses;

	RateLimitFilter(RateLimitProperties properties, BucketStore buckets, Problems problems) {
		this.properties = properties;
		this.buckets = buckets;
		this.problems = problems;
		this.addresses = properties.trustedProxyHops() > 0
				? XForwardedRemoteAddressResolver.maxTrustedIndex(properties.trustedProxyHops())
				: new RemoteAddressResolver() {
				};
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		RateLimitCategory category = this.properties.enabled() ? RateLimitCategory.of(exchange.getRequest()) : null;
		if (category == null) {
			return chain.filter(exchange);
		}
		RateLimitProperties.Policy policy = category.policy(this.properties);
		return exchange.getPrincipal()
			.map(principal -> Optional.of(principal.getName()))
			.defaultIfEmpty(Optional.empty())
			.flatMap(user -> check(exchange, category, policy, user))
			.onErrorResume(ex -> {
				// a store that cannot answer (Redis away or slow) must not take the API down with it
				LOG.warn("Rate limit not checked for {} {}: {}", exchange.getRequest().getMethod(),
						exchange.getRequest().getPath(), ex.toString());
				return Mono.empty();
			})
			.flatMap(verdict -> answer(exchange, category, verdict))
			.defaultIfEmpty(Boolean.TRUE)
			.flatMap(proceed -> proceed ? chain.filter(exchange) : Mono.empty());
	}

	/** True when the request may go on; false once a 429 is written. Either way the rate-limit headers are set. */
	private Mono<Boolean> answer(ServerWebExchange exchange, RateLimitCategory category, Verdict verdict) {
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set(LIMIT_HEADER, Long.toString(verdict.limit()));
		headers.set(REMAINING_HEADER, Long.toString(verdict.probe().getRemainingTokens()));
		if (verdict.probe().isConsumed()) {
			return Mono.just(Boolean.TRUE);
		}
		long retryAfter = Math.max(1, TimeUnit.NANOSECONDS
			.toSeconds(verdict.probe().getNanosToWaitForRefill() + TimeUnit.SECONDS.toNanos(1) - 1));
		headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
		ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				"Too many " + category.description() + "; retry after " + retryAfter + " s");
		return this.problems.write(exchange, problem).thenReturn(Boolean.FALSE);
	}

	/**
	 * The user's bucket first, so a user over their own limit does not use up their address's share. The headers
	 * report the user's bucket when the request passes both. Empty when no limit applies.
	 */
	private Mono<Verdict> check(ServerWebExchange exchange, RateLimitCategory category,
			RateLimitProperties.Policy policy, Optional<String> user) {
		Mono<Verdict> byUser = (policy.perUser() != null && user.isPresent())
				? this.buckets.tryConsume(category + ":user:" + user.get(), policy.perUser())
					.map(probe -> new Verdict(policy.perUser().burst(), probe))
				: Mono.empty();
		Mono<Verdict> byAddress = (policy.perIp() != null)
				? Mono.defer(() -> this.buckets.tryConsume(category + ":ip:" + address(exchange), policy.perIp()))
					.map(probe -> new Verdict(policy.perIp().burst(), probe))
				: Mono.empty();
		return byUser.flatMap(userVerdict -> userVerdict.probe().isConsumed()
				? byAddress.filter(addressVerdict -> !addressVerdict.probe().isConsumed()).defaultIfEmpty(userVerdict)
				: Mono.just(userVerdict))
			.switchIfEmpty(byAddress);
	}

	private String address(ServerWebExchange exchange) {
		InetSocketAddress remote = this.addresses.resolve(exchange);
		if (remote == null || remote.getAddress() == null) {
			return UNKNOWN_ADDRESS;
		}
		return remote.getAddress().getHostAddress();
	}

	private record Verdict(long limit, ConsumptionProbe probe) {
	}

}
