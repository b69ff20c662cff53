package dev.matchfolio.gateway.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import reactor.core.publisher.Mono;

/** Where the token buckets live: this gateway's memory, or Redis shared by several gateways. */
interface BucketStore {

	/** Takes one token from the bucket named {@code key}, created with {@code limit} on first use. */
	Mono<ConsumptionProbe> tryConsume(String key, RateLimitProperties.Limit limit);

}
