package dev.matchfolio.localstack.load;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import dev.matchfolio.localstack.demo.Api;
import dev.matchfolio.localstack.demo.GatewayClient;
import tools.jackson.databind.JsonNode;

/**
 * Makes sure the stack holds enough candidate profiles for the ranking target: counts them, creates the missing
 * ones through the gateway (one token per candidate, since a candidate has one profile), in parallel but paced
 * under the gateway's per-IP write limit, and waits until matching has taken them in.
 */
final class GatewayOverheadSeed {

	private static final int TOO_MANY_REQUESTS = 429;

	private static final int UNAVAILABLE = 503;

	private static final int CONFLICT = 409;

	private static final int MAX_UNAVAILABLE_RETRIES = 5;

	private static final int CREATORS = 16;

	private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

	private static final Duration BACK_OFF = Duration.ofSeconds(1);

	/** The whole creation is bounded: at the default pace 10k candidates take about a minute. */
	private static final Duration MAX_SEEDING = Duration.ofMinutes(20);

	private static final Duration MAX_MATCHING_WAIT = Duration.ofMinutes(3);

	private static final Duration POLL_EVERY = Duration.ofSeconds(2);

	private static final int STABLE_POLLS = 3;

	private static final double NANOS_PER_SECOND = 1e9;

	private final GatewayClient gateway;

	private final String recruiterToken;

	private final double writesPerSecond;

	private final String run = Long.toString(System.currentTimeMillis(), Character.MAX_RADIX);

	GatewayOverheadSeed(GatewayClient gateway, String recruiterToken, double writesPerSecond) {
		this.gateway = gateway;
		this.recruiterToken = recruiterToken;
		this.writesPerSecond = writesPerSecond;
	}

	long countProfiles() {
		return this.gateway.get("/api/profiles?page=0&size=1", this.recruiterToken).get("total").asLong();
	}

	/** The id of some existing profile, for the read targets. */
	String anyProfileId() {
		return this.gateway.get("/api/profiles?page=0&size=1", this.recruiterToken).get("items").get(0).get("id")
			.asString();
	}

	/** Creates candidates until at least {@code wanted} profiles exist; prints progress as it goes. */
	void ensureCandidates(long wanted) throws Exception {
		long existing = countProfiles();
		long missing = wanted - existing;
		if (missing <= 0) {
			System.out.printf("%d candidate profiles exist (>= %d): nothing to create%n", existing, wanted);
			return;
		}
		System.out.printf("%d candidate profiles exist; creating %d more through the gateway at <= %.0f writes/s "
				+ "with %d parallel creators (one token per candidate)%n", existing, missing, this.writesPerSecond,
				CREATORS);
		AtomicLong next = new AtomicLong();
		AtomicLong created = new AtomicLong();
		AtomicLong throttled = new AtomicLong();
		long interval = (long) (NANOS_PER_SECOND / this.writesPerSecond);
		AtomicLong nextSlot = new AtomicLong(System.nanoTime());
		long started = System.nanoTime();
		long deadline = started + MAX_SEEDING.toNanos();
		ExecutorService creators = Executors.newFixedThreadPool(CREATORS);
		try {
			List<Future<?>> futures = new ArrayList<>();
			for (int c = 0; c < CREATORS; c++) {
				futures.add(creators.submit(() -> {
					long i;
					while ((i = next.getAndIncrement()) < missing && System.nanoTime() < deadline) {
						createOne(i, nextSlot, interval, throttled, deadline);
						created.incrementAndGet();
					}
					return null;
				}));
			}
			while (!futures.stream().allMatch(Future::isDone)) {
				Thread.sleep(PROGRESS_EVERY.toMillis());
				double seconds = (System.nanoTime() - started) / NANOS_PER_SECOND;
				System.out.printf("  created %d / %d (%.0f/s, %d answers 429/503 retried)%n", created.get(), missing,
						created.get() / seconds, throttled.get());
			}
			for (Future<?> future : futures) {
				future.get();
			}
		}
		finally {
			creators.shutdownNow();
		}
		if (created.get() < missing) {
			throw new IllegalStateException("created only " + created.get() + " of " + missing + " candidates within "
					+ MAX_SEEDING.toMinutes() + " min");
		}
		System.out.printf("created %d candidates in %.0f s%n", created.get(), (System.nanoTime() - started) / NANOS_PER_SECOND);
	}

	private void createOne(long i, AtomicLong nextSlot, long interval, AtomicLong throttled, long deadline) {
		String username = "load-gw-" + this.run + "-" + i;
		String token = withRetry(throttled, deadline, () -> this.gateway.send("POST",
				"/api/auth/token", null, Map.of("username", username, "roles", List.of("CANDIDATE"))))
			.get("access_token")
			.asString();
		Api.Profile profile = GatewayOverheadProfiles.candidate(ThreadLocalRandom.current(), LocalDate.now());
		withRetry(throttled, deadline, () -> {
			// one slot per write, spaced evenly over all creators: under the per-IP write bucket's refill rate
			long slot = nextSlot.getAndAdd(interval);
			long wait;
			while ((wait = slot - System.nanoTime()) > 0) {
				LockSupport.parkNanos(wait);
			}
			return this.gateway.send("POST", "/api/profiles", token, profile);
		});
	}

	/**
	 * Retries a 429 (until the deadline) and a 503 (a few times: under load a breaker may open for a moment). A 409
	 * after a retry means the first attempt did create the profile, though its answer came too late.
	 */
	private static JsonNode withRetry(AtomicLong throttled, long deadline, Supplier<GatewayClient.Response> call) {
		int unavailable = 0;
		while (true) {
			GatewayClient.Response response = call.get();
			boolean retry = (response.status() == TOO_MANY_REQUESTS)
					|| (response.status() == UNAVAILABLE && ++unavailable <= MAX_UNAVAILABLE_RETRIES);
			if (unavailable > 0 && response.status() == CONFLICT) {
				return null;
			}
			if (!retry || System.nanoTime() > deadline) {
				return response.requireSuccess();
			}
			throttled.incrementAndGet();
			LockSupport.parkNanos(BACK_OFF.toNanos());
		}
	}

	/** A remote back-end opening every seeded candidate qualifies for (no hard filter leaves them out). */
	String createOpening() {
		return this.gateway.post("/api/openings", this.recruiterToken, GatewayOverheadProfiles.opening())
			.get("id")
			.asString();
	}

	/** Polls the opening's ranking until its total stops growing; returns the last total. */
	long awaitMatching(String openingId, long expected) throws InterruptedException {
		long deadline = System.nanoTime() + MAX_MATCHING_WAIT.toNanos();
		long last = -1;
		int stable = 0;
		while (System.nanoTime() < deadline) {
			long total = this.gateway.get("/api/openings/" + openingId + "/matches?limit=1", this.recruiterToken)
				.get("total")
				.asLong();
			stable = (total == last) ? stable + 1 : 0;
			last = total;
			if (total >= expected || (stable >= STABLE_POLLS && total > 0)) {
				break;
			}
			System.out.printf("  matching ranks %d candidates for the opening so far%n", total);
			Thread.sleep(POLL_EVERY.toMillis());
		}
		return last;
	}

}
