package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import tools.jackson.databind.JsonNode;

/**
 * A client that keeps writing through the gateway while a fault is injected: its candidates' profiles are updated
 * with {@code If-Match} and now and then one gets a new portfolio project. It records every answer and, per
 * candidate, what was acknowledged. A write whose outcome the client cannot know (no answer, a 5xx) is followed by
 * reading the truth back from the owning service, as a careful client would, so the ledger never guesses.
 */
final class Writer {

	/** Sequential writes on one thread, about twenty a second in all: far below the per-user write limit. */
	private static final Duration PAUSE = Duration.ofMillis(40);

	/** Every fifth write to a candidate is a new project, the others profile updates. */
	private static final int PROJECT_EVERY = 5;

	private static final int LEVELS = 5;

	/** The status of an {@link Outcome} whose answer could not be read. */
	private static final int UNREADABLE = -1;

	private static final int MAX_YEARS = 12;

	private final Http http;

	private final List<Subject> subjects;

	private final Map<String, Acknowledged> ledger = new ConcurrentHashMap<>();

	private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();

	private final Consumer<String> progress;

	private volatile boolean running;

	private Thread thread;

	private int next;

	/** One candidate and the token of its owner. */
	record Subject(int n, String candidateId, String token) {
	}

	/** One write as the user saw it; {@code status} 0 when no answer came. */
	record Outcome(long atNanos, String what, int status, Duration took, String body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

	private Writer(Http http, List<Subject> subjects, Consumer<String> progress) {
		this.http = http;
		this.subjects = subjects;
		this.progress = progress;
	}

	/** Gets a token and a profile for each of {@code count} candidates named after {@code run}. */
	static Writer create(Http http, String run, int count, Consumer<String> progress) {
		List<Subject> subjects = new ArrayList<>();
		Writer writer = new Writer(http, subjects, progress);
		for (int n = 0; n < count; n++) {
			String token = http.token(run + "-candidate-" + n, "CANDIDATE");
			String name = name(n, 1);
			Http.Reply created = http.send("POST", "/api/profiles", token, null, profile(n, 1, name));
			if (created.status() != 201) {
				throw new AssertionError("cannot create the profile of candidate " + n + ": " + created);
			}
			String id = created.json().get("id").asString();
			subjects.add(new Subject(n, id, token));
			writer.ledger.put(id, new Acknowledged(id, created.json().get("version").asLong(), name, Set.of(), 0));
		}
		return writer;
	}

	List<Subject> subjects() {
		return List.copyOf(this.subjects);
	}

	/** The acknowledged state of every candidate, by id; read it after {@link #stop()} for a stable picture. */
	Map<String, Acknowledged> acknowledged() {
		return new TreeMap<>(this.ledger);
	}

	/** The writes answered between two instants of {@link System#nanoTime()}. */
	List<Outcome> outcomesBetween(long fromNanos, long toNanos) {
		return this.outcomes.stream()
			.filter(outcome -> outcome.atNanos() >= fromNanos && outcome.atNanos() <= toNanos)
			.toList();
	}

	/** "120 writes, all 2xx, slowest 85 ms" or the statuses counted when some were not. */
	static String summary(List<Outcome> outcomes) {
		long slowest = outcomes.stream().mapToLong(outcome -> outcome.took().toMillis()).max().orElse(0);
		Map<Integer, Long> byStatus = new TreeMap<>();
		outcomes.forEach(outcome -> byStatus.merge(outcome.status(), 1L, Long::sum));
		boolean allOk = outcomes.stream().allMatch(Outcome::ok);
		List<String> counted = new ArrayList<>();
		byStatus.forEach((status, count) -> counted.add(count + "× " + (status == 0 ? "no answer" : status)));
		String statuses = allOk ? "all 2xx" : String.join(", ", counted);
		return outcomes.size() + " writes, " + statuses + ", slowest " + slowest + " ms";
	}

	synchronized void start() {
		this.running = true;
		this.thread = new Thread(this::run, "fault-writer");
		this.thread.setDaemon(true);
		this.thread.start();
	}

	/** Stops after the write in flight, so the ledger is final when this returns. */
	synchronized void stop() throws InterruptedException {
		this.running = false;
		if (this.thread != null) {
			this.thread.join();
			this.thread = null;
		}
	}

	private void run() {
		while (this.running) {
			Subject subject = this.subjects.get(this.next % this.subjects.size());
			boolean project = (this.next / this.subjects.size()) % PROJECT_EVERY == PROJECT_EVERY - 1;
			this.next++;
			try {
				if (project) {
					addProject(subject);
				}
				else {
					update(subject);
				}
			}
			catch (RuntimeException ex) {
				// an answer this client cannot read: kept as a failed write, so the fault's check fails and says why
				this.outcomes.add(new Outcome(System.nanoTime(), "unreadable answer", UNREADABLE, Duration.ZERO,
						ex.toString()));
				this.progress.accept("  writer: " + ex);
			}
			try {
				Thread.sleep(PAUSE.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
	}

	/** One profile update with {@code If-Match}: the new version's data differ, so a lost or replayed update shows. */
	Outcome update(Subject subject) {
		Acknowledged before = this.ledger.get(subject.candidateId());
		long version = before.version() + 1;
		String name = name(subject.n(), version);
		Http.Reply reply = this.http.send("PUT", "/api/profiles/" + subject.candidateId(), subject.token(),
				"\"" + before.version() + "\"", profile(subject.n(), version, name));
		Outcome outcome = record("PUT profile", reply);
		if (reply.status() == 200) {
			this.ledger.put(subject.candidateId(),
					before.updated(reply.json().get("version").asLong(), reply.json().get("displayName").asString()));
		}
		else if (unknownOutcome(reply)) {
			resyncProfile(subject);
		}
		return outcome;
	}

	private Outcome addProject(Subject subject) {
		Http.Reply reply = this.http.send("POST", "/api/portfolios/" + subject.candidateId() + "/projects",
				subject.token(), null, """
						{"title": "Fault project %d", "summary": "Written while a fault is injected",
						 "skills": ["Java"], "startedOn": "2025-01-01", "completedOn": "2025-06-30"}"""
					.formatted(this.next));
		Outcome outcome = record("POST project", reply);
		if (reply.status() == 201) {
			this.ledger.computeIfPresent(subject.candidateId(),
					(id, known) -> known.withProject(reply.json().get("id").asString()));
		}
		else if (unknownOutcome(reply)) {
			resyncProjects(subject);
		}
		return outcome;
	}

	private Outcome record(String what, Http.Reply reply) {
		Outcome outcome = new Outcome(System.nanoTime(), what, reply.status(), reply.took(), reply.body());
		this.outcomes.add(outcome);
		if (!outcome.ok()) {
			this.progress.accept("  writer: " + what + " → " + reply);
		}
		return outcome;
	}

	private static boolean unknownOutcome(Http.Reply reply) {
		return reply.status() == 0 || reply.status() >= 500;
	}

	private void resyncProfile(Subject subject) {
		Http.Reply truth = this.http.get("/api/profiles/" + subject.candidateId(), subject.token());
		if (truth.status() == 200) {
			this.ledger.computeIfPresent(subject.candidateId(), (id, known) -> new Acknowledged(id,
					truth.json().get("version").asLong(), truth.json().get("displayName").asString(),
					known.projectIds(), (int) truth.json().get("version").asLong() - 1));
		}
	}

	private void resyncProjects(Subject subject) {
		Http.Reply truth = this.http.get("/api/portfolios/" + subject.candidateId() + "/projects?size=100",
				subject.token());
		if (truth.status() == 200) {
			Set<String> ids = new TreeSet<>();
			for (JsonNode item : truth.json().get("items")) {
				ids.add(item.get("id").asString());
			}
			this.ledger.computeIfPresent(subject.candidateId(), (id, known) -> new Acknowledged(id, known.version(),
					known.displayName(), ids, known.puts()));
		}
	}

	static String name(int n, long version) {
		return "Fault candidate " + n + " rev " + version;
	}

	/** Level and years change with every version, so the score (and the rank) follow the last write. */
	private static String profile(int n, long version, String name) {
		long level = 1 + (version + n) % LEVELS;
		long years = (version * 7 + n) % MAX_YEARS;
		return """
				{"displayName": "%s", "engagements": ["FULL_TIME"], "yearsOfExperience": %d,
				 "skills": [{"name": "Java", "level": %d}, {"name": "Spring Boot", "level": %d}]}"""
			.formatted(name, years, level, LEVELS + 1 - level);
	}

}
