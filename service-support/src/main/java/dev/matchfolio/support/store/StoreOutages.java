package dev.matchfolio.support.store;

import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Recognises a failure that means "the data store cannot be reached right now" rather than a bug: Spring's
 * translation of it, or the driver's own exceptions where code talks to the driver directly (GridFS, the outbox).
 * The driver's classes are matched by name because the driver is optional for users of this module.
 */
public final class StoreOutages {

	private static final Set<String> DRIVER_OUTAGES = Set.of("com.mongodb.MongoTimeoutException",
			"com.mongodb.MongoSocketException", "com.mongodb.MongoConnectionPoolClearedException");

	private static final int MAX_CAUSE_DEPTH = 8;

	private StoreOutages() {
	}

	public static boolean isOutage(Throwable failure) {
		Throwable current = failure;
		for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (current instanceof DataAccessResourceFailureException || isDriverOutage(current.getClass())) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

	private static boolean isDriverOutage(Class<?> type) {
		for (Class<?> current = type; current != null; current = current.getSuperclass()) {
			if (DRIVER_OUTAGES.contains(current.getName())) {
				return true;
			}
		}
		return false;
	}

}
