package dev.matchfolio.localstack.hostile;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One hostile request. {@code etagKey} names a resource whose current ETag is sent as {@code If-Match} (the barrage
 * keeps them current), so a request that should be refused is not refused merely for being stale.
 */
record Attack(String label, String method, String path, String token, Map<String, String> headers, byte[] body,
		Expect expect, String etagKey) {

	/** What the answer may be besides "never 5xx, problem+json when not 2xx". */
	enum Expect {

		/** a 2xx is fine (the request may be valid) */
		ANY,
		/** must be refused with a 4xx: it targets a snapshotted resource, or is never valid */
		REJECTED,
		/** must be 401: the token is not one the system issued */
		UNAUTHORIZED

	}

	static Attack json(String label, String method, String path, String token, String body, Expect expect,
			String etagKey) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		return new Attack(label, method, path, token, headers,
				body == null ? null : body.getBytes(StandardCharsets.UTF_8), expect, etagKey);
	}

	static Attack raw(String label, String method, String path, String token, String contentType, byte[] body,
			Expect expect, String etagKey) {
		Map<String, String> headers = new LinkedHashMap<>();
		if (contentType != null) {
			headers.put("Content-Type", contentType);
		}
		return new Attack(label, method, path, token, headers, body, expect, etagKey);
	}

	Attack withHeader(String name, String value) {
		Map<String, String> copy = new LinkedHashMap<>(this.headers);
		copy.put(name, value);
		return new Attack(this.label, this.method, this.path, this.token, copy, this.body, this.expect, null);
	}

	/** The category of the attack, for the summary: the label up to its first colon. */
	String category() {
		int colon = this.label.indexOf(':');
		return (colon < 0) ? this.label : this.label.substring(0, colon);
	}

	@Override
	public String toString() {
		String shown = this.path.length() > 120 ? this.path.substring(0, 120) + "…" : this.path;
		return this.label + " " + this.method + " " + shown + " " + this.headers;
	}

}
