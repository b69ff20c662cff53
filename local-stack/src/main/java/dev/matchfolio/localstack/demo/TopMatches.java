package dev.matchfolio.localstack.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/** Prints the best candidates for one opening, as a first look at what the system does. */
public final class TopMatches {

	private static final int LIMIT = 5;

	private final GatewayClient client;

	private final Consumer<String> out;

	public TopMatches(GatewayClient client, Consumer<String> out) {
		this.client = client;
		this.out = out;
	}

	/**
	 * Shows the matches of {@code opening}, or of the first back-end job when none is given. Matches follow events
	 * asynchronously, so right after loading they are polled until some appear or {@code wait} runs out.
	 */
	public void print(Optional<DemoLoader.Opening> opening, Duration wait) {
		String token = this.client.token(DemoData.RECRUITER, "RECRUITER");
		Optional<DemoLoader.Opening> shown = opening.or(() -> firstJob(token));
		if (shown.isEmpty()) {
			this.out.accept("No openings yet: post one with POST /api/openings (see API.md).");
			return;
		}
		DemoLoader.Opening target = shown.get();
		String path = "/api/openings/" + target.id() + "/matches?limit=" + LIMIT;
		long deadline = System.nanoTime() + wait.toNanos();
		JsonNode matches;
		while (true) {
			GatewayClient.Response response = this.client.send("GET", path, token, null);
			if (!response.isSuccess()) {
				this.out.accept("Cannot show matches: GET " + path + " answered " + response.status());
				return;
			}
			matches = response.json();
			if (!matches.path("items").isEmpty() || System.nanoTime() > deadline) {
				break;
			}
			sleep();
		}
		if (matches.path("items").isEmpty()) {
			this.out.accept("No matches yet for \"" + target.title() + "\"; they follow the events within seconds: " + path);
			return;
		}
		this.out.accept("Top " + matches.path("items").size() + " of " + matches.path("total").asLong()
				+ " matches for \"" + target.title() + "\" (" + target.id() + "):");
		for (JsonNode item : matches.path("items")) {
			this.out.accept(line(item));
		}
	}

	static String line(JsonNode item) {
		List<String> matched = new ArrayList<>();
		for (JsonNode skill : item.path("matchedSkills")) {
			String name = skill.path("skill").asString();
			String by = skill.path("matchedBy").asString();
			matched.add(by.isEmpty() || by.equals(name) ? name : name + " (as " + by + ")");
		}
		List<String> missing = new ArrayList<>();
		item.path("missingSkills").forEach(skill -> missing.add(skill.asString()));
		return String.format("  %d. %-24s %5.1f  matched: %s%s", item.path("rank").asInt(),
				item.path("displayName").asString(), item.path("score").asDouble(),
				matched.isEmpty() ? "-" : String.join(", ", matched),
				missing.isEmpty() ? "" : "; missing: " + String.join(", ", missing));
	}

	private Optional<DemoLoader.Opening> firstJob(String token) {
		GatewayClient.Response response = this.client.send("GET", "/api/openings?kind=BACKEND_JOB&size=1", token, null);
		if (!response.isSuccess()) {
			response = this.client.send("GET", "/api/openings?size=1", token, null);
		}
		JsonNode items = response.isSuccess() ? response.json().path("items") : null;
		if (items == null || items.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new DemoLoader.Opening(items.get(0).path("id").asString(),
				items.get(0).path("title").asString()));
	}

	private static void sleep() {
		try {
			Thread.sleep(1000);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
