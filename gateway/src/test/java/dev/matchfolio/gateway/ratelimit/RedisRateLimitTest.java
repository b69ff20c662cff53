package dev.matchfolio.gateway.ratelimit;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.github.fppt.jedismock.RedisServer;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code store=redis}: the same behaviour with the buckets in Redis (an in-process Redis speaking the protocol). */
class RedisRateLimitTest extends RateLimitContract {

	static final RedisServer REDIS = startRedis();

	@DynamicPropertySource
	static void redisStore(DynamicPropertyRegistry registry) {
		registry.add("matchfolio.gateway.rate-limit.store", () -> "redis");
		registry.add("matchfolio.gateway.rate-limit.redis-uri", RedisRateLimitTest::redisUri);
		// the store fails open when Redis is slower than this; a busy test machine must not turn 429s into 200s
		registry.add("matchfolio.gateway.rate-limit.redis-timeout", () -> "10s");
	}

	@Test
	void bucketsLiveInRedisAndExpire() {
		this.client.put()
			.uri("/api/profiles/p-redis")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("redis-writer", "CANDIDATE")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{}")
			.exchange()
			.expectStatus()
			.isOk();

		RedisClient redis = RedisClient.create(redisUri());
		try (StatefulRedisConnection<String, String> connection = redis.connect()) {
			String key = "matchfolio:rate-limit:WRITES:user:redis-writer";
			assertThat(connection.sync().exists(key)).isEqualTo(1);
			assertThat(connection.sync().pttl(key)).isPositive();
		}
		finally {
			redis.shutdown();
		}
	}

	static String redisUri() {
		return "redis://" + REDIS.getHost() + ":" + REDIS.getBindPort();
	}

	static RedisServer startRedis() {
		try {
			return RedisServer.newRedisServer().start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
