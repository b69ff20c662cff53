package dev.matchfolio.project;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import dev.matchfolio.attachment.AttachmentProperties;
import dev.matchfolio.attachment.AttachmentStore;
import dev.matchfolio.attachment.SampleFiles;
import dev.matchfolio.profile.KnownProfile;
import dev.matchfolio.profile.KnownProfiles;
import dev.matchfolio.support.outbox.OutboxEntry;
import dev.matchfolio.support.outbox.OutboxSignal;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.security.Role;
import dev.matchfolio.support.store.StoreAutoConfiguration;
import dev.matchfolio.support.web.ApiException;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.BDDMockito.given;

/**
 * The races around an upload, on the embedded store: the file is stored before it is listed, so whatever happens to
 * the project while the bytes stream in, a file that cannot be listed is deleted again.
 */
@DataMongoTest(properties = { "portfolio.attachments.max-size=1MB", "portfolio.attachments.max-per-project=2",
		"portfolio.attachments.sniff-size=8KB", "portfolio.projects.max-per-candidate=200" })
@Import({ ProjectAttachments.class, ProjectService.class, AttachmentStore.class,
		ProjectAttachmentsTest.Buckets.class })
@EnableConfigurationProperties({ ProjectProperties.class, AttachmentProperties.class })
@ImportAutoConfiguration(StoreAutoConfiguration.class)
class ProjectAttachmentsTest {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri",
				() -> EmbeddedInfrastructure.mongoUri("portfolios-project-attachments-test"));
	}

	@Autowired
	ProjectAttachments attachments;

	@Autowired
	ProjectRepository projects;

	@Autowired
	MongoOperations mongo;

	@MockitoBean
	KnownProfiles profiles;

	@MockitoBean
	OutboxSignal relay;

	final String candidate = "p-" + UUID.randomUUID();

	final Caller alice = new Caller("alice", Set.of(Role.CANDIDATE));

	Project project;

	@BeforeEach
	void aliceOwnsAProject() {
		given(profiles.live(candidate)).willReturn(Optional.of(new KnownProfile(candidate, "alice", 1, false)));
		ProjectRequest request = new ProjectRequest("Ledger", "Double-entry ledger", null, List.of(), null, null, null,
				null);
		Project created = Project.create(candidate, request, Instant.now());
		created.recordForInsert(ProjectEvents.outboxEntry(ProjectEvents.upserted(created, 1)));
		project = projects.insert(created);
	}

	@Test
	void anUploadThatFindsTheProjectFilledMeanwhileIs409AndItsFileIsDeleted() throws IOException {
		attachments.add(candidate, project.id(), file("one.txt", () -> {
		}), alice);
		MockMultipartFile racing = file("three.txt",
				() -> attachments.add(candidate, project.id(), file("two.txt", () -> {
				}), alice));

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> attachments.add(candidate, project.id(), racing, alice))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(409));

		assertThat(projects.findById(project.id()).orElseThrow().attachments()).extracting(Attachment::filename)
			.containsExactly("one.txt", "two.txt");
		assertThat(filesOfProject()).isEqualTo(2);
	}

	@Test
	void anUploadToAProjectDeletedMeanwhileIs404AndItsFileIsDeleted() {
		MockMultipartFile racing = file("late.txt",
				() -> projects.tombstone(project, ProjectEvents.outboxEntry(ProjectEvents.deleted(project))));

		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> attachments.add(candidate, project.id(), racing, alice))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(404));

		assertThat(filesOfProject()).isZero();
	}

	@Test
	void addingAndRemovingAnAttachmentAreChangesOfTheProjectThatKeepItsPendingEvents() throws IOException {
		Attachment added = attachments.add(candidate, project.id(), file("cv.md", () -> {
		}), alice);
		Project withOne = projects.findById(project.id()).orElseThrow();
		assertThat(withOne.version()).isEqualTo(project.version() + 1);
		assertThat(withOne.attachments()).containsExactly(added);

		attachments.remove(candidate, project.id(), added.id(), alice);

		Project withNone = projects.findById(project.id()).orElseThrow();
		assertThat(withNone.version()).isEqualTo(project.version() + 2);
		assertThat(withNone.attachments()).isEmpty();
		assertThat(filesOfProject()).isZero();
		assertThat(withNone.outbox()).as("attachments publish nothing and drop nothing")
			.extracting(OutboxEntry::eventId)
			.containsExactly(project.outbox().get(0).eventId());
	}

	@Test
	void onlyTheOwnerMayAddOrRemoveAnAttachmentNotAnAdminNorAnotherCandidate() throws IOException {
		Caller admin = new Caller("root", Set.of(Role.ADMIN));
		Caller bob = new Caller("bob", Set.of(Role.CANDIDATE));
		Attachment added = attachments.add(candidate, project.id(), file("cv.md", () -> {
		}), alice);

		for (Caller stranger : List.of(admin, bob)) {
			assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> attachments.add(candidate, project.id(), file("x.txt", () -> {
				}), stranger))
				.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(403));
		}
		for (Caller stranger : List.of(admin, bob)) {
			assertThatExceptionOfType(ApiException.class)
				.isThrownBy(() -> attachments.remove(candidate, project.id(), added.id(), stranger))
				.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(403));
		}
		assertThat(projects.findById(project.id()).orElseThrow().attachments()).hasSize(1);
		attachments.remove(candidate, project.id(), added.id(), alice);

		assertThat(projects.findById(project.id()).orElseThrow().attachments()).isEmpty();
		assertThat(filesOfProject()).isZero();
	}

	long filesOfProject() {
		return mongo.getCollection("fs.files").countDocuments(new Document("metadata.projectId", project.id()));
	}

	/** A part whose stream, when opened, first runs {@code meanwhile}: what another request does during the upload. */
	static MockMultipartFile file(String name, Meanwhile meanwhile) {
		return new MockMultipartFile("file", name, null, SampleFiles.text("notes of " + name)) {
			@Override
			public InputStream getInputStream() throws IOException {
				meanwhile.run();
				return super.getInputStream();
			}
		};
	}

	interface Meanwhile {

		void run() throws IOException;

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Buckets {

		@Bean
		GridFSBucket bucket(MongoDatabaseFactory mongo) {
			return GridFSBuckets.create(mongo.getMongoDatabase());
		}

	}

}
