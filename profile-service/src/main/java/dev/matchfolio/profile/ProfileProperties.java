package dev.matchfolio.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/** {@code profiles.*} settings. */
@ConfigurationProperties("profiles")
@Validated
record ProfileProperties(@Valid @NotNull Events events) {

	/**
	 * How the profile topic is created when it does not exist yet. Partitions bound the consumers that can share the
	 * work; one replica suits a single local broker, production wants three.
	 */
	record Events(@Min(1) int partitions, @Min(1) short replicas) {
	}

}
