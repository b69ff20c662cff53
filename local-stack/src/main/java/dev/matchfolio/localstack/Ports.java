package dev.matchfolio.localstack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every port the stack binds on 127.0.0.1; each can be moved with its environment variable. */
public record Ports(int gateway, int profile, int portfolio, int matching, int mongo, int kafka, int kafkaController) {

	/** One port, with the variable that moves it, so a clash can be reported in terms the user can act on. */
	public record Use(String variable, Part part, int port) {
	}

	public Ports {
		List<Use> uses = uses(Set.of(Part.values()), gateway, profile, portfolio, matching, mongo, kafka,
				kafkaController);
		Map<Integer, Use> seen = new HashMap<>();
		for (Use use : uses) {
			if (use.port() < 1 || use.port() > 65535) {
				throw new IllegalArgumentException(use.variable() + "=" + use.port() + " is not a port (1-65535)");
			}
			Use other = seen.putIfAbsent(use.port(), use);
			if (other != null) {
				throw new IllegalArgumentException(other.variable() + " and " + use.variable() + " are both "
						+ use.port() + "; every part needs its own port");
			}
		}
	}

	public static Ports defaults() {
		return new Ports(8080, 8081, 8082, 8083, 27017, 9092, 9093);
	}

	/** Reads the port variables; a missing or blank variable keeps its default. */
	public static Ports fromEnvironment(Map<String, String> env) {
		Ports d = defaults();
		return new Ports(read(env, "GATEWAY_PORT", d.gateway), read(env, "PROFILE_PORT", d.profile),
				read(env, "PORTFOLIO_PORT", d.portfolio), read(env, "MATCHING_PORT", d.matching),
				read(env, "MONGO_PORT", d.mongo), read(env, "KAFKA_PORT", d.kafka),
				read(env, "KAFKA_CONTROLLER_PORT", d.kafkaController));
	}

	/** The HTTP port of a Spring Boot part, or the client port of the store and Kafka. */
	public int of(Part part) {
		return switch (part) {
			case STORE -> this.mongo;
			case KAFKA -> this.kafka;
			case PROFILE -> this.profile;
			case PORTFOLIO -> this.portfolio;
			case MATCHING -> this.matching;
			case GATEWAY -> this.gateway;
		};
	}

	/** The ports the given parts will bind, in start order. */
	public List<Use> uses(Set<Part> parts) {
		return uses(parts, this.gateway, this.profile, this.portfolio, this.matching, this.mongo, this.kafka,
				this.kafkaController);
	}

	private static List<Use> uses(Set<Part> parts, int gateway, int profile, int portfolio, int matching, int mongo,
			int kafka, int kafkaController) {
		List<Use> uses = new ArrayList<>();
		for (Part part : Part.values()) {
			if (!parts.contains(part)) {
				continue;
			}
			switch (part) {
				case STORE -> uses.add(new Use("MONGO_PORT", part, mongo));
				case KAFKA -> {
					uses.add(new Use("KAFKA_PORT", part, kafka));
					uses.add(new Use("KAFKA_CONTROLLER_PORT", part, kafkaController));
				}
				case PROFILE -> uses.add(new Use("PROFILE_PORT", part, profile));
				case PORTFOLIO -> uses.add(new Use("PORTFOLIO_PORT", part, portfolio));
				case MATCHING -> uses.add(new Use("MATCHING_PORT", part, matching));
				case GATEWAY -> uses.add(new Use("GATEWAY_PORT", part, gateway));
			}
		}
		return uses;
	}

	private static int read(Map<String, String> env, String variable, int fallback) {
		String value = env.get(variable);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(variable + "='" + value + "' is not a port number");
		}
	}

}
