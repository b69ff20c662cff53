package dev.matchfolio.gateway.ratelimit;

import java.time.Duration;

import io.github.bucket4j.BandwidthBuilder.BandwidthBuilderBuildStage;
import io.github.bucket4j.BandwidthBuilder.BandwidthBuilderCapacityStage;
import io.github.bucket4j.BucketConfiguration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Request rate limits, as token buckets per user (the verified token's {@code sub}) and per client IP. The numbers
 * for each kind of request live in application.yml.
 *
 * @param enabled off only for experiments; every limit below is ignored then
 * @param store {@code memory} (one gateway) or {@code redis} (state shared by several gateways)
 * @param redisUri the Redis to use with {@code store=redis}, e.g. {@code redis://redis:6379}
 * @param redisTimeout how long a request waits for Redis; past it, or with Redis away, the request is let through
 * (availability over limiting) and a warning logged
 * @param trustedProxyHops how many reverse proxies in front of the gateway append to {@code X-Forwarded-For}; 0 (the
 * default) ignores that header, which any client can set, and keys on the socket's remote address
 * @param maxTrackedKeys bound on the buckets held in memory (least recently used go first)
 * @param idleExpiry a bucket unused this long is dropped; longer than any bucket takes to refill, so dropping one
 * never hands out more than the limit would
 * @param writes POST, PUT, PATCH and DELETE under {@code /api/**} (the token endpoint has its own policy)
 * @param ranking {@code GET /api/openings/{id}/matches} and {@code GET /api/candidates/{id}/matches}
 * @param token {@code POST /api/auth/token}; only the per-IP limit applies, as there is no user yet
 */
@Validated
@ConfigurationProperties("matchfolio.gateway.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("memory") @NotNull Store store,
		@DefaultValue("redis://localhost:6379") @NotNull String redisUri,
		@DefaultValue("250ms") @NotNull Duration redisTimeout,
		@DefaultValue("0") @PositiveOrZero int trustedProxyHops,
		@DefaultValue("100000") @Min(1) long maxTrackedKeys, @DefaultValue("10m") @NotNull Duration idleExpiry,
		@Valid @NotNull Policy writes, @Valid @NotNull Policy ranking, @Valid @NotNull Policy token) {

	public enum Store {

		MEMORY, REDIS

	}

	/** A missing limit means no limit on that key. */
	public record Policy(@Valid Limit perUser, @Valid Limit perIp) {
	}

	/**
	 * @param burst the bucket's capacity: how many requests may come at once after a quiet spell
	 * @param refillTokens requests regained per {@code refillPeriod}: the sustained rate
	 */
	public record Limit(@Min(1) long burst, @Min(1) long refillTokens,
			@DefaultValue("1s") @NotNull Duration refillPeriod) {

		/** Greedy refill: tokens come back continuously, not in one lump per period. */
		BandwidthBuilderBuildStage bandwidth(BandwidthBuilderCapacityStage bandwidth) {
			return bandwidth.capacity(this.burst).refillGreedy(this.refillTokens, this.refillPeriod);
		}

		BucketConfiguration configuration() {
			return BucketConfiguration.builder().addLimit(this::bandwidth).build();
		}

	}

}
