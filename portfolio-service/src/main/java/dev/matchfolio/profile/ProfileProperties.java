package dev.matchfolio.profile;

import java.time.Duration;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the service learns about profiles.
 *
 * @param waitForUnknown how long a request about a profile not seen yet waits for its event before answering 404
 * @param pollInterval how often the local store is looked at while waiting
 * @param retry how a {@code profile-events} record that fails is retried before it goes to the dead-letter topic
 */
@Validated
@ConfigurationProperties("portfolio.profiles")
record ProfileProperties(@NotNull Duration waitForUnknown, @NotNull Duration pollInterval,
		@NotNull @Valid Retry retry) {

	record Retry(@PositiveOrZero int attempts, @NotNull Duration initialInterval, @DecimalMin("1.0") double multiplier,
			@NotNull Duration maxInterval) {
	}

}
