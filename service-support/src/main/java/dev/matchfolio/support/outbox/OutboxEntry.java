package dev.matchfolio.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;

import org.bson.Document;

/**
 * One pending event inside an aggregate's {@code outbox} array: where it goes ({@code topic}, {@code key}) and what
 * it is ({@code payload}, the event's wire JSON kept as text so a stuck outbox can be read in the database). The
 * relay sends {@code payload}'s UTF-8 bytes, which are exactly the bytes the event's JSON writer produced.
 */
public record OutboxEntry(String eventId, String topic, String key, String payload, Instant occurredAt) {

	static final String EVENT_ID = "eventId";

	static final String TOPIC = "topic";

	static final String KEY = "key";

	static final String PAYLOAD = "payload";

	static final String OCCURRED_AT = "occurredAt";

	public OutboxEntry {
		Objects.requireNonNull(eventId, "eventId");
		Objects.requireNonNull(topic, "topic");
		Objects.requireNonNull(payload, "payload");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

	/** An entry for an event whose wire form is {@code json} (UTF-8, as JSON writers produce it). */
	public static OutboxEntry of(String topic, String key, UUID eventId, Instant occurredAt, byte[] json) {
		return new OutboxEntry(eventId.toString(), topic, key, new String(json, StandardCharsets.UTF_8), occurredAt);
	}

	/** The bytes to send: the event's wire JSON. */
	public byte[] payloadBytes() {
		return payload.getBytes(StandardCharsets.UTF_8);
	}

	/** The stored form; the same shape Spring Data writes for this record inside a mapped document. */
	public Document toDocument() {
		return new Document(EVENT_ID, eventId).append(TOPIC, topic)
			.append(KEY, key)
			.append(PAYLOAD, payload)
			.append(OCCURRED_AT, Date.from(occurredAt));
	}

	static OutboxEntry fromDocument(Document document) {
		return new OutboxEntry(document.getString(EVENT_ID), document.getString(TOPIC), document.getString(KEY),
				document.getString(PAYLOAD), document.getDate(OCCURRED_AT).toInstant());
	}

}
