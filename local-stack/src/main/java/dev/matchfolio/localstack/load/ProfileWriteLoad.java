package dev.matchfolio.localstack.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import dev.matchfolio.localstack.demo.Api;
import dev.matchfolio.localstack.demo.GatewayClient;
import org.HdrHistogram.Histogram;

/**
 * Profile writes against a running local stack, through the gateway: a token and a profile per client, then each
 * client reads its own profile and writes it back with {@code If-Match} as fast as it can, for a fixed time and at
 * most a fixed number of writes. Prints the write rate and the PUT latencies (p50, p99, max). Run it with
 * {@code scripts/load-profile-writes.sh}; it starts nothing and talks only to a gateway on this machine.
 */
public final class ProfileWriteLoad {

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final int OK = 200;

	private static final int CONFLICT = 409;

	private static final int PRECONDITION_FAILED = 412;

	private static final double NANOS_PER_SECOND = 1e9;

	/** A minute; slower answers are recorded as a minute. */
	private static final long MAX_TRACKABLE_MICROS = 60_000_000;

	private final LoadSettings settings;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private ProfileWriteLoad(LoadSettings settings) {
		this.settings = settings;
	}

	public static void main(String[] args) throws Exception {
		LoadSettings settings;
		try {
			settings = LoadSettings.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("usage: ProfileWriteLoad [--gateway http://localhost:8080] [--clients 16] "
					+ "[--seconds 20] [--max-writes 200000]");
			System.exit(2);
			return;
		}
		new ProfileWriteLoad(settings).run();
	}

	/** One client's account and profile. */
	private record Candidate(String token, String profileId) {
	}

	/** What one client saw: its PUT latencies in microseconds and its answers by kind. */
	private record ClientResult(long[] putMicros, long reads, long written, long conflicts, long failures) {
	}

	private void run() throws Exception {
		String gatewayUrl = settings.gateway().toString().replaceAll("/+$", "");
		GatewayClient gateway = new GatewayClient(gatewayUrl);
		String run = Long.toString(System.currentTimeMillis(), Character.MAX_RADIX);
		List<Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < settings.clients(); i++) {
			String token = gateway.token("load-" + run + "-" + i, "CANDIDATE");
			String id = gateway.post("/api/profiles", token, profile(i, 0)).get("id").asString();
			candidates.add(new Candidate(token, id));
		}
		System.out.printf("%d candidates with a profile each; %d clients doing GET then PUT (If-Match) for %d s%n",
				candidates.size(), settings.clients(), settings.duration().toSeconds());

		AtomicLong writesLeft = new AtomicLong(settings.maxWrites());
		long started = System.nanoTime();
		long deadline = started + settings.duration().toNanos();
		List<ClientResult> results = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(settings.clients());
		try {
			List<Future<ClientResult>> futures = new ArrayList<>();
			for (int i = 0; i < candidates.size(); i++) {
				int client = i;
				futures.add(clients.submit(
						() -> writeUntil(gatewayUrl, candidates.get(client), client, deadline, writesLeft)));
			}
			for (Future<ClientResult> future : futures) {
				results.add(future.get());
			}
		}
		finally {
			clients.shutdownNow();
		}
		double seconds = (System.nanoTime() - started) / NANOS_PER_SECOND;
		report(results, seconds);
		for (Candidate candidate : candidates) {
			gateway.send("DELETE", "/api/profiles/" + candidate.profileId(), candidate.token(), null);
		}
	}

	private ClientResult writeUntil(String gatewayUrl, Candidate candidate, int client, long deadline,
			AtomicLong writesLeft) {
		URI uri = URI.create(gatewayUrl + "/api/profiles/" + candidate.profileId());
		long[] micros = new long[1024];
		long reads = 0;
		long written = 0;
		long conflicts = 0;
		long failures = 0;
		int change = 0;
		while (System.nanoTime() < deadline && writesLeft.getAndDecrement() > 0) {
			try {
				HttpResponse<String> read = http.send(request(uri, candidate).GET().build(),
						HttpResponse.BodyHandlers.ofString());
				reads++;
				String etag = read.headers().firstValue("ETag").orElse(null);
				if (read.statusCode() != OK || etag == null) {
					failures++;
					continue;
				}
				byte[] body = Api.MAPPER.writeValueAsBytes(profile(client, ++change));
				long before = System.nanoTime();
				HttpResponse<String> put = http.send(request(uri, candidate).header("If-Match", etag)
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofByteArray(body))
					.build(), HttpResponse.BodyHandlers.ofString());
				long elapsed = (System.nanoTime() - before) / 1000;
				if (written + conflicts + failures >= micros.length) {
					micros = Arrays.copyOf(micros, micros.length * 2);
				}
				micros[(int) (written + conflicts + failures)] = elapsed;
				switch (put.statusCode()) {
					case OK -> written++;
					case CONFLICT, PRECONDITION_FAILED -> conflicts++;
					default -> failures++;
				}
			}
			catch (IOException ex) {
				failures++;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
		}
		return new ClientResult(Arrays.copyOf(micros, (int) (written + conflicts + failures)), reads, written,
				conflicts, failures);
	}

	private static HttpRequest.Builder request(URI uri, Candidate candidate) {
		return HttpRequest.newBuilder(uri)
			.timeout(REQUEST_TIMEOUT)
			.header("Accept", "application/json")
			.header("Authorization", "Bearer " + candidate.token());
	}

	private static Map<String, Object> profile(int client, int change) {
		return Map.of("displayName", "Load client " + client, "headline", "Change " + change, "skills",
				List.of(Map.of("name", "Java", "level", 1 + change % 5)));
	}

	private static void report(List<ClientResult> results, double seconds) {
		Histogram puts = new Histogram(MAX_TRACKABLE_MICROS, 3);
		long reads = 0;
		long written = 0;
		long conflicts = 0;
		long failures = 0;
		for (ClientResult result : results) {
			for (long micros : result.putMicros()) {
				puts.recordValue(Math.min(micros, MAX_TRACKABLE_MICROS));
			}
			reads += result.reads();
			written += result.written();
			conflicts += result.conflicts();
			failures += result.failures();
		}
		System.out.printf("%.1f s: %d PUT 200, %d PUT 409/412, %d failed; %d GET%n", seconds, written, conflicts,
				failures, reads);
		long count = puts.getTotalCount();
		System.out.printf("PUT %.0f/s (all requests %.0f/s)%n", count / seconds, (count + reads) / seconds);
		System.out.printf("PUT latency ms: p50 %.2f  p99 %.2f  max %.2f%n", puts.getValueAtPercentile(50) / 1000.0,
				puts.getValueAtPercentile(99) / 1000.0, puts.getMaxValue() / 1000.0);
	}

}
