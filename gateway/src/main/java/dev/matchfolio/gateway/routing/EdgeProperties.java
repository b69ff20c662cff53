package dev.matchfolio.gateway.routing;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Guards the gateway applies to every request before it is routed.
 *
 * @param maxRequestSize largest request body accepted (413 above); routes with a retry or a fallback hold the whole
 * body in memory, so this bounds memory per request
 * @param maxNonMultipartRequestSize largest body that is not {@code multipart/*} (JSON above all); only file uploads
 * need more
 * @param strippedRequestHeaders identity-like headers removed before forwarding, matched ignoring case; a trailing
 * {@code *} matches a prefix
 * @param busyRetryAfter the {@code Retry-After} of a 503 for a route whose bulkhead is full: a slot frees as soon as
 * one of the calls in flight ends
 * @param unavailableRetryAfter the {@code Retry-After} of a 503 for a service that is down, too slow or behind an open
 * circuit
 */
@Validated
@ConfigurationProperties("matchfolio.gateway")
public record EdgeProperties(@DefaultValue("11MB") @NotNull DataSize maxRequestSize,
		@DefaultValue("1MB") @NotNull DataSize maxNonMultipartRequestSize,
		@DefaultValue({ "X-User-*", "X-Authenticated-*", "X-Auth-*", "X-Forwarded-User", "X-Remote-User",
				"Remote-User", "X-Roles" }) List<String> strippedRequestHeaders,
		@DefaultValue("1s") @NotNull Duration busyRetryAfter,
		@DefaultValue("5s") @NotNull Duration unavailableRetryAfter) {
}
