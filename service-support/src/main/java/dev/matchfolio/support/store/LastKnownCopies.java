package dev.matchfolio.support.store;

import java.util.function.BooleanSupplier;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.http.ResponseEntity;

/** Makes the {@link LastKnown} of each kind of resource with the limits of {@link StoreProperties}. */
public class LastKnownCopies {

	/** RFC 9211 {@code Cache-Status}: set on an answer served from a last-known copy. */
	public static final String CACHE_STATUS = "Cache-Status";

	private final StoreProperties properties;

	private final MeterRegistry registry;

	private final String service;

	private final BooleanSupplier storeKnownDown;

	public LastKnownCopies(StoreProperties properties, MeterRegistry registry, String service,
			BooleanSupplier storeKnownDown) {
		this.properties = properties;
		this.registry = registry;
		this.service = service;
		this.storeKnownDown = storeKnownDown;
	}

	public <V> LastKnown<V> of(String resource) {
		return new LastKnown<>(resource, properties.lastKnown(), properties.lastKnownMaxAge(), storeKnownDown,
				registry);
	}

	/** The {@code Cache-Status} of an answer served from a last-known copy because the store was unavailable. */
	public String staleStatus() {
		return service + "; hit; detail=\"store unavailable\"";
	}

	/** A 200 for {@code read}, saying so in {@code Cache-Status} when it is a last-known copy. */
	public ResponseEntity.BodyBuilder ok(LastKnown.Read<?> read) {
		ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
		return read.stale() ? ok.header(CACHE_STATUS, staleStatus()) : ok;
	}

}
