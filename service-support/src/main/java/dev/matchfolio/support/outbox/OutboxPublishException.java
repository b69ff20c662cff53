package dev.matchfolio.support.outbox;

/** A relay round could not publish every event it read; what was acknowledged has been removed. */
class OutboxPublishException extends RuntimeException {

	OutboxPublishException(Throwable cause) {
		super("Could not publish pending events: " + cause, cause);
	}

}
