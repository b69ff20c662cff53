package dev.matchfolio.attachment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.gridfs.GridFSDownloadStream;
import dev.matchfolio.support.web.ApiException;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * GridFS on the embedded store, with a limit small enough that an upload over it has already written chunks
 * (255 KiB each) when it is cut off.
 */
@DataMongoTest(properties = { "portfolio.attachments.max-size=600KB", "portfolio.attachments.max-per-project=20",
		"portfolio.attachments.sniff-size=8KB" })
@Import({ GridFsConfiguration.class, AttachmentStore.class })
@EnableConfigurationProperties(AttachmentProperties.class)
class AttachmentStoreTest {

	static final int LIMIT = 600 * 1024;

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedInfrastructure.mongoUri("portfolios-attachments-test"));
	}

	@Autowired
	AttachmentStore store;

	@Autowired
	MongoOperations mongo;

	final String project = "pr-" + UUID.randomUUID();

	@Test
	void aFileStreamsInAndOutWithItsSizeSha256AndTheTypeFromItsBytes() throws Exception {
		byte[] pdf = SampleFiles.pdf(LIMIT);

		StoredFile stored = store.store(new ByteArrayInputStream(pdf), "application/pdf", "cv.pdf", labels());

		assertThat(stored.contentType()).isEqualTo("application/pdf");
		assertThat(stored.size()).isEqualTo(LIMIT);
		assertThat(stored.sha256()).isEqualTo(sha256(pdf)).hasSize(64);
		try (GridFSDownloadStream read = store.open(stored.fileId()).orElseThrow()) {
			assertThat(read.readAllBytes()).isEqualTo(pdf);
			assertThat(read.getGridFSFile().getFilename()).isEqualTo("cv.pdf");
			assertThat(read.getGridFSFile().getMetadata()).containsEntry("projectId", project)
				.containsEntry("contentType", "application/pdf");
		}
	}

	@Test
	void oneByteOverTheLimitIs413AndLeavesNoFileAndNoChunk() {
		long files = count("fs.files");
		long chunks = count("fs.chunks");

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> store.store(new ByteArrayInputStream(SampleFiles.pdf(LIMIT + 1)), null, "big.pdf",
					labels()))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(413));

		assertThat(count("fs.files")).isEqualTo(files);
		assertThat(count("fs.chunks")).isEqualTo(chunks);
	}

	@Test
	void aStreamThatBreaksHalfWayLeavesNoChunkBehind() {
		long chunks = count("fs.chunks");
		InputStream breaking = new SequenceInputStream(new ByteArrayInputStream(SampleFiles.zip(LIMIT / 2)),
				new InputStream() {
					@Override
					public int read() throws IOException {
						throw new IOException("client went away");
					}
				});

		assertThatExceptionOfType(IOException.class)
			.isThrownBy(() -> store.store(breaking, null, "half.zip", labels()))
			.withMessage("client went away");

		assertThat(count("fs.chunks")).isEqualTo(chunks);
	}

	@Test
	void refusedTypesAre415AndWriteNothing() {
		long chunks = count("fs.chunks");
		assertThat(status(() -> store.store(new ByteArrayInputStream(SampleFiles.elf(LIMIT)), null, "tool", labels())))
			.isEqualTo(415);
		assertThat(status(() -> store.store(new ByteArrayInputStream(SampleFiles.png(1000)), "application/pdf",
				"cv.pdf", labels())))
			.isEqualTo(415);
		assertThat(status(() -> store.store(new ByteArrayInputStream(new byte[0]), null, "empty.txt", labels())))
			.isEqualTo(400);
		assertThat(count("fs.chunks")).isEqualTo(chunks);
	}

	@Test
	void textIsStoredAsUtf8AndAnEmptyZipIsAZip() throws Exception {
		assertThat(store.store(new ByteArrayInputStream(SampleFiles.text("# Hi")), "text/markdown", "a.md", labels())
			.contentType()).isEqualTo("text/markdown; charset=UTF-8");
		assertThat(store.store(new ByteArrayInputStream(SampleFiles.text("hi")), null, "a.txt", labels())
			.contentType()).isEqualTo("text/plain; charset=UTF-8");
		assertThat(store.store(new ByteArrayInputStream(SampleFiles.emptyZip()), "application/zip", "e.zip", labels())
			.contentType()).isEqualTo("application/zip");
	}

	@Test
	void deletingByLabelRemovesFilesAndChunksAndMayRunAgain() throws Exception {
		StoredFile one = store.store(new ByteArrayInputStream(SampleFiles.png(LIMIT)), null, "a.png", labels());
		store.store(new ByteArrayInputStream(SampleFiles.jpeg(1000)), null, "b.jpg", labels());
		assertThat(count("fs.chunks", new Document("files_id", one.fileId()))).isEqualTo(3);

		store.deleteAll("projectId", project);
		store.deleteAll("projectId", project);
		store.delete(one.fileId());

		assertThat(count("fs.files", new Document("metadata.projectId", project))).isZero();
		assertThat(count("fs.chunks", new Document("files_id", one.fileId()))).isZero();
		assertThat(store.open(one.fileId())).isEmpty();
	}

	Map<String, String> labels() {
		return Map.of("projectId", project);
	}

	long count(String collection) {
		return count(collection, new Document());
	}

	long count(String collection, Document filter) {
		return mongo.getCollection(collection).countDocuments(filter);
	}

	static int status(ThrowingCall call) {
		try {
			call.run();
			return 201;
		}
		catch (ApiException ex) {
			return ex.getStatusCode().value();
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

	interface ThrowingCall {

		void run() throws IOException;

	}

}
