package dev.matchfolio.support.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.DeleteOneModel;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import org.bson.Document;

import org.springframework.kafka.core.KafkaTemplate;

/**
 * One round of the relay over one collection: read a batch of documents with pending events, send every event of
 * each document in array order, wait for the broker's acknowledgements, then remove exactly the acknowledged entries.
 * <p>
 * Delivery is at least once: if the process dies after the broker acknowledged an event and before its entry is
 * removed, the event is sent again after the restart (so are events of a document that two relay instances read at
 * the same time). Consumers are idempotent by aggregate version, so a duplicate changes nothing.
 */
final class OutboxBatch {

	private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

	private static final String ID = "_id";

	private final KafkaTemplate<String, byte[]> kafka;

	private final int batchSize;

	private final Duration ackTimeout;

	private final OutboxMetrics metrics;

	OutboxBatch(KafkaTemplate<String, byte[]> kafka, int batchSize, Duration ackTimeout, OutboxMetrics metrics) {
		this.kafka = kafka;
		this.batchSize = batchSize;
		this.ackTimeout = ackTimeout;
		this.metrics = metrics;
	}

	/**
	 * Publishes one batch and returns how many documents it read (fewer than the batch size: nothing more is
	 * pending). Throws {@link OutboxPublishException} when a send failed, after removing what was acknowledged.
	 */
	int publish(MongoCollection<Document> collection) {
		List<Document> documents = collection.find(Filters.eq(Outbox.PENDING, true))
			.projection(Projections.include(Outbox.OUTBOX, Outbox.DELETED))
			.limit(batchSize)
			.into(new ArrayList<>());
		List<DocumentSends> sends = new ArrayList<>(documents.size());
		Throwable failure = null;
		for (Document document : documents) {
			DocumentSends documentSends = new DocumentSends(document);
			sends.add(documentSends);
			failure = documentSends.send(kafka);
			if (failure != null) {
				// Kafka refused at once (typically no metadata within max.block.ms): the rest would wait as long
				break;
			}
		}
		long deadline = System.nanoTime() + ackTimeout.toNanos();
		List<WriteModel<Document>> pulls = new ArrayList<>();
		List<WriteModel<Document>> cleanups = new ArrayList<>();
		for (DocumentSends documentSends : sends) {
			Throwable documentFailure = documentSends.awaitAcknowledged(deadline, metrics);
			failure = (failure != null) ? failure : documentFailure;
			documentSends.acknowledge(pulls, cleanups);
		}
		if (!pulls.isEmpty()) {
			collection.bulkWrite(pulls, UNORDERED);
		}
		// after the pulls: a document is clean (or a tombstone gone) only if nothing was appended meanwhile
		if (!cleanups.isEmpty()) {
			collection.bulkWrite(cleanups, UNORDERED);
		}
		if (failure != null) {
			throw new OutboxPublishException(failure);
		}
		return documents.size();
	}

	/** The sends of one document's entries, in array order. */
	private static final class DocumentSends {

		private final Object id;

		private final boolean tombstone;

		private final List<OutboxEntry> entries;

		private final List<CompletableFuture<?>> futures = new ArrayList<>();

		private final List<String> acknowledged = new ArrayList<>();

		DocumentSends(Document document) {
			this.id = document.get(ID);
			this.tombstone = Boolean.TRUE.equals(document.getBoolean(Outbox.DELETED));
			this.entries = document.getList(Outbox.OUTBOX, Document.class, List.of())
				.stream()
				.map(OutboxEntry::fromDocument)
				.toList();
		}

		/** Sends every entry; returns the failure if Kafka refused one at once. */
		Throwable send(KafkaTemplate<String, byte[]> kafka) {
			for (OutboxEntry entry : entries) {
				CompletableFuture<?> future;
				try {
					future = kafka.send(entry.topic(), entry.key(), entry.payloadBytes());
				}
				catch (RuntimeException ex) {
					future = CompletableFuture.failedFuture(ex);
				}
				futures.add(future);
				if (future.isCompletedExceptionally()) {
					return failureOf(future);
				}
			}
			return null;
		}

		/**
		 * Waits for the acknowledgements in order and keeps the acknowledged prefix: after a failed entry the later
		 * ones stay too, so the next round sends them again behind it and the order on the topic holds.
		 */
		Throwable awaitAcknowledged(long deadline, OutboxMetrics metrics) {
			for (int i = 0; i < futures.size(); i++) {
				Throwable failure = await(futures.get(i), deadline);
				if (failure != null) {
					return failure;
				}
				acknowledged.add(entries.get(i).eventId());
				metrics.published(entries.get(i));
			}
			return null;
		}

		void acknowledge(List<WriteModel<Document>> pulls, List<WriteModel<Document>> cleanups) {
			if (!acknowledged.isEmpty()) {
				// by event id, so entries appended since the read stay
				pulls.add(new UpdateOneModel<>(Filters.eq(ID, id),
						Updates.pull(Outbox.OUTBOX, Filters.in(OutboxEntry.EVENT_ID, acknowledged))));
			}
			if (acknowledged.size() == entries.size()) {
				var emptyNow = Filters.and(Filters.eq(ID, id), Filters.size(Outbox.OUTBOX, 0));
				cleanups.add(tombstone ? new DeleteOneModel<>(Filters.and(emptyNow, Filters.eq(Outbox.DELETED, true)))
						: new UpdateOneModel<>(emptyNow, Updates.unset(Outbox.PENDING)));
			}
		}

		private static Throwable await(CompletableFuture<?> future, long deadline) {
			try {
				future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
				return null;
			}
			catch (ExecutionException ex) {
				return ex.getCause();
			}
			catch (TimeoutException ex) {
				return ex;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return ex;
			}
		}

		private static Throwable failureOf(CompletableFuture<?> future) {
			return await(future, System.nanoTime());
		}

	}

}
