package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One injected fault: it notes what a user saw while it ran and returns what was lost, or fails with what was.
 */
abstract class Fault {

	final Rig rig;

	private final List<String> seen = new ArrayList<>();

	Fault(Rig rig) {
		this.rig = rig;
	}

	abstract String name();

	/** Injects the fault, waits for the system to recover, and returns what was lost (in words). */
	abstract String inject() throws Exception;

	List<String> seen() {
		return List.copyOf(this.seen);
	}

	void saw(String observation) {
		this.seen.add(observation);
		this.rig.progress().accept("  · " + observation);
	}

	void note(String line) {
		this.rig.progress().accept("  " + line);
	}

	/** The check that ends every fault: the owners and the ranking hold exactly what was acknowledged. */
	String nothingLost(Duration limit) throws InterruptedException {
		Map<String, Acknowledged> expected = this.rig.writer().acknowledged();
		List<String> producers = this.rig.convergence().producerDifferences(expected, this.rig.recruiter());
		if (!producers.isEmpty()) {
			throw new AssertionError("acknowledged writes lost by their owners: " + String.join("; ", producers));
		}
		Duration took = this.rig.convergence().await(expected, limit);
		saw(String.format("ranking showed every acknowledged write %.1f s later", seconds(took)));
		int projects = expected.values().stream().mapToInt(ack -> ack.projectIds().size()).sum();
		int puts = expected.values().stream().mapToInt(Acknowledged::puts).sum();
		return "nothing: " + expected.size() + " candidates ranked once each at their last acknowledged version ("
				+ puts + " updates in all), " + projects + " projects each shown once";
	}

	static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	static double secondsSince(long nanos) {
		return (System.nanoTime() - nanos) / 1e9;
	}

	static void pause(Duration duration) throws InterruptedException {
		Thread.sleep(duration.toMillis());
	}

}
