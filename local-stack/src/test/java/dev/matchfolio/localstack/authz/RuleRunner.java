package dev.matchfolio.localstack.authz;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import dev.matchfolio.localstack.authz.Gateway.Answer;
import dev.matchfolio.localstack.authz.Gateway.Payload;
import dev.matchfolio.localstack.authz.Rule.Effect;
import dev.matchfolio.localstack.authz.Rule.Endpoint;
import tools.jackson.databind.JsonNode;

/**
 * Sends one rule's request and judges the answer: the exact status; for an allowed write, proof that it happened;
 * for a refusal, a problem document and the stored data exactly as before (read back with an admin token, which may
 * read everything the writes touch).
 */
final class RuleRunner {

	private static final int NOT_FOUND = 404;

	private final Gateway gateway;

	private final Fixture fixture;

	RuleRunner(Gateway gateway, Fixture fixture) {
		this.gateway = gateway;
		this.fixture = fixture;
	}

	Outcome run(Rule rule) throws InterruptedException {
		Endpoint endpoint = rule.endpoint();
		Actor actor = rule.actor();
		String path = this.fixture.resolve(endpoint.path(), actor);
		String token = (actor == Actor.NONE) ? null : this.fixture.token(actor, endpoint);
		Payload payload = (endpoint.payload() == null) ? null : Payloads.of(endpoint.payload(), actor);
		String readBack = this.fixture.resolve(endpoint.readBack(), actor);
		Answer before = (readBack == null) ? null : readBack(readBack);

		Answer answer = this.gateway.send(endpoint.method(), path, token, payload);

		List<String> defects = new ArrayList<>();
		if (answer.status() != rule.expected()) {
			defects.add("expected " + rule.expected() + ", got " + answer.brief());
		}
		if (!answer.is2xx()) {
			String problem = answer.problemDefect();
			if (problem != null) {
				defects.add(problem);
			}
		}
		if (rule.expectsSuccess()) {
			if (answer.is2xx()) {
				defects.addAll(happened(endpoint.effect(), payload, readBack, before, answer));
			}
		}
		else if (before != null) {
			Answer after = readBack(readBack);
			if (!after.sameAs(before)) {
				defects.add("stored data changed: " + readBack + " was " + before.brief() + ", is " + after.brief());
			}
		}
		return new Outcome(rule, answer.status(), List.copyOf(defects));
	}

	private List<String> happened(Effect effect, Payload payload, String readBack, Answer before, Answer answer)
			throws InterruptedException {
		List<String> defects = new ArrayList<>();
		switch (effect) {
			case READ -> {
				if (answer.bytes().length == 0) {
					defects.add("an allowed read answered with an empty body");
				}
			}
			case CREATE -> {
				Answer after = readBack(readBack);
				if (after.sameAs(before)) {
					defects.add("created, but " + readBack + " reads as before: " + after.brief());
				}
				String location = answer.locationPath();
				if (location == null) {
					defects.add("created without a Location");
					break;
				}
				Answer created = readBack(location);
				if (created.status() != AuthorizationRules.OK) {
					defects.add("the created " + location + " cannot be read: " + created.brief());
				}
				else if (payload.isJson()) {
					defects.addAll(fieldsStored(payload, created));
				}
				else if (!Arrays.equals(created.bytes(), Payloads.MARKDOWN)) {
					defects.add("the uploaded bytes come back different from " + location);
				}
			}
			case REPLACE -> {
				Answer after = readBack(readBack);
				if (before.status() != AuthorizationRules.OK || after.status() != AuthorizationRules.OK) {
					defects.add("cannot read " + readBack + " back: " + before.brief() + " / " + after.brief());
					break;
				}
				long was = before.json().get("version").asLong();
				long is = after.json().get("version").asLong();
				if (is != was + 1) {
					defects.add("version went from " + was + " to " + is + " (expected +1)");
				}
				defects.addAll(fieldsStored(payload, after));
			}
			case REMOVE -> {
				Answer after = readBack(readBack);
				if (after.status() != NOT_FOUND) {
					defects.add("deleted, but " + readBack + " still reads " + after.brief());
				}
			}
		}
		return defects;
	}

	/** Every top-level value that was sent reads back the same. */
	private static List<String> fieldsStored(Payload payload, Answer stored) {
		List<String> defects = new ArrayList<>();
		JsonNode sent = payload.json();
		JsonNode read = stored.json();
		for (String field : sent.propertyNames()) {
			JsonNode value = sent.get(field);
			if (value.isValueNode() && !value.isNull() && !String.valueOf(value).equals(String.valueOf(read.get(field)))) {
				defects.add("'" + field + "' sent as " + value + " reads back as " + read.get(field));
			}
		}
		return defects;
	}

	private Answer readBack(String path) throws InterruptedException {
		return this.gateway.get(path, this.fixture.adminToken());
	}

	/** What one rule's request got: the status, and every way the answer or the stored data was wrong. */
	record Outcome(Rule rule, int actual, List<String> defects) {

		boolean passed() {
			return this.defects.isEmpty();
		}

	}

}
