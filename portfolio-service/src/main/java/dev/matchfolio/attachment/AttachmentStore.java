package dev.matchfolio.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import com.mongodb.MongoGridFSException;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.gridfs.GridFSUploadStream;
import com.mongodb.client.gridfs.model.GridFSFile;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.Filters;
import dev.matchfolio.support.web.ApiException;
import org.bson.Document;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The bytes of attachments, in GridFS. An upload is streamed: it passes once through a byte counter that stops it at
 * the size limit and a SHA-256 digest, and only the first few KiB (the sniff buffer) are ever held at once. The type
 * is decided from those first bytes before anything is written; then the rest streams into GridFS chunk by chunk
 * (255 KiB each), and any failure on the way aborts the upload, which deletes the chunks written so far. The file
 * document that makes a file visible is written last, by {@code close()}, so a failed upload leaves no trace.
 */
@Service
public class AttachmentStore {

	private static final Logger log = LoggerFactory.getLogger(AttachmentStore.class);

	private static final String CONTENT_TYPE = "contentType";

	private final GridFSBucket bucket;

	private final AttachmentProperties properties;

	AttachmentStore(GridFSBucket bucket, AttachmentProperties properties) {
		this.bucket = bucket;
		this.properties = properties;
	}

	/**
	 * Stores the stream if its bytes are an allowed type that agrees with {@code declaredType} and it is at most the
	 * size limit; reads {@code content} to its end but does not close it.
	 * @param filename already sanitized ({@link FileNames#sanitize})
	 * @param labels kept in the file's metadata, so files can be found and deleted by them ({@link #deleteAll})
	 * @throws ApiException 413 above the size limit, 415 for a type not allowed or contradicted, 400 when empty
	 */
	public StoredFile store(InputStream content, String declaredType, String filename, Map<String, String> labels)
			throws IOException {
		LimitedInputStream counted = new LimitedInputStream(content, properties.maxSize().toBytes());
		MessageDigest sha256 = sha256();
		InputStream digested = new DigestInputStream(counted, sha256);
		try {
			byte[] head = digested.readNBytes(Math.toIntExact(properties.sniffSize().toBytes()));
			if (head.length == 0) {
				throw ApiException.badRequest("The file is empty");
			}
			boolean whole = head.length < properties.sniffSize().toBytes();
			FileType type = ContentSniffer.detect(head, whole, filename).orElseThrow(ContentTypes::unsupported);
			if (!ContentSniffer.agrees(declaredType, type)) {
				throw ContentTypes.contradicted(declaredType, type);
			}
			Document metadata = new Document(labels).append(CONTENT_TYPE, type.contentType());
			ObjectId fileId = upload(filename, metadata, head, digested);
			return new StoredFile(fileId, type.contentType(), counted.count(), HexFormat.of().formatHex(sha256.digest()));
		}
		catch (LimitedInputStream.TooLarge ex) {
			throw new ApiException(HttpStatus.CONTENT_TOO_LARGE,
					"An attachment may have at most " + properties.maxSize().toBytes() + " bytes");
		}
	}

	private ObjectId upload(String filename, Document metadata, byte[] head, InputStream rest) throws IOException {
		GridFSUploadStream upload = bucket.openUploadStream(filename, new GridFSUploadOptions().metadata(metadata));
		try {
			upload.write(head);
			rest.transferTo(upload);
			upload.close();
			return upload.getObjectId();
		}
		catch (IOException | RuntimeException | Error ex) {
			abort(upload, ex);
			throw ex;
		}
	}

	private static void abort(GridFSUploadStream upload, Throwable cause) {
		try {
			upload.abort();
		}
		catch (RuntimeException ex) {
			log.error("Could not delete the chunks of aborted upload {}", upload.getObjectId(), ex);
			cause.addSuppressed(ex);
		}
	}

	/** The stored file, open for reading, if it is there; the caller closes it. */
	public Optional<GridFSDownloadStream> open(ObjectId fileId) {
		try {
			return Optional.of(bucket.openDownloadStream(fileId));
		}
		catch (MongoGridFSException ex) {
			return Optional.empty();
		}
	}

	/** Deletes a file; one that is already gone is fine, so a clean-up can run again. */
	public void delete(ObjectId fileId) {
		try {
			bucket.delete(fileId);
		}
		catch (MongoGridFSException ex) {
			log.debug("GridFS file {} was already gone", fileId);
		}
	}

	/** Deletes every file labelled {@code label = value} at upload ({@link #store}); safe to run again. */
	public void deleteAll(String label, String value) {
		for (GridFSFile file : bucket.find(Filters.eq("metadata." + label, value))) {
			delete(file.getObjectId());
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
