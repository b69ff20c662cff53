package dev.matchfolio.localstack.fault;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import tools.jackson.databind.JsonNode;

/** Reads what the parts publish about themselves: the gateway's breaker states and Prometheus samples. */
final class Actuator {

	private Actuator() {
	}

	/** The state of one route breaker as the gateway's health shows it (component {@code circuitBreakers}). */
	static Optional<String> breakerState(Http gateway, String breaker) {
		Http.Reply health = gateway.get("/actuator/health", null);
		if (health.status() == 0) {
			return Optional.empty();
		}
		JsonNode state = health.json().path("components").path("circuitBreakers").path("details").path(breaker)
			.path("state");
		return state.isMissingNode() ? Optional.empty() : Optional.of(state.asString());
	}

	/** The first sample of {@code metric} whose labels include {@code labels}, from {@code /actuator/prometheus}. */
	static OptionalDouble sample(Http part, String metric, Map<String, String> labels) {
		Http.Reply scrape = part.get("/actuator/prometheus", null);
		if (scrape.status() != 200) {
			return OptionalDouble.empty();
		}
		return scrape.body()
			.lines()
			.filter(line -> line.startsWith(metric + "{") && labels.entrySet()
				.stream()
				.allMatch(label -> line.contains(label.getKey() + "=\"" + label.getValue() + "\"")))
			.mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
			.findFirst();
	}

}
