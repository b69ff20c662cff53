package dev.matchfolio.attachment;

import org.bson.types.ObjectId;

/**
 * A file that is completely stored in GridFS.
 *
 * @param fileId the GridFS file id
 * @param contentType decided from the bytes, with {@code charset=UTF-8} for text
 * @param size in bytes
 * @param sha256 lower-case hex
 */
public record StoredFile(ObjectId fileId, String contentType, long size, String sha256) {
}
