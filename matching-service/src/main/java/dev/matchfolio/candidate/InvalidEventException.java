package dev.matchfolio.candidate;

/** A message that can never be processed, however often it is retried: it goes straight to the dead-letter topic. */
class InvalidEventException extends RuntimeException {

	InvalidEventException(String message, Throwable cause) {
		super(message, cause);
	}

	InvalidEventException(String message) {
		super(message);
	}

}
