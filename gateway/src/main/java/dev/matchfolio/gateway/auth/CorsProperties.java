package dev.matchfolio.gateway.auth;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Cross-origin access to {@code /api/**} for the web front end only. An empty {@code allowedOrigins} turns CORS off:
 * browsers then refuse every cross-origin call.
 *
 * @param allowedOrigins exact origins ({@code scheme://host:port}), no wildcards
 * @param allowedMethods methods a cross-origin request may use
 * @param allowedHeaders request headers a cross-origin request may send
 * @param exposedHeaders response headers the browser lets the page read
 * @param maxAge how long a browser may cache a preflight answer
 */
@Validated
@ConfigurationProperties("matchfolio.gateway.cors")
public record CorsProperties(@DefaultValue("http://localhost:5173") List<String> allowedOrigins,
		@DefaultValue({ "GET", "POST", "PUT", "DELETE" }) List<String> allowedMethods,
		@DefaultValue({ "Authorization", "Content-Type", "If-Match", "X-Request-Id" }) List<String> allowedHeaders,
		@DefaultValue({ "ETag", "Location", "X-Request-Id", "Retry-After", "X-RateLimit-Limit",
				"X-RateLimit-Remaining" }) List<String> exposedHeaders,
		@DefaultValue("1h") @NotNull Duration maxAge) {

	boolean enabled() {
		return this.allowedOrigins.stream().anyMatch(origin -> !origin.isBlank());
	}

}
