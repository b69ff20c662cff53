package dev.matchfolio.localstack.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * Posts the demo data through the gateway, exactly as users would: a token per user, then profiles, projects and
 * openings. Runs once per data directory; a marker file records that it is done.
 */
public final class DemoLoader {

	/** A handful in flight: fast enough, and gentle on four JVMs sharing two cores. */
	static final int PARALLELISM = 8;

	private static final int PROGRESS_EVERY = 40;

	private final GatewayClient client;

	private final Consumer<String> out;

	public DemoLoader(GatewayClient client, Consumer<String> out) {
		this.client = client;
		this.out = out;
	}

	public record Opening(String id, String title) {
	}

	/** Loads the demo unless the marker exists; returns the opening to show matches for when it loaded. */
	public Optional<Opening> loadOnce(Path marker, LocalDate today) {
		if (Files.exists(marker)) {
			this.out.accept("Demo data already loaded (" + marker.getFileName() + " exists)");
			return Optional.empty();
		}
		long begin = System.nanoTime();
		DemoData.DemoSet demo = DemoData.generate(DemoData.SEED, today);
		this.out.accept("Loading demo data: " + demo.openings().size() + " openings, " + demo.candidates().size()
				+ " candidates with portfolio projects…");
		Opening featured = loadOpenings(demo.openings());
		loadCandidates(demo.candidates());
		try {
			Files.writeString(marker, "loaded " + Instant.now() + "\n");
		}
		catch (IOException ex) {
			throw new DemoException("Cannot write " + marker + ": " + ex.getMessage(), ex);
		}
		this.out.accept(String.format("Demo data loaded in %.1f s", (System.nanoTime() - begin) / 1e9));
		return Optional.of(featured);
	}

	/** Posts the openings in order; ones already there (an interrupted earlier load) are kept, not duplicated. */
	private Opening loadOpenings(List<DemoData.PostedOpening> openings) {
		Map<String, String> tokens = new HashMap<>();
		Map<String, String> existing = existingOpenings(token(tokens, DemoData.RECRUITER, "RECRUITER"));
		Opening featured = null;
		for (DemoData.PostedOpening posted : openings) {
			String title = posted.opening().title();
			String id = existing.get(title);
			if (id == null) {
				id = this.client.post("/api/openings", token(tokens, posted.owner(), posted.role()), posted.opening())
					.get("id")
					.asString();
			}
			if (featured == null) {
				featured = new Opening(id, title);
			}
		}
		return featured;
	}

	private Map<String, String> existingOpenings(String token) {
		Map<String, String> byTitle = new HashMap<>();
		for (int page = 0;; page++) {
			JsonNode body = this.client.get("/api/openings?size=100&page=" + page, token);
			for (JsonNode item : body.path("items")) {
				byTitle.putIfAbsent(item.path("title").asString(), item.path("id").asString());
			}
			if (body.path("items").isEmpty() || (page + 1) * 100L >= body.path("total").asLong()) {
				return byTitle;
			}
		}
	}

	private String token(Map<String, String> tokens, String username, String role) {
		return tokens.computeIfAbsent(username, name -> this.client.token(name, role));
	}

	private void loadCandidates(List<DemoData.Candidate> candidates) {
		ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
		try {
			ExecutorCompletionService<Void> done = new ExecutorCompletionService<>(pool);
			for (DemoData.Candidate candidate : candidates) {
				done.submit(() -> {
					loadCandidate(candidate);
					return null;
				});
			}
			for (int i = 1; i <= candidates.size(); i++) {
				done.take().get();
				if (i % PROGRESS_EVERY == 0 || i == candidates.size()) {
					this.out.accept("Loading demo data: " + i + "/" + candidates.size() + " candidates");
				}
			}
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof DemoException demo) ? demo
					: new DemoException("Loading a candidate failed: " + ex.getCause(), ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoException("Interrupted while loading demo data", ex);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private void loadCandidate(DemoData.Candidate candidate) {
		String token = this.client.token(candidate.username(), "CANDIDATE");
		GatewayClient.Response created = this.client.send("POST", "/api/profiles", token, candidate.profile());
		String id;
		if (created.status() == 409) {
			// an earlier load was interrupted after this profile: carry on with it, and keep its projects if any
			id = this.client.get("/api/profiles/me", token).get("id").asString();
			if (this.client.get("/api/portfolios/" + id + "/projects?size=1", token).path("total").asLong() > 0) {
				return;
			}
		}
		else {
			id = created.requireSuccess().get("id").asString();
		}
		for (Api.Project project : candidate.projects()) {
			this.client.post("/api/portfolios/" + id + "/projects", token, project);
		}
	}

}
