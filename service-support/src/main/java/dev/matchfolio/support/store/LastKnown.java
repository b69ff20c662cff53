package dev.matchfolio.support.store;

import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The last copy of each resource this instance read or wrote, served when a read finds the store away: reads by id
 * keep working through a brief MongoDB outage ("stale-if-error", RFC 5861), for resources this instance has seen in
 * the last {@code maxAge}. Anything else about the read is unchanged: a resource the store says is gone is forgotten,
 * and with no copy the outage is the caller's 503. While the store is known to be down, a read does not wait the
 * server-selection timeout for it: it is answered from the copy, or refused as an outage, at once. The copies handed
 * out are shared, so callers must only read them.
 *
 * @param <V> the resource
 */
public final class LastKnown<V> {

	/** What a read returns: the value, and whether it is the last-known copy rather than the store's answer. */
	public record Read<V>(V value, boolean stale) {
	}

	private final Cache<String, V> copies;

	private final Counter servedStale;

	private final BooleanSupplier storeKnownDown;

	public LastKnown(String resource, long maxEntries, Duration maxAge, BooleanSupplier storeKnownDown,
			MeterRegistry registry) {
		this.storeKnownDown = storeKnownDown;
		this.copies = Caffeine.newBuilder().maximumSize(maxEntries).expireAfterWrite(maxAge).build();
		this.servedStale = Counter.builder("store.last.known.served")
			.description("Reads answered from the last-known copy because the store was unavailable")
			.tag("resource", resource)
			.register(registry);
	}

	/** Reads through {@code store}; if the store is away, the last-known copy of {@code key}, if any. */
	public Optional<Read<V>> read(String key, Supplier<Optional<V>> store) {
		Optional<V> found;
		try {
			if (storeKnownDown.getAsBoolean()) {
				throw new DataAccessResourceFailureException("The data store is known to be unreachable");
			}
			found = store.get();
		}
		catch (RuntimeException ex) {
			V copy = StoreOutages.isOutage(ex) ? copies.getIfPresent(key) : null;
			if (copy == null) {
				throw ex;
			}
			servedStale.increment();
			return Optional.of(new Read<>(copy, true));
		}
		found.ifPresentOrElse(value -> copies.put(key, value), () -> copies.invalidate(key));
		return found.map(value -> new Read<>(value, false));
	}

	/** Keeps {@code value} as the copy of {@code key} after this instance wrote it. */
	public void remember(String key, V value) {
		copies.put(key, value);
	}

	/** After this instance deleted {@code key}. */
	public void forget(String key) {
		copies.invalidate(key);
	}

}
