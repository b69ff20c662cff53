package dev.matchfolio.project;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import dev.matchfolio.attachment.StoredFile;
import org.bson.types.ObjectId;

/**
 * What a project document keeps of one attachment; the bytes are the GridFS file {@code fileId}.
 *
 * @param contentType decided from the bytes, never the one the client declared
 */
record Attachment(String id, String filename, String contentType, long size, String sha256, ObjectId fileId,
		Instant uploadedAt) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int ID_RANDOM_BITS = 80;

	private static final int ID_RADIX = 36;

	static String newId() {
		return "at-" + new BigInteger(ID_RANDOM_BITS, RANDOM).toString(ID_RADIX);
	}

	/** MongoDB keeps milliseconds: cut to them, so the attachment equals what is read back. */
	static Attachment of(String id, String filename, StoredFile file, Instant now) {
		return new Attachment(id, filename, file.contentType(), file.size(), file.sha256(), file.fileId(),
				now.truncatedTo(ChronoUnit.MILLIS));
	}

}
