package dev.matchfolio.support.store;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code matchfolio.store.*}: how long a request may wait for MongoDB, and what a client is told when it is away.
 * The driver's own defaults (30 s to find a server, no read timeout at all) would hold a request thread far longer
 * than the gateway waits for the answer. Options given in the connection string still win.
 *
 * @param serverSelectionTimeout how long an operation waits for a reachable server before it fails
 * @param connectTimeout how long opening one connection may take
 * @param readTimeout how long one operation may wait for the server's answer on an open connection
 * @param retryAfter the {@code Retry-After} of the 503 a request gets while the store is unavailable
 * @param lastKnown how many resources of each kind keep a last-known copy, served while the store is away
 * @param lastKnownMaxAge how old a last-known copy may be to be served
 */
@ConfigurationProperties("matchfolio.store")
public record StoreProperties(@DefaultValue("3s") Duration serverSelectionTimeout,
		@DefaultValue("2s") Duration connectTimeout, @DefaultValue("15s") Duration readTimeout,
		@DefaultValue("5s") Duration retryAfter, @DefaultValue("10000") long lastKnown,
		@DefaultValue("10m") Duration lastKnownMaxAge) {

	/** {@link #retryAfter} as the value of a {@code Retry-After} header: whole seconds, at least one. */
	public String retryAfterHeader() {
		return Long.toString(Math.max(1, retryAfter.toSeconds()));
	}

}
