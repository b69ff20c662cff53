package dev.matchfolio.localstack.probe;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.matchfolio.localstack.demo.GatewayClient;
import org.HdrHistogram.Histogram;
import tools.jackson.databind.JsonNode;

/**
 * How long after a profile {@code PUT} returns its new rank is visible through the gateway: the path through the
 * outbox relay, Kafka, the matching read model and the index. A probe candidate toggles a skill only the probe opening
 * asks for, so each change makes it enter or leave that opening's matches; the time until the gateway shows it is
 * measured per round. Talks to a running local stack only (loopback), a bounded number of rounds.
 */
public final class RankLatency {

	/** Recruiters taking turns at polling: at one poll per pause each stays well under its per-user limit. */
	private static final int POLLERS = 100;

	private static final Duration ROUND_LIMIT = Duration.ofSeconds(10);

	private static final long POLL_PAUSE_MILLIS = 2;

	private RankLatency() {
	}

	public static void main(String[] args) throws InterruptedException {
		String gateway = args.length > 0 ? args[0] : "http://localhost:8080";
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 100;
		GatewayClient api = new GatewayClient(gateway);
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		String probeSkill = "latency-probe-" + suffix;
		String candidateToken = api.token("latency-" + suffix, "CANDIDATE");
		String recruiterToken = api.token("latency-recruiter", "RECRUITER");
		// polls spread over several recruiters, so none of them meets the gateway's per-user ranking limit
		List<String> pollers = new ArrayList<>();
		for (int i = 0; i < POLLERS; i++) {
			pollers.add(api.token("latency-poller-" + i, "RECRUITER"));
		}

		String candidate = api.post("/api/profiles", candidateToken, profile(false, probeSkill)).get("id").asString();
		String opening = api
			.post("/api/openings", recruiterToken,
					Map.of("kind", "BACKEND_JOB", "title", "Latency probe " + suffix, "requiredSkills",
							List.of(Map.of("name", probeSkill))))
			.get("id")
			.asString();
		System.out.printf("Measuring %d profile changes against %s …%n", rounds, gateway);

		Histogram micros = new Histogram(ROUND_LIMIT.toNanos() / 1_000, 3);
		int poll = 0;
		try {
			for (int round = 0; round < rounds; round++) {
				boolean shouldRank = round % 2 == 0;
				api.send("PUT", "/api/profiles/" + candidate, candidateToken, profile(shouldRank, probeSkill))
					.requireSuccess();
				long changed = System.nanoTime();
				while (isRanked(api, opening, candidate, pollers.get(poll++ % POLLERS)) != shouldRank) {
					if (System.nanoTime() - changed > ROUND_LIMIT.toNanos()) {
						throw new IllegalStateException("round " + round + ": not visible after " + ROUND_LIMIT);
					}
					Thread.sleep(POLL_PAUSE_MILLIS);
				}
				micros.recordValue((System.nanoTime() - changed) / 1_000);
			}
		}
		finally {
			api.send("DELETE", "/api/openings/" + opening, recruiterToken, null);
			api.send("DELETE", "/api/profiles/" + candidate, candidateToken, null);
		}
		System.out.printf("Profile PUT → new rank visible through the gateway, %d changes:%n", micros.getTotalCount());
		System.out.printf("  p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   max %6.1f ms%n",
				micros.getValueAtPercentile(50) / 1000.0, micros.getValueAtPercentile(95) / 1000.0,
				micros.getValueAtPercentile(99) / 1000.0, micros.getMaxValue() / 1000.0);
	}

	private static Map<String, Object> profile(boolean withProbeSkill, String probeSkill) {
		List<Map<String, Object>> skills = new ArrayList<>(List.of(Map.of("name", "Java", "level", 3)));
		if (withProbeSkill) {
			skills.add(Map.of("name", probeSkill, "level", 4));
		}
		return Map.of("displayName", "Latency Probe", "engagements", List.of("FULL_TIME"), "skills", skills);
	}

	private static boolean isRanked(GatewayClient api, String opening, String candidate, String token) {
		JsonNode items = api.get("/api/openings/" + opening + "/matches?limit=100", token).get("items");
		for (JsonNode item : items) {
			if (item.get("candidateId").asString().equals(candidate)) {
				return true;
			}
		}
		return false;
	}

}
