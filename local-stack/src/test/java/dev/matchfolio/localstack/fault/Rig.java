package dev.matchfolio.localstack.fault;

import java.util.function.Consumer;

import dev.matchfolio.localstack.Part;
import dev.matchfolio.localstack.Stack;

/**
 * What every fault works with: the running stack, a client of its gateway, the writer and its candidates, and the
 * opening whose ranking must end up showing every acknowledged write.
 */
record Rig(Stack stack, Http gateway, Writer writer, Convergence convergence, String recruiter, String openingId,
		Consumer<String> progress) {

	/** A client of one part directly, past the gateway: only for its actuator, as an operator would look. */
	Http part(Part part) {
		return new Http("http://127.0.0.1:" + this.stack.config().ports().of(part));
	}

}
