package dev.matchfolio.localstack.load;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.matchfolio.localstack.demo.GatewayClient;

/**
 * What the gateway costs, measured in one run against a running local stack: {@code GET /api/profiles/{id}} straight
 * on profile-service and through the gateway, and {@code GET /api/openings/{id}/matches} through the gateway with
 * (by default) 10k candidates. First at a fixed arrival rate (p50/p99 from the scheduled send time), then at
 * saturation with closed-loop clients (answers per second). Talks only to 127.0.0.1; every phase is bounded in time.
 * Run it with {@code scripts/load-gateway.sh}.
 */
public final class GatewayOverhead {

	/** Ranking reads are limited per user (10/s): this many users keep each far below it at 500/s. */
	private static final int RANKING_USERS = 100;

	private static final Duration WARM_UP = Duration.ofSeconds(3);

	private static final int WARM_UP_CLIENTS = 8;

	private static final int MAX_RATE = 5_000;

	private static final int MAX_CLIENTS = 256;

	private static final long MAX_SECONDS = 120;

	/** Under the gateway's per-IP write refill (200/s), so seeding never waits on a 429. */
	private static final double WRITES_PER_SECOND = 180;

	private static final long MAX_CANDIDATES = 50_000;

	private GatewayOverhead() {
	}

	record Options(int gatewayPort, int profilePort, int rate, Duration rateDuration, int clients,
			Duration saturationDuration, long candidates) {

		Options {
			requireRange("rate", rate, 1, MAX_RATE);
			requireRange("clients", clients, 1, MAX_CLIENTS);
			requireRange("rate seconds", rateDuration.toSeconds(), 1, MAX_SECONDS);
			requireRange("saturation seconds", saturationDuration.toSeconds(), 1, MAX_SECONDS);
			requireRange("candidates", candidates, 1, MAX_CANDIDATES);
		}

		private static void requireRange(String what, long value, long min, long max) {
			if (value < min || value > max) {
				throw new IllegalArgumentException(what + " must be " + min + ".." + max + ", not " + value);
			}
		}

		static Options parse(String... args) {
			Map<String, String> values = new LinkedHashMap<>(Map.of("--gateway-port", "8080", "--profile-port", "8081",
					"--rate", "500", "--rate-seconds", "20", "--clients", "32", "--saturation-seconds", "15",
					"--candidates", "10000"));
			for (int i = 0; i < args.length; i += 2) {
				if (!values.containsKey(args[i]) || i + 1 >= args.length) {
					throw new IllegalArgumentException("unknown option or missing value: " + args[i]);
				}
				values.put(args[i], args[i + 1]);
			}
			return new Options(Integer.parseInt(values.get("--gateway-port")),
					Integer.parseInt(values.get("--profile-port")), Integer.parseInt(values.get("--rate")),
					Duration.ofSeconds(Long.parseLong(values.get("--rate-seconds"))),
					Integer.parseInt(values.get("--clients")),
					Duration.ofSeconds(Long.parseLong(values.get("--saturation-seconds"))),
					Long.parseLong(values.get("--candidates")));
		}

	}

	public static void main(String[] args) throws Exception {
		Options options;
		try {
			options = Options.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println("usage: GatewayOverhead [--gateway-port 8080] [--profile-port 8081] [--rate 500] "
					+ "[--rate-seconds 20] [--clients 32] [--saturation-seconds 15] [--candidates 10000]");
			System.exit(2);
			return;
		}
		run(options);
	}

	private static void run(Options options) throws Exception {
		// loopback only: the tool is for the local stack
		String gatewayUrl = "http://127.0.0.1:" + options.gatewayPort();
		String profileUrl = "http://127.0.0.1:" + options.profilePort();
		GatewayClient gateway = new GatewayClient(gatewayUrl);
		String recruiter = gateway.token("load-gw-recruiter", "RECRUITER");

		GatewayOverheadSeed seed = new GatewayOverheadSeed(gateway, recruiter, WRITES_PER_SECOND);
		seed.ensureCandidates(options.candidates());
		String openingId = seed.createOpening();
		long ranked = seed.awaitMatching(openingId, options.candidates());
		System.out.printf("opening %s: matching ranks %d candidates%n", openingId, ranked);

		List<String> rankers = new ArrayList<>();
		for (int i = 0; i < RANKING_USERS; i++) {
			rankers.add(gateway.token("load-gw-ranker-" + i, "RECRUITER"));
		}
		String profileId = seed.anyProfileId();
		String path = "/api/profiles/" + profileId;
		List<GatewayOverheadRun.Target> targets = List.of(
				new GatewayOverheadRun.Target("profile direct", URI.create(profileUrl + path), List.of(recruiter)),
				new GatewayOverheadRun.Target("profile via gateway", URI.create(gatewayUrl + path), List.of(recruiter)),
				new GatewayOverheadRun.Target(String.format("matches via gateway (%,d cand.)", options.candidates()),
						URI.create(gatewayUrl + "/api/openings/" + openingId + "/matches?limit=20"), rankers));

		GatewayOverheadRun runner = new GatewayOverheadRun();
		for (GatewayOverheadRun.Target target : targets) {
			runner.saturate(target, WARM_UP_CLIENTS, WARM_UP);
		}
		Map<String, GatewayOverheadRun.Result> fixed = new LinkedHashMap<>();
		for (GatewayOverheadRun.Target target : targets) {
			System.out.printf("fixed rate: %s at %d/s for %d s%n", target.name(), options.rate(),
					options.rateDuration().toSeconds());
			fixed.put(target.name(), runner.fixedRate(target, options.rate(), options.rateDuration()));
		}
		Map<String, GatewayOverheadRun.Result> saturated = new LinkedHashMap<>();
		for (GatewayOverheadRun.Target target : targets) {
			System.out.printf("saturation: %s, %d clients for %d s%n", target.name(), options.clients(),
					options.saturationDuration().toSeconds());
			saturated.put(target.name(), runner.saturate(target, options.clients(), options.saturationDuration()));
		}
		GatewayOverheadReport.print(options, targets, fixed, saturated);
	}

}
