package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * Compares what the system shows with what the writer was told: the profiles in profile-service and the ranking of
 * one opening in matching-service. A difference is a lost, duplicated or out-of-order write, described in words.
 */
final class Convergence {

	/** Slower than the ranking rate limit per user allows, so the polling itself is never throttled. */
	private static final Duration POLL = Duration.ofMillis(250);

	private static final Duration NOTE_EVERY = Duration.ofSeconds(15);

	private static final String EVIDENCE_SKILL = "Java";

	private final Http http;

	private final String openingId;

	private final String recruiter;

	private final Consumer<String> progress;

	/** One candidate as ranked; equal rankings have equal lists of these. */
	record Ranked(int rank, String candidateId, String displayName, double score, Set<String> evidence) {
	}

	Convergence(Http http, String openingId, String recruiter, Consumer<String> progress) {
		this.http = http;
		this.openingId = openingId;
		this.recruiter = recruiter;
		this.progress = progress;
	}

	/**
	 * Polls the ranking until it shows exactly {@code expected}; returns how long that took, or fails with the
	 * differences still seen at {@code limit} (the description of what was lost).
	 */
	Duration await(Map<String, Acknowledged> expected, Duration limit) throws InterruptedException {
		long begin = System.nanoTime();
		long deadline = begin + limit.toNanos();
		long nextNote = begin + NOTE_EVERY.toNanos();
		List<String> differences = List.of("no ranking answer yet");
		while (System.nanoTime() < deadline) {
			Http.Reply reply = this.http.get(matchesPath(), this.recruiter);
			differences = (reply.status() == 200) ? rankingDifferences(reply.json(), expected)
					: List.of("ranking answered " + reply);
			if (differences.isEmpty()) {
				return Duration.ofNanos(System.nanoTime() - begin);
			}
			if (System.nanoTime() > nextNote) {
				this.progress.accept("  … not converged yet: " + summary(differences));
				nextNote += NOTE_EVERY.toNanos();
			}
			Thread.sleep(POLL.toMillis());
		}
		throw new AssertionError("matching-service did not converge within " + limit.toSeconds() + " s: "
				+ String.join("; ", differences));
	}

	/** The ranking as it is now, or a failure when matching-service does not answer 200. */
	List<Ranked> ranking() {
		Http.Reply reply = this.http.get(matchesPath(), this.recruiter);
		if (reply.status() != 200) {
			throw new AssertionError("ranking answered " + reply);
		}
		List<Ranked> ranked = new ArrayList<>();
		for (JsonNode item : reply.json().get("items")) {
			ranked.add(new Ranked(item.get("rank").asInt(), item.get("candidateId").asString(),
					item.get("displayName").asString(), item.get("score").asDouble(), evidence(item)));
		}
		return ranked;
	}

	/** Differences between the owning service's profiles and projects and what the writer was told. */
	List<String> producerDifferences(Map<String, Acknowledged> expected, String token) {
		List<String> differences = new ArrayList<>();
		for (Acknowledged ack : expected.values()) {
			Http.Reply profile = this.http.get("/api/profiles/" + ack.candidateId(), token);
			if (profile.status() != 200) {
				differences.add("profile " + ack.candidateId() + " answered " + profile);
				continue;
			}
			long version = profile.json().get("version").asLong();
			String name = profile.json().get("displayName").asString();
			if (version != ack.version() || !name.equals(ack.displayName())) {
				differences.add("profile-service holds v" + version + " '" + name + "' for " + ack.candidateId()
						+ ", the last acknowledged write was v" + ack.version() + " '" + ack.displayName() + "'");
			}
			if (version != ack.puts() + 1) {
				differences.add(ack.candidateId() + " is at v" + version + " after " + ack.puts()
						+ " acknowledged updates (expected v" + (ack.puts() + 1) + ")");
			}
			Http.Reply projects = this.http.get("/api/portfolios/" + ack.candidateId() + "/projects?size=100", token);
			Set<String> stored = new TreeSet<>();
			if (projects.status() == 200) {
				projects.json().get("items").forEach(item -> stored.add(item.get("id").asString()));
			}
			if (!stored.equals(ack.projectIds())) {
				differences.add("portfolio-service holds " + stored.size() + " projects of " + ack.candidateId() + ", "
						+ ack.projectIds().size() + " were acknowledged");
			}
		}
		return differences;
	}

	static List<String> rankingDifferences(JsonNode matches, Map<String, Acknowledged> expected) {
		List<String> differences = new ArrayList<>();
		Map<String, JsonNode> shown = new HashMap<>();
		for (JsonNode item : matches.get("items")) {
			String id = item.get("candidateId").asString();
			if (shown.put(id, item) != null) {
				differences.add(id + " is ranked twice");
			}
			if (!expected.containsKey(id)) {
				differences.add("unknown candidate " + id + " is ranked");
			}
		}
		if (matches.get("total").asInt() != expected.size()) {
			differences.add("total " + matches.get("total").asInt() + ", expected " + expected.size());
		}
		for (Acknowledged ack : expected.values()) {
			JsonNode item = shown.get(ack.candidateId());
			if (item == null) {
				differences.add(ack.candidateId() + " ('" + ack.displayName() + "') is missing from the ranking");
				continue;
			}
			String name = item.get("displayName").asString();
			if (!name.equals(ack.displayName())) {
				differences.add(ack.candidateId() + " ranked as '" + name + "', last written '" + ack.displayName()
						+ "'");
			}
			Set<String> evidence = evidence(item);
			if (!evidence.equals(ack.projectIds())) {
				Set<String> missing = new TreeSet<>(ack.projectIds());
				missing.removeAll(evidence);
				Set<String> extra = new TreeSet<>(evidence);
				extra.removeAll(ack.projectIds());
				differences.add(ack.candidateId() + " shows " + evidence.size() + " of " + ack.projectIds().size()
						+ " projects (missing " + missing + ", extra " + extra + ")");
			}
		}
		return differences;
	}

	private static Set<String> evidence(JsonNode item) {
		Set<String> ids = new TreeSet<>();
		for (JsonNode match : item.get("matchedSkills")) {
			if (match.get("skill").asString().equals(EVIDENCE_SKILL)) {
				match.get("evidence").forEach(id -> ids.add(id.asString()));
			}
		}
		return ids;
	}

	private static String summary(List<String> differences) {
		String first = differences.get(0);
		return differences.size() == 1 ? first : first + " (+" + (differences.size() - 1) + " more)";
	}

	private String matchesPath() {
		return "/api/openings/" + this.openingId + "/matches?limit=100";
	}

}
