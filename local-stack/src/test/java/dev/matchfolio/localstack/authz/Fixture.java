package dev.matchfolio.localstack.authz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.matchfolio.localstack.authz.Gateway.Answer;
import dev.matchfolio.localstack.authz.Gateway.Payload;
import dev.matchfolio.localstack.authz.Rule.Endpoint;

/**
 * The users and resources the matrix aims at, created through the gateway: two candidates with profiles (the owner
 * with a project and an attachment), a recruiter's opening and an agency's internship, and for every actor its own
 * profile, project, attachment and opening to try to delete.
 */
final class Fixture {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

	/** how long the services may take to learn of a new profile from its event */
	private static final Duration PROPAGATION = Duration.ofSeconds(60);

	private static final long POLL_MILLIS = 500;

	private static final int OK = 200;

	private static final int CREATED = 201;

	private final Gateway gateway;

	private final Map<Actor, String> tokens = new EnumMap<>(Actor.class);

	/** resource ids by placeholder name, or by {@code name@ACTOR} where that actor aims at another resource */
	private final Map<String, String> ids = new HashMap<>();

	/** callers by {@code name@ACTOR}, where the actor must be someone else than its usual subject */
	private final Map<String, String> callers = new HashMap<>();

	private Fixture(Gateway gateway) {
		this.gateway = gateway;
	}

	static Fixture create(Gateway gateway) throws InterruptedException {
		Fixture fixture = new Fixture(gateway);
		fixture.build();
		return fixture;
	}

	String adminToken() {
		return this.tokens.get(Actor.ADMIN);
	}

	/** The actor's token for this endpoint: its own, unless a resource in the path needs another owner. */
	String token(Actor actor, Endpoint endpoint) {
		for (String name : names(endpoint)) {
			String caller = this.callers.get(name + "@" + actor.name());
			if (caller != null) {
				return caller;
			}
		}
		return this.tokens.get(actor);
	}

	/** The template with every placeholder replaced by the id this actor aims at. */
	String resolve(String template, Actor actor) {
		if (template == null) {
			return null;
		}
		Matcher matcher = PLACEHOLDER.matcher(template);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String name = matcher.group(1);
			String id = this.ids.getOrDefault(name + "@" + actor.name(), this.ids.get(name));
			if (id == null) {
				throw new IllegalStateException("the fixture has no '" + name + "' for " + actor);
			}
			matcher.appendReplacement(path, Matcher.quoteReplacement(id));
		}
		return matcher.appendTail(path).toString();
	}

	private void build() throws InterruptedException {
		for (Actor actor : Actor.values()) {
			if (actor.role() != null) {
				this.tokens.put(actor, token(actor.subject(), actor.role()));
			}
		}
		String alice = this.tokens.get(Actor.CANDIDATE_OWNER);
		String rita = this.tokens.get(Actor.RECRUITER_OWNER);
		String agnes = this.tokens.get(Actor.AGENCY_OWNER);
		this.callers.put("fresh@" + Actor.CANDIDATE_OTHER.name(), token("authz-nina", "CANDIDATE"));

		String profile = created("/api/profiles", alice, Payloads.of("profile"));
		this.ids.put("profile", profile);
		this.ids.put("other-profile",
				created("/api/profiles", this.tokens.get(Actor.CANDIDATE_OTHER), Payloads.profile("Other", "Other")));
		await("/api/portfolios/" + profile + "/projects", alice);
		String project = created("/api/portfolios/" + profile + "/projects", alice, Payloads.project("Known ledger"));
		this.ids.put("project", project);
		String projectPath = "/api/portfolios/" + profile + "/projects/" + project;
		this.ids.put("attachment", created(projectPath + "/attachments", alice, Payloads.of("attachment")));

		this.ids.put("opening", created("/api/openings", rita, Payloads.of("opening-backend")));
		this.ids.put("opening@AGENCY_OWNER",
				created("/api/openings", agnes, Payloads.of("opening-internship")));
		this.ids.put("closable", created("/api/openings", rita, Payloads.of("opening-backend")));
		this.ids.put("closable@AGENCY_OWNER",
				created("/api/openings", agnes, Payloads.of("opening-internship")));

		for (Actor actor : Actor.values()) {
			String suffix = "@" + actor.name();
			String doomedOwner = token("authz-doomed-" + actor.name().toLowerCase(Locale.ROOT).replace('_', '-'),
					"CANDIDATE");
			if (actor == Actor.CANDIDATE_OWNER) {
				this.callers.put("doomed-profile" + suffix, doomedOwner);
			}
			this.ids.put("doomed-profile" + suffix,
					created("/api/profiles", doomedOwner, Payloads.profile("Doomed " + actor, "To be deleted")));
			this.ids.put("doomed-project" + suffix, created("/api/portfolios/" + profile + "/projects", alice,
					Payloads.project("Doomed project " + actor)));
			this.ids.put("doomed-attachment" + suffix, created(projectPath + "/attachments", alice,
					Payloads.multipart("doomed.md", "text/markdown", Payloads.MARKDOWN)));
			boolean agency = actor == Actor.AGENCY_OWNER;
			this.ids.put("doomed-opening" + suffix, created("/api/openings", agency ? agnes : rita,
					Payloads.opening(agency ? "INTERNSHIP" : "BACKEND_JOB", "Doomed opening " + actor, "OPEN")));
		}
		// the ranking side learns of the profile from its event; until then the candidate's matches are 404
		await("/api/candidates/" + profile + "/matches?limit=1", alice);
	}

	private String token(String subject, String role) throws InterruptedException {
		Answer answer = this.gateway.send("POST", "/api/auth/token", null,
				Payload.json("{\"username\": \"" + subject + "\", \"roles\": [\"" + role + "\"]}"));
		check(answer, OK, "token for " + subject);
		return answer.json().get("access_token").asString();
	}

	private String created(String path, String token, Payload payload) throws InterruptedException {
		Answer answer = this.gateway.send("POST", path, token, payload);
		check(answer, CREATED, "POST " + path);
		return answer.json().get("id").asString();
	}

	private void await(String path, String token) throws InterruptedException {
		long deadline = System.nanoTime() + PROPAGATION.toNanos();
		Answer answer = this.gateway.get(path, token);
		while (answer.status() != OK && System.nanoTime() < deadline) {
			Thread.sleep(POLL_MILLIS);
			answer = this.gateway.get(path, token);
		}
		check(answer, OK, "GET " + path + " within " + PROPAGATION);
	}

	private static List<String> names(Endpoint endpoint) {
		List<String> names = new ArrayList<>();
		if (endpoint.key() != null) {
			names.add(endpoint.key());
		}
		Matcher matcher = PLACEHOLDER.matcher(endpoint.path());
		while (matcher.find()) {
			names.add(matcher.group(1));
		}
		return names;
	}

	private static void check(Answer answer, int status, String what) {
		if (answer.status() != status) {
			throw new IllegalStateException("fixture: " + what + " -> " + answer.brief());
		}
	}

}
