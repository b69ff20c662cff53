package dev.matchfolio.testsupport;

import java.time.Duration;
import java.util.function.Supplier;

/** Bounded polling for effects that arrive asynchronously (through Kafka). */
public final class Eventually {

	private Eventually() {
	}

	/** Polls until {@code value} satisfies {@code done}, or fails after {@code timeout} with the last value seen. */
	public static <T> T await(Duration timeout, Supplier<T> value, java.util.function.Predicate<T> done) {
		long deadline = System.nanoTime() + timeout.toNanos();
		T last = null;
		RuntimeException lastError = null;
		while (System.nanoTime() < deadline) {
			try {
				last = value.get();
				lastError = null;
				if (done.test(last)) {
					return last;
				}
			}
			catch (RuntimeException ex) {
				lastError = ex;
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		throw new AssertionError("Condition not met within " + timeout + "; last value: " + last, lastError);
	}

}
