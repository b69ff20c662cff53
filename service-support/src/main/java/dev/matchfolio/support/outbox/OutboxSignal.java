package dev.matchfolio.support.outbox;

/**
 * Tells the relay that events were just stored, so they are published within milliseconds instead of at the next
 * poll. Cheap and non-blocking; calling it when nothing is pending costs one empty query.
 */
@FunctionalInterface
public interface OutboxSignal {

	void wake();

}
