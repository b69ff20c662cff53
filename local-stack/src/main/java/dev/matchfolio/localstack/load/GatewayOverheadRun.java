package dev.matchfolio.localstack.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.Histogram;

/**
 * The two ways one target is loaded: at a fixed arrival rate (open loop) and by closed-loop clients as fast as the
 * system answers (saturation). Both share one HTTP/1.1 client, which opens a connection per request in flight.
 */
final class GatewayOverheadRun {

	/** Slower answers than this count as failures; also the bound on waiting for the last answers of a run. */
	static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	/** In-flight requests beyond this are not sent (and counted as shed): keeps a hopeless run bounded. */
	static final int MAX_IN_FLIGHT = 1024;

	private static final long MAX_TRACKABLE_MICROS = REQUEST_TIMEOUT.toNanos() / 1000 * 2;

	private static final double NANOS_PER_SECOND = 1e9;

	private static final long NANOS_PER_MICRO = 1000;

	private static final int TOO_MANY_REQUESTS = 429;

	private static final int STATUS_CLASS = 100;

	private static final int SUCCESS_CLASS = 2;

	/** A request to load: where, and with which of several tokens (round robin, to spread per-user limits). */
	record Target(String name, URI uri, List<String> tokens) {

		HttpRequest request(long sequence) {
			return HttpRequest.newBuilder(this.uri)
				.timeout(REQUEST_TIMEOUT)
				.header("Accept", "application/json")
				.header("Authorization", "Bearer " + this.tokens.get((int) (sequence % this.tokens.size())))
				.GET()
				.build();
		}

	}

	/** What one run of one target saw; latencies in microseconds of every request sent (answered or failed). */
	record Result(Histogram latency, long ok, long tooMany, Map<Integer, Long> otherStatuses, long failed, long shed,
			double seconds) {

		double okPerSecond() {
			return this.ok / this.seconds;
		}

		double p50Millis() {
			return this.latency.getValueAtPercentile(50) / 1000.0;
		}

		double p99Millis() {
			return this.latency.getValueAtPercentile(99) / 1000.0;
		}

		String problems() {
			long other = this.otherStatuses.values().stream().mapToLong(Long::longValue).sum();
			long bad = this.tooMany + other + this.failed + this.shed;
			if (bad == 0) {
				return "";
			}
			StringBuilder others = new StringBuilder();
			this.otherStatuses.forEach((status, count) -> others.append(", ").append(count).append(" x ").append(status));
			return String.format("%d x 429%s, %d failed, %d shed", this.tooMany, others, this.failed, this.shed);
		}

	}

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	/** Counts answers of a run by kind; thread-safe. */
	private static final class Tally {

		private final Histogram latency = new Histogram(MAX_TRACKABLE_MICROS, 3);

		private final AtomicLong ok = new AtomicLong();

		private final AtomicLong tooMany = new AtomicLong();

		/** Answers other than 2xx and 429, by status: a 503 (shed by a bulkhead or breaker) is not a 500. */
		private final Map<Integer, AtomicLong> otherStatuses = new ConcurrentSkipListMap<>();

		private final AtomicLong failed = new AtomicLong();

		private final AtomicLong shed = new AtomicLong();

		/** A failure (timeout, refused connection) is recorded too: a request that timed out took that long. */
		void failed(long micros) {
			record(micros);
			this.failed.incrementAndGet();
		}

		void answered(int status, long micros) {
			record(micros);
			if (status / STATUS_CLASS == SUCCESS_CLASS) {
				this.ok.incrementAndGet();
			}
			else if (status == TOO_MANY_REQUESTS) {
				this.tooMany.incrementAndGet();
			}
			else {
				this.otherStatuses.computeIfAbsent(status, key -> new AtomicLong()).incrementAndGet();
			}
		}

		private void record(long micros) {
			synchronized (this.latency) {
				this.latency.recordValue(Math.min(micros, MAX_TRACKABLE_MICROS));
			}
		}

		Result result(double seconds) {
			synchronized (this.latency) {
				Map<Integer, Long> others = new TreeMap<>();
				this.otherStatuses.forEach((status, count) -> others.put(status, count.get()));
				return new Result(this.latency.copy(), this.ok.get(), this.tooMany.get(), others, this.failed.get(),
						this.shed.get(), seconds);
			}
		}

	}

	/**
	 * Sends {@code rate} requests a second for {@code duration}, each at its scheduled time whatever the answers do,
	 * and measures each from its scheduled time: a stalled server shows as queueing, not as fewer samples
	 * (coordinated omission).
	 */
	Result fixedRate(Target target, int rate, Duration duration) throws InterruptedException {
		Tally tally = new Tally();
		AtomicInteger inFlight = new AtomicInteger();
		long interval = (long) (NANOS_PER_SECOND / rate);
		long total = rate * duration.toSeconds();
		long start = System.nanoTime();
		for (long i = 0; i < total; i++) {
			long scheduled = start + i * interval;
			long wait;
			while ((wait = scheduled - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			if (inFlight.get() >= MAX_IN_FLIGHT) {
				tally.shed.incrementAndGet();
				continue;
			}
			inFlight.incrementAndGet();
			this.http.sendAsync(target.request(i), HttpResponse.BodyHandlers.discarding())
				.whenComplete((response, error) -> {
					long micros = (System.nanoTime() - scheduled) / NANOS_PER_MICRO;
					if (error != null) {
						tally.failed(micros);
					}
					else {
						tally.answered(response.statusCode(), micros);
					}
					inFlight.decrementAndGet();
				});
		}
		long lastWait = System.nanoTime() + REQUEST_TIMEOUT.toNanos() * 2;
		while (inFlight.get() > 0 && System.nanoTime() < lastWait) {
			Thread.sleep(10);
		}
		return tally.result((System.nanoTime() - start) / NANOS_PER_SECOND);
	}

	/** {@code clients} threads, each sending its next request when the last one is answered, for {@code duration}. */
	Result saturate(Target target, int clients, Duration duration) throws Exception {
		Tally tally = new Tally();
		AtomicLong sequence = new AtomicLong();
		long start = System.nanoTime();
		long deadline = start + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int c = 0; c < clients; c++) {
				futures.add(pool.submit(() -> closedLoop(target, tally, sequence, deadline)));
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			pool.shutdownNow();
			pool.awaitTermination(REQUEST_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		return tally.result((System.nanoTime() - start) / NANOS_PER_SECOND);
	}

	private Void closedLoop(Target target, Tally tally, AtomicLong sequence, long deadline) {
		while (System.nanoTime() < deadline && !Thread.currentThread().isInterrupted()) {
			long before = System.nanoTime();
			try {
				HttpResponse<Void> response = this.http.send(target.request(sequence.getAndIncrement()),
						HttpResponse.BodyHandlers.discarding());
				tally.answered(response.statusCode(), (System.nanoTime() - before) / NANOS_PER_MICRO);
			}
			catch (IOException ex) {
				tally.failed((System.nanoTime() - before) / NANOS_PER_MICRO);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		return null;
	}

}
