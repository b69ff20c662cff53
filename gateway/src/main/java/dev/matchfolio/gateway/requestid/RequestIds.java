package dev.matchfolio.gateway.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.web.server.ServerWebExchange;

/**
 * Where the request id of an exchange lives. Kept in an exchange attribute (shared by every mutated copy of the
 * exchange) rather than in the MDC, which does not follow a request across reactive threads.
 */
public final class RequestIds {

	public static final String HEADER = "X-Request-Id";

	static final String ATTRIBUTE = RequestIds.class.getName() + ".id";

	// what we accept from a caller: long or odd values could be used to inject into logs or headers downstream
	private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

	private RequestIds() {
	}

	/** The id of this exchange, or {@code "-"} when the request id filter has not run (should not happen). */
	public static String of(ServerWebExchange exchange) {
		String id = exchange.getAttribute(ATTRIBUTE);
		return (id != null) ? id : "-";
	}

	static String keepOrCreate(String incoming) {
		return (incoming != null && SANE.matcher(incoming).matches()) ? incoming : UUID.randomUUID().toString();
	}

}
