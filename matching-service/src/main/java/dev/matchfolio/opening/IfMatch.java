package dev.matchfolio.opening;

import java.util.Arrays;

import dev.matchfolio.support.web.ApiException;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The {@code If-Match} precondition of a write. Absent means "no precondition": the write still cannot lose a
 * concurrent change (the version check turns that into 409). Present and stale means 412 and nothing is written.
 */
final class IfMatch {

	private static final IfMatch ABSENT = new IfMatch(null);

	private final String header;

	private IfMatch(String header) {
		this.header = header;
	}

	static IfMatch of(String header) {
		return header == null || header.isBlank() ? ABSENT : new IfMatch(header);
	}

	static String etag(long version) {
		return "\"" + version + "\"";
	}

	/** Accepts {@code *}, {@code "3"}, {@code W/"3"}, a bare {@code 3} and comma-separated lists of them. */
	void check(long currentVersion) {
		if (header == null) {
			return;
		}
		boolean matches = Arrays.stream(header.split(","))
			.map(String::strip)
			.map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
			.map(tag -> tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")
					? tag.substring(1, tag.length() - 1) : tag)
			.anyMatch(tag -> tag.equals("*") || tag.equals(Long.toString(currentVersion)));
		if (!matches) {
			throw ApiException.preconditionFailed(
					"If-Match " + header + " does not match the current version " + etag(currentVersion));
		}
	}

	/** A write lost a race after its precondition passed: 412 if the client asked for a version, else 409. */
	RuntimeException failedBecauseOfConcurrentChange(OptimisticLockingFailureException ex) {
		if (header == null) {
			return ex;
		}
		return ApiException.preconditionFailed("The opening was changed by someone else; read it again and retry");
	}

}
