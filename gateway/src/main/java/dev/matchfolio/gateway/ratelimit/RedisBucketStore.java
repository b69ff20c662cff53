package dev.matchfolio.gateway.ratelimit;

import java.util.concurrent.CompletableFuture;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import reactor.core.publisher.Mono;

/**
 * The same token buckets in Redis (Bucket4j's compare-and-swap Lua scripts over Lettuce), so several gateways share
 * one limit per user and per address. Asynchronous throughout: a request never blocks an event-loop thread on Redis.
 * Each key expires once its bucket would be full again (plus {@code idle-expiry}), so Redis holds only active keys.
 */
class RedisBucketStore implements BucketStore, AutoCloseable {

	private static final String KEY_PREFIX = "matchfolio:rate-limit:";

	private final RedisClient client;

	private final StatefulRedisConnection<String, byte[]> connection;

	private final AsyncProxyManager<String> buckets;

	RedisBucketStore(RateLimitProperties properties) {
		this.client = RedisClient.create(properties.redisUri());
		this.connection = this.client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
		this.buckets = Bucket4jLettuce.casBasedBuilder(this.connection)
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(properties.idleExpiry()))
			.requestTimeout(properties.redisTimeout())
			.build()
			.asAsync();
	}

	@Override
	public Mono<ConsumptionProbe> tryConsume(String key, RateLimitProperties.Limit limit) {
		return Mono.fromFuture(() -> this.buckets.builder()
			.build(KEY_PREFIX + key, () -> CompletableFuture.completedFuture(limit.configuration()))
			.tryConsumeAndReturnRemaining(1));
	}

	@Override
	public void close() {
		this.connection.close();
		this.client.shutdown();
	}

}
