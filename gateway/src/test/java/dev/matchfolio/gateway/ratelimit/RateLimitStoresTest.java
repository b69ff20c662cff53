package dev.matchfolio.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import com.github.fppt.jedismock.RedisServer;
import io.github.bucket4j.ConsumptionProbe;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import dev.matchfolio.gateway.problem.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stores and the filter on their own: Redis state is shared, a failing store does not block requests, and the
 * client address comes from X-Forwarded-For only behind trusted proxies.
 */
class RateLimitStoresTest {

	/** Generous: a busy machine must not make the store time out and fail open. */
	private static final Duration STORE_TIMEOUT = Duration.ofSeconds(10);

	private static final RateLimitProperties.Limit THREE_AN_HOUR = new RateLimitProperties.Limit(3, 1,
			Duration.ofHours(1));

	@Test
	void twoGatewaysOnOneRedisShareTheBuckets() throws Exception {
		RedisServer redis = RedisServer.newRedisServer().start();
		try (RedisBucketStore first = new RedisBucketStore(properties("redis://127.0.0.1:" + redis.getBindPort()));
				RedisBucketStore second = new RedisBucketStore(
						properties("redis://127.0.0.1:" + redis.getBindPort()))) {
			assertThat(consume(first, "WRITES:user:shared").isConsumed()).isTrue();
			assertThat(consume(second, "WRITES:user:shared").isConsumed()).isTrue();
			assertThat(consume(first, "WRITES:user:shared").getRemainingTokens()).isZero();

			ConsumptionProbe refused = consume(second, "WRITES:user:shared");

			assertThat(refused.isConsumed()).isFalse();
			assertThat(refused.getNanosToWaitForRefill()).isPositive();
			assertThat(consume(second, "WRITES:user:other").isConsumed()).isTrue();
		}
		finally {
			redis.stop();
		}
	}

	@Test
	void requestGoesThroughWhenTheStoreCannotAnswer() {
		BucketStore broken = (key, limit) -> Mono.error(new IllegalStateException("Redis is away"));
		RateLimitFilter filter = new RateLimitFilter(properties("redis://unused:6379"), broken,
				new Problems(ServerCodecConfigurer.create()));
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.put("/api/profiles/p-1"));
		AtomicBoolean forwarded = new AtomicBoolean();

		filter.filter(exchange, next -> Mono.fromRunnable(() -> forwarded.set(true))).block(Duration.ofSeconds(5));

		assertThat(forwarded).isTrue();
		assertThat(exchange.getResponse().getStatusCode()).isNull();
	}

	@Test
	void behindATrustedProxyEachForwardedClientHasItsOwnAddressBucket() {
		RateLimitProperties behindProxy = properties("redis://unused:6379", 1);
		RateLimitFilter filter = new RateLimitFilter(behindProxy, new InMemoryBucketStore(behindProxy),
				new Problems(ServerCodecConfigurer.create()));

		for (int i = 0; i < THREE_AN_HOUR.burst(); i++) {
			assertThat(tokenRequestVia(filter, "203.0.113.5")).isNull();
		}

		assertThat(tokenRequestVia(filter, "203.0.113.5")).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(tokenRequestVia(filter, "198.51.100.7")).as("another client behind the same proxy").isNull();
	}

	/** The status the filter set, or null when it let the request through. */
	private static HttpStatusCode tokenRequestVia(RateLimitFilter filter, String client) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.post("/api/auth/token")
			.remoteAddress(new InetSocketAddress("10.0.0.2", 40000))
			// whatever the client wrote first, the proxy appends the address it saw
			.header("X-Forwarded-For", "192.0.2.99, " + client));
		filter.filter(exchange, next -> Mono.empty()).block(Duration.ofSeconds(5));
		return exchange.getResponse().getStatusCode();
	}

	private static ConsumptionProbe consume(BucketStore store, String key) {
		return store.tryConsume(key, THREE_AN_HOUR).block(STORE_TIMEOUT.plusSeconds(5));
	}

	private static RateLimitProperties properties(String redisUri) {
		return properties(redisUri, 0);
	}

	private static RateLimitProperties properties(String redisUri, int trustedProxyHops) {
		RateLimitProperties.Policy policy = new RateLimitProperties.Policy(THREE_AN_HOUR, THREE_AN_HOUR);
		return new RateLimitProperties(true, RateLimitProperties.Store.REDIS, redisUri, STORE_TIMEOUT,
				trustedProxyHops,
				1000, Duration.ofMinutes(10), policy, policy, policy);
	}

}
