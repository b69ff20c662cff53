package dev.matchfolio.localstack.authz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import dev.matchfolio.localstack.authz.Gateway.Payload;

/**
 * The bodies the matrix sends, by name; {@code name@ACTOR} is the body for that actor where it must differ (an agency
 * edits its internship as an internship). Edits carry values no creation uses, so a read-back shows whether they
 * were stored.
 */
final class Payloads {

	static final String BOUNDARY = "authz-matrix-boundary";

	static final byte[] MARKDOWN = "# Matrix notes\n\nWho may read and write what.\n".getBytes(StandardCharsets.UTF_8);

	private static final String PROFILE = """
			{"displayName": "%s", "headline": "%s",
			 "location": {"city": "Berlin", "country": "DE"}, "timezone": "Europe/Berlin",
			 "workModes": ["REMOTE", "HYBRID"], "engagements": ["FULL_TIME", "FREELANCE", "INTERNSHIP"],
			 "yearsOfExperience": 4, "skills": [{"name": "Java", "level": 4, "years": 4}, {"name": "Kafka", "level": 3}],
			 "availableFrom": "2026-12-01", "hoursPerWeek": 40}""";

	private static final String PROJECT = """
			{"title": "%s", "summary": "Double-entry ledger on Spring Boot", "role": "Lead developer",
			 "skills": ["Java", "Kafka"], "repositoryUrl": "https://example.org/matrix/ledger",
			 "startedOn": "2025-01-01", "completedOn": "2025-06-30"}""";

	private static final String OPENING = """
			{"kind": "%s", "title": "%s", "organization": "Acme", "description": "Authorisation matrix opening",
			 "requiredSkills": [{"name": "Java", "minLevel": 3, "weight": 2.0}], "niceToHaveSkills": [{"name": "Kafka"}],
			 "minYearsOfExperience": 1, "workMode": "REMOTE", "hoursPerWeek": 40, "status": "%s"}""";

	private static final Map<String, Payload> BY_NAME = Map.ofEntries(
			Map.entry("token-request", Payload.json("{\"username\": \"authz-anyone\", \"roles\": [\"CANDIDATE\"]}")),
			Map.entry("profile", profile("Matrix Candidate", "Back-end engineer")),
			Map.entry("profile-edit", profile("Matrix Candidate", "Edited headline")),
			Map.entry("project", project("Payment ledger")),
			Map.entry("project-edit", project("Edited ledger")),
			Map.entry("attachment", multipart("matrix.md", "text/markdown", MARKDOWN)),
			Map.entry("opening-backend", opening("BACKEND_JOB", "Java back-end engineer", "OPEN")),
			Map.entry("opening-freelance", opening("FREELANCE", "Freelance Java engineer", "OPEN")),
			Map.entry("opening-internship", opening("INTERNSHIP", "Java intern", "OPEN")),
			Map.entry("opening-edit", opening("BACKEND_JOB", "Edited back-end opening", "OPEN")),
			Map.entry("opening-edit@AGENCY_OWNER", opening("INTERNSHIP", "Edited internship", "OPEN")),
			Map.entry("opening-close", opening("BACKEND_JOB", "Closed back-end opening", "CLOSED")),
			Map.entry("opening-close@AGENCY_OWNER", opening("INTERNSHIP", "Closed internship", "CLOSED")));

	private Payloads() {
	}

	/** The body called {@code name}, in the actor's variant when there is one. */
	static Payload of(String name, Actor actor) {
		Payload variant = BY_NAME.get(name + "@" + actor.name());
		return (variant != null) ? variant : of(name);
	}

	static Payload of(String name) {
		Payload payload = BY_NAME.get(name);
		if (payload == null) {
			throw new IllegalArgumentException("no payload called " + name);
		}
		return payload;
	}

	static Payload profile(String displayName, String headline) {
		return Payload.json(PROFILE.formatted(displayName, headline));
	}

	static Payload project(String title) {
		return Payload.json(PROJECT.formatted(title));
	}

	static Payload opening(String kind, String title, String status) {
		return Payload.json(OPENING.formatted(kind, title, status));
	}

	static Payload multipart(String filename, String contentType, byte[] content) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return new Payload("multipart/form-data; boundary=" + BOUNDARY, body.toByteArray());
	}

}
