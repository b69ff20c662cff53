package dev.matchfolio;

import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.matchfolio.attachment.SampleFiles;
import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.testsupport.Eventually;
import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import static dev.matchfolio.attachment.SampleFiles.MIB;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Attachments end to end over real multipart HTTP, with the bytes in GridFS. Extends the project scenarios so that
 * both run in the one Spring context of each infrastructure ({@link PortfolioServiceEmbeddedIT},
 * {@link PortfolioServiceContainersIT}, through {@link ProjectOutboxIntegrationTests}).
 */
abstract class AttachmentIntegrationTests extends PortfolioServiceIntegrationTests {

	static final int LIMIT = 10 * MIB;

	@Autowired
	MongoOperations mongo;

	GridFsProbe gridFs;

	String project;

	/** Not a {@code @BeforeEach}: the inherited project scenarios start without a profile. */
	void givenAProjectOfTheOwner() {
		gridFs = new GridFsProbe(mongo);
		kafka.publish(profile(candidate, ownerId, 1));
		project = api.post(projects(candidate), owner, project("Ledger")).json().get("id").asString();
	}

	@Test
	void anUploadComesBackByteForByteWithItsHeadersAndIsListedOnTheProject() throws Exception {
		givenAProjectOfTheOwner();
		byte[] pdf = SampleFiles.pdf(MIB + 1);

		Api.Response created = api.upload(attachments(), owner, "ledger.pdf", "application/pdf", pdf);

		assertThat(created.status()).isEqualTo(201);
		JsonNode body = created.json();
		String id = body.get("id").asString();
		assertThat(created.header("Location")).isEqualTo(attachments() + "/" + id);
		assertThat(body.get("filename").asString()).isEqualTo("ledger.pdf");
		assertThat(body.get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(body.get("size").asLong()).isEqualTo(pdf.length);
		assertThat(body.get("sha256").asString()).isEqualTo(sha256(pdf));

		Api.Response read = api.get(projects(candidate) + "/" + project, owner);
		assertThat(read.header("ETag")).as("adding an attachment is a change of the project").isEqualTo("\"2\"");
		assertThat(read.json().get("attachments")).hasSize(1);
		assertThat(read.json().get("attachments").get(0)).isEqualTo(body);

		HttpResponse<byte[]> download = api.download(created.header("Location"), recruiter(), null);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).contains("application/pdf");
		assertThat(download.headers().firstValueAsLong("Content-Length")).hasValue(pdf.length);
		assertThat(download.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"ledger.pdf\"");
		assertThat(download.headers().allValues("X-Content-Type-Options")).containsExactly("nosniff");
		assertThat(download.headers().firstValue("ETag")).contains("\"" + sha256(pdf) + "\"");
		assertThat(api.download(created.header("Location"), recruiter(), "\"" + sha256(pdf) + "\"").statusCode())
			.isEqualTo(304);
	}

	@Test
	void aNonAsciiNameIsSentAsUtf8AndTextIsStoredWithItsCharset() {
		givenAProjectOfTheOwner();
		Api.Response created = api.upload(attachments(), owner, "Grüße.md", null, SampleFiles.text("# Grüße\n"));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("filename").asString()).isEqualTo("Grüße.md");
		assertThat(created.json().get("contentType").asString()).isEqualTo("text/markdown; charset=UTF-8");

		HttpResponse<byte[]> download = api.download(created.header("Location"), owner, null);
		assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWithIgnoringCase("text/markdown").containsIgnoringCase("charset=UTF-8"));
		assertThat(download.headers().firstValue("Content-Disposition"))
			.hasValueSatisfying(value -> assertThat(value).startsWith("attachment;")
				.contains("filename*=UTF-8''Gr%C3%BC%C3%9Fe.md"));
	}

	@Test
	void elevenMebibytesAre413AndLeaveNothingInGridFs() {
		givenAProjectOfTheOwner();
		GridFsProbe.Counts before = gridFs.counts();

		Api.Response refused = api.upload(attachments(), owner, "big.pdf", "application/pdf", SampleFiles.pdf(11 * MIB));

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).isEqualTo("An attachment may have at most 10485760 bytes");
		assertThat(gridFs.counts()).isEqualTo(before);
		assertThat(gridFs.orphanChunks()).isZero();
	}

	@Test
	void oneByteOverTenMebibytesIsCutOffWhileStreamingAndItsChunksAreDeleted() {
		givenAProjectOfTheOwner();
		GridFsProbe.Counts before = gridFs.counts();

		Api.Response refused = api.upload(attachments(), owner, "big.zip", null, SampleFiles.zip(LIMIT + 1));

		assertThat(refused.status()).isEqualTo(413);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).isEqualTo("An attachment may have at most 10485760 bytes");
		assertThat(gridFs.counts()).isEqualTo(before);
		assertThat(gridFs.orphanChunks()).isZero();
		Api.Response exactly = api.upload(attachments(), owner, "limit.zip", null, SampleFiles.zip(LIMIT));
		assertThat(exactly.status()).isEqualTo(201);
		assertThat(exactly.json().get("size").asLong()).isEqualTo(LIMIT);
	}

	@Test
	void typesAreDecidedFromTheBytes() {
		givenAProjectOfTheOwner();
		GridFsProbe.Counts before = gridFs.counts();

		Api.Response pngAsPdf = api.upload(attachments(), owner, "cv.pdf", "application/pdf", SampleFiles.png(5000));
		Api.Response executable = api.upload(attachments(), owner, "notes.txt", "text/plain", SampleFiles.elf(5000));
		Api.Response unknown = api.upload(attachments(), owner, "data.bin", "application/octet-stream",
				SampleFiles.unknownBinary(5000));

		for (Api.Response refused : List.of(pngAsPdf, executable, unknown)) {
			assertThat(refused.status()).isEqualTo(415);
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		}
		assertThat(gridFs.counts()).isEqualTo(before);
		Api.Response png = api.upload(attachments(), owner, "screenshot", null, SampleFiles.png(5000));
		assertThat(png.json().get("contentType").asString()).isEqualTo("image/png");
	}

	@Test
	void aPathInTheFileNameIsDropped() {
		givenAProjectOfTheOwner();
		Api.Response created = api.upload(attachments(), owner, "../../etc/passwd", null,
				SampleFiles.text("root:x:0:0:root:/root:/bin/bash\n"));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("filename").asString()).isEqualTo("passwd");
		assertThat(api.download(created.header("Location"), owner, null).headers().firstValue("Content-Disposition"))
			.contains("attachment; filename=\"passwd\"");
		Api.Response dots = api.upload(attachments(), owner, "..", null, SampleFiles.text("x"));
		assertThat(dots.status()).isEqualTo(400);
		assertThat(dots.header("Content-Type")).startsWith("application/problem+json");
	}

	@Test
	void onlyTheOwnerAttachesAndDeletesButAnyoneSignedInDownloads() {
		givenAProjectOfTheOwner();
		String bob = TestTokens.bearer("bob-" + candidate, "CANDIDATE");
		assertThat(api.upload(attachments(), bob, "cv.pdf", null, SampleFiles.pdf(100)).status()).isEqualTo(403);
		Api.Response created = api.upload(attachments(), owner, "cv.pdf", null, SampleFiles.pdf(300 * 1024));
		String location = created.header("Location");
		String id = created.json().get("id").asString();
		assertThat(api.download(location, bob, null).statusCode()).isEqualTo(200);
		assertThat(api.download(location, null, null).statusCode()).isEqualTo(401);

		assertThat(api.delete(location, bob).status()).isEqualTo(403);
		assertThat(api.download(location, owner, null).statusCode()).isEqualTo(200);

		assertThat(api.delete(location, owner).status()).isEqualTo(204);
		assertThat(api.download(location, owner, null).statusCode()).isEqualTo(404);
		assertThat(api.get(projects(candidate) + "/" + project, owner).json().get("attachments")).isEmpty();
		assertThat(gridFs.filesLabelled("attachmentId", id)).isEmpty();
		assertThat(gridFs.orphanChunks()).isZero();
	}

	@Test
	void the21stAttachmentIs409() {
		givenAProjectOfTheOwner();
		for (int i = 1; i <= 20; i++) {
			assertThat(api.upload(attachments(), owner, "note-" + i + ".txt", null, SampleFiles.text("note " + i))
				.status()).isEqualTo(201);
		}
		GridFsProbe.Counts before = gridFs.counts();

		Api.Response refused = api.upload(attachments(), owner, "note-21.txt", null, SampleFiles.text("one more"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		assertThat(gridFs.counts()).isEqualTo(before);
	}

	@Test
	void deletingTheProjectDeletesItsAttachmentsChunks() {
		givenAProjectOfTheOwner();
		api.upload(attachments(), owner, "a.png", null, SampleFiles.png(600 * 1024));
		api.upload(attachments(), owner, "b.jpg", null, SampleFiles.jpeg(1000));
		Set<Object> files = gridFs.filesLabelled("projectId", project);
		assertThat(files).hasSize(2);
		assertThat(gridFs.chunksOf(files)).isEqualTo(4);

		assertThat(api.delete(projects(candidate) + "/" + project, owner).status()).isEqualTo(204);

		assertThat(gridFs.filesLabelled("projectId", project)).isEmpty();
		assertThat(gridFs.chunksOf(files)).isZero();
	}

	@Test
	void aDeletedProfileTakesTheAttachmentsAlong() {
		givenAProjectOfTheOwner();
		api.upload(attachments(), owner, "a.png", null, SampleFiles.png(1000));
		Set<Object> files = gridFs.filesLabelled("candidateId", candidate);
		assertThat(files).hasSize(1);

		kafka.publish(ProfileDeleted.of(candidate, 2));

		// GridFS deletes a file's document before its chunks: wait for both
		Eventually.await(KafkaProbe.TIMEOUT, () -> gridFs.chunksOf(files), chunks -> chunks == 0);
		assertThat(gridFs.filesLabelled("candidateId", candidate)).isEmpty();
	}

	@Test
	void bodiesThatAreNotAFilePartAre4xxProblems() {
		givenAProjectOfTheOwner();
		String part = "--xyz\r\nContent-Disposition: form-data; name=\"%s\"; filename=\"a.txt\"\r\n\r\n%s";
		Api.Response json = api.post(attachments(), owner, Map.of("file", "cv.pdf"));
		Api.Response broken = api.postRaw(attachments(), owner, "multipart/form-data; boundary=xyz",
				SampleFiles.text(part.formatted("file", "the closing boundary never comes")));
		Api.Response otherField = api.postRaw(attachments(), owner, "multipart/form-data; boundary=xyz",
				SampleFiles.text(part.formatted("other", "text\r\n--xyz--\r\n")));

		assertThat(json.status()).isEqualTo(415);
		assertThat(broken.status()).isEqualTo(400);
		assertThat(otherField.status()).isEqualTo(400);
		for (Api.Response refused : List.of(json, broken, otherField)) {
			assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
		}
	}

	String attachments() {
		return projects(candidate) + "/" + project + "/attachments";
	}

	static String recruiter() {
		return TestTokens.bearer("acme", "RECRUITER");
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
