package dev.matchfolio.gateway.ratelimit;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code matchfolio.gateway.rate-limit.store} picks where the buckets live. */
@Configuration(proxyBeanMethods = false)
class BucketStoreConfiguration {

	@Bean
	BucketStore bucketStore(RateLimitProperties properties) {
		if (properties.store() == RateLimitProperties.Store.REDIS) {
			return new RedisBucketStore(properties);
		}
		return new InMemoryBucketStore(properties);
	}

}
