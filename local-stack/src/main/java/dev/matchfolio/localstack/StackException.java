package dev.matchfolio.localstack;

/** A failure to start or run the stack, with a message written for the person at the terminal. */
public class StackException extends RuntimeException {

	public StackException(String message) {
		super(message);
	}

	public StackException(String message, Throwable cause) {
		super(message, cause);
	}

}
