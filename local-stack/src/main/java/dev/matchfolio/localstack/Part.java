package dev.matchfolio.localstack;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The parts of the local stack, in start order; each runs in its own JVM as in production. */
public enum Part {

	STORE("store", null), KAFKA("kafka", null), PROFILE("profile-service", "profiles"),
	PORTFOLIO("portfolio-service", "portfolios"), MATCHING("matching-service", "matching"), GATEWAY("gateway", null);

	/** The services behind the gateway, which read and write the store and Kafka. */
	public static final List<Part> BACKENDS = List.of(PROFILE, PORTFOLIO, MATCHING);

	private final String id;

	private final String database;

	Part(String id, String database) {
		this.id = id;
		this.database = database;
	}

	/** The name used in logs, progress lines and {@link Stack#stop(String)}; for services also the module. */
	public String id() {
		return this.id;
	}

	/** The MongoDB database of a back-end service; {@code null} for the others. */
	String database() {
		return this.database;
	}

	/** Infrastructure is ready when its TCP port accepts; Spring Boot apps when their readiness probe says so. */
	public boolean isInfrastructure() {
		return this == STORE || this == KAFKA;
	}

	public static Part of(String id) {
		return Arrays.stream(values())
			.filter(part -> part.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Unknown part '" + id + "'; known: "
					+ Arrays.stream(values()).map(Part::id).collect(Collectors.joining(", "))));
	}

}
