package dev.matchfolio.localstack.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.matchfolio.localstack.hostile.Attack.Expect;
import dev.matchfolio.localstack.hostile.Edge.Answer;

/**
 * Sends the attacks from a few threads, paced to a global rate so that most of them get past the gateway's per-user
 * and per-IP limits to the services, and records what came back.
 */
final class Runner {

	private final Edge edge;

	private final int threads;

	private final long nanosBetweenRequests;

	private final AtomicLong nextSlot = new AtomicLong();

	final Map<Integer, Integer> statuses = new TreeMap<>();

	final Map<String, Map<Integer, Integer>> byCategory = new TreeMap<>();

	final Map<String, Long> millisByCategory = new TreeMap<>();

	final List<String> defects = Collections.synchronizedList(new ArrayList<>());

	/** paths of the attachments that were accepted, to read them back */
	final List<String> uploads = Collections.synchronizedList(new ArrayList<>());

	Runner(Edge edge, int threads, int requestsPerSecond) {
		this.edge = edge;
		this.threads = threads;
		this.nanosBetweenRequests = 1_000_000_000L / requestsPerSecond;
	}

	void run(List<Attack> attacks) throws Exception {
		this.nextSlot.set(System.nanoTime());
		ExecutorService pool = Executors.newFixedThreadPool(this.threads);
		try {
			List<Future<?>> sent = new ArrayList<>();
			for (Attack attack : attacks) {
				sent.add(pool.submit(() -> {
					send(attack);
					return null;
				}));
			}
			for (Future<?> future : sent) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void send(Attack attack) throws InterruptedException {
		long slot = this.nextSlot.getAndAdd(this.nanosBetweenRequests);
		long wait = slot - System.nanoTime();
		if (wait > 0) {
			Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
		}
		long begin = System.nanoTime();
		Answer answer = this.edge.send(attack);
		long millis = (System.nanoTime() - begin) / 1_000_000;
		synchronized (this) {
			this.statuses.merge(answer.status(), 1, Integer::sum);
			this.byCategory.computeIfAbsent(attack.category(), c -> new TreeMap<>())
				.merge(answer.status(), 1, Integer::sum);
			this.millisByCategory.merge(attack.category(), millis, Long::sum);
		}
		String defect = verdict(attack, answer);
		if (defect != null) {
			this.defects.add(attack + " -> " + defect + " | " + answer.brief());
		}
		if (answer.is2xx() && attack.label().startsWith("upload-")) {
			this.uploads.add(attack.path() + "/" + answer.json().get("id").asString());
			String name = answer.json().get("filename").asString();
			if (name.contains("/") || name.contains("\\") || name.equals("..")) {
				this.defects.add(attack + " -> stored file name keeps a path: " + name);
			}
		}
	}

	/** What is wrong with an answer to an attack, or null when nothing is. */
	static String verdict(Attack attack, Answer answer) {
		if (answer.status() == Edge.NO_ANSWER) {
			return "no answer";
		}
		if (answer.status() >= 500) {
			return "server error";
		}
		if (answer.is2xx()) {
			if (attack.expect() != Expect.ANY) {
				return "accepted, expected " + attack.expect();
			}
			String body = new String(attack.body() == null ? new byte[0] : attack.body());
			if (body.contains(Bodies.SCRIPT) && answer.bytes().length > 0
					&& !answer.contentType().startsWith("application/json")) {
				return "script-bearing request answered as " + answer.contentType();
			}
			return null;
		}
		// 431: a token too large for the header limit is refused while the request is read, before authentication
		if (attack.expect() == Expect.UNAUTHORIZED && answer.status() != 401 && answer.status() != 429
				&& answer.status() != 431) {
			return "expected 401";
		}
		String defect = answer.problemDefect();
		return (defect == null) ? null : "not a problem: " + defect;
	}

	String report(int sent) {
		StringBuilder table = new StringBuilder("\n=== hostile input: " + sent + " requests ===\nstatus | count\n");
		this.statuses.forEach((status, count) -> table.append(String.format("%6d | %5d%n", status, count)));
		table.append("category -> statuses (total ms)\n");
		this.byCategory.forEach((category, counts) -> table.append(
				String.format("  %-16s %s (%d ms)%n", category, counts, this.millisByCategory.get(category))));
		table.append("defects: ").append(this.defects.size()).append('\n');
		this.defects.forEach(defect -> table.append("  ").append(defect).append('\n'));
		return table.toString();
	}

}
