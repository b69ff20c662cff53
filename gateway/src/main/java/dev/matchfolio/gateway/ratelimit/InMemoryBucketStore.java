package dev.matchfolio.gateway.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/**
 * The default store: token buckets (Bucket4j) in this gateway's memory, one per category and key, in a bounded cache
 * so a flood of distinct users or addresses cannot grow it without end. With several gateways each keeps its own.
 */
class InMemoryBucketStore implements BucketStore {

	private final Cache<String, Bucket> buckets;

	InMemoryBucketStore(RateLimitProperties properties) {
		this.buckets = Caffeine.newBuilder()
			.maximumSize(properties.maxTrackedKeys())
			.expireAfterAccess(properties.idleExpiry())
			.build();
	}

	@Override
	public Mono<ConsumptionProbe> tryConsume(String key, RateLimitProperties.Limit limit) {
		Bucket bucket = this.buckets.get(key, unused -> Bucket.builder()
			.addLimit(limit::bandwidth)
			.build());
		return Mono.just(bucket.tryConsumeAndReturnRemaining(1));
	}

}
