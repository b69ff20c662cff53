package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Reads the event topics back and compares them with what the writer was told: every acknowledged profile version
 * and every acknowledged project must have its event. Events published more than once (the outbox relay delivers at
 * least once) are counted; the consumer's version check makes them harmless, and the ranking check proves it.
 */
final class TopicAudit {

	private static final Duration READ_LIMIT = Duration.ofSeconds(20);

	/** What the topics hold for the writer's candidates. */
	record Result(int events, int resent, List<String> gaps) {

		@Override
		public String toString() {
			return this.events + " events on the topics, every acknowledged version and project among them, "
					+ this.resent + " delivered more than once";
		}

	}

	private TopicAudit() {
	}

	static Result of(Broker broker, Map<String, Acknowledged> expected) {
		Map<String, Set<Long>> versions = new HashMap<>();
		Map<String, Set<String>> projects = new HashMap<>();
		Set<String> eventIds = new HashSet<>();
		int events = 0;
		int resent = 0;
		for (String topic : List.of("profile-events", "portfolio-events")) {
			for (ConsumerRecord<byte[], byte[]> record : broker.readAll(topic, READ_LIMIT)) {
				JsonNode event = parse(record.value());
				if (event == null || !expected.containsKey(event.path("candidateId").asString(""))) {
					continue;
				}
				events++;
				if (!eventIds.add(event.path("eventId").asString())) {
					resent++;
				}
				String candidate = event.get("candidateId").asString();
				if (event.has("projectId")) {
					projects.computeIfAbsent(candidate, id -> new HashSet<>()).add(event.get("projectId").asString());
				}
				else {
					versions.computeIfAbsent(candidate, id -> new HashSet<>()).add(event.get("version").asLong());
				}
			}
		}
		List<String> gaps = new ArrayList<>();
		for (Acknowledged ack : expected.values()) {
			Set<Long> missing = new TreeSet<>();
			for (long v = 1; v <= ack.version(); v++) {
				if (!versions.getOrDefault(ack.candidateId(), Set.of()).contains(v)) {
					missing.add(v);
				}
			}
			if (!missing.isEmpty()) {
				gaps.add(ack.candidateId() + " has no event for versions " + missing);
			}
			Set<String> missingProjects = new TreeSet<>(ack.projectIds());
			missingProjects.removeAll(projects.getOrDefault(ack.candidateId(), Set.of()));
			if (!missingProjects.isEmpty()) {
				gaps.add(ack.candidateId() + " has no event for projects " + missingProjects);
			}
		}
		return new Result(events, resent, gaps);
	}

	private static JsonNode parse(byte[] value) {
		try {
			return value == null ? null : Http.JSON.readTree(value);
		}
		catch (JacksonException ex) {
			// the poison message of another fault, or anything else that is not an event
			return null;
		}
	}

}
