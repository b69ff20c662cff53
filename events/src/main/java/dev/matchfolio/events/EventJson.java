package dev.matchfolio.events;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of events. Readers are tolerant: fields they do not know (added by a newer schema) are ignored, and
 * fields an older schema lacked arrive as {@code null} or empty lists.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private EventJson() {
	}

	public static JsonMapper mapper() {
		return MAPPER;
	}

	public static byte[] write(Object event) {
		return MAPPER.writeValueAsBytes(event);
	}

	public static ProfileEvent readProfileEvent(byte[] json) {
		return MAPPER.readValue(json, ProfileEvent.class);
	}

	public static PortfolioEvent readPortfolioEvent(byte[] json) {
		return MAPPER.readValue(json, PortfolioEvent.class);
	}

}
