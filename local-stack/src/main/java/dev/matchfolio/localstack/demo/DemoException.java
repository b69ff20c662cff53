package dev.matchfolio.localstack.demo;

/** The gateway refused a demo request; the message carries the request, the status and the body. */
public class DemoException extends RuntimeException {

	public DemoException(String message) {
		super(message);
	}

	public DemoException(String message, Throwable cause) {
		super(message, cause);
	}

}
