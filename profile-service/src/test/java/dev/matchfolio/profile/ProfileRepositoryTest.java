package dev.matchfolio.profile;

import java.util.List;

import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static dev.matchfolio.profile.ProfileFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The store's side of the rules, on the embedded MongoDB-wire store. */
@DataMongoTest
@Import(ProfileService.class)
class ProfileRepositoryTest {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		EmbeddedInfrastructure.register(registry, "profiles");
	}

	@Autowired
	ProfileRepository repository;

	@Autowired
	ProfileService service;

	@Autowired
	MongoTemplate mongo;

	@MockitoBean
	ProfileEventPublisher events;

	@BeforeEach
	void emptyStore() {
		repository.deleteAll();
	}

	@Test
	void skillSearchIgnoresCaseAndSpacesAndIsPagedInIdOrder() {
		for (String skills : List.of("Java,Kotlin", " JAVA ", "java", "Kotlin", "JavaScript", "Go,jAvA")) {
			repository.insert(Profile.create("user-" + skills.strip(), content(skills.split(","))));
		}

		Page<Profile> first = service.search(" jaVA", 0, 2);
		Page<Profile> second = service.search("JAVA", 1, 2);

		assertThat(first.getTotalElements()).isEqualTo(4);
		assertThat(first.getContent()).hasSize(2);
		assertThat(second.getContent()).hasSize(2);
		List<String> ids = List.of(first.getContent().get(0).id(), first.getContent().get(1).id(),
				second.getContent().get(0).id(), second.getContent().get(1).id());
		assertThat(ids).isSorted().doesNotHaveDuplicates();
		assertThat(first.getContent().get(0).content().skills()).anyMatch(s -> s.name().equalsIgnoreCase("java"));
		assertThat(service.search("script", 0, 20).getTotalElements()).isZero();
	}

	@Test
	void withoutASkillEveryProfileIsListed() {
		repository.insert(Profile.create("anna", content("Java")));
		repository.insert(Profile.create("ben", content()));

		assertThat(service.search(null, 0, 20).getTotalElements()).isEqualTo(2);
		assertThat(service.search("  ", 0, 1).getContent()).hasSize(1);
	}

	@Test
	void skillSearchAndOwnerAreIndexedAndTheOwnerIndexIsUnique() {
		List<IndexInfo> indexes = mongo.indexOps(Profile.class).getIndexInfo();

		assertThat(indexes).anySatisfy(index -> {
			assertThat(index.getIndexFields()).extracting("key").containsExactly("ownerId");
			assertThat(index.isUnique()).isTrue();
		});
		assertThat(indexes).anySatisfy(
				index -> assertThat(index.getIndexFields()).extracting("key").containsExactly("skillKeys", "_id"));
	}

	@Test
	void aSecondProfileForTheSameOwnerIsRefusedByTheStore() {
		repository.insert(Profile.create("alice", content()));

		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> repository.insert(Profile.create("alice", content())));
		assertThat(repository.count()).isOne();
	}

	@Test
	void versionStartsAtOneAndAStaleCopyCannotOverwrite() {
		String id = repository.insert(Profile.create("alice", content())).id();
		Profile first = repository.findById(id).orElseThrow();
		Profile staleForUpdate = repository.findById(id).orElseThrow();
		Profile staleForDelete = repository.findById(id).orElseThrow();
		assertThat(first.version()).isOne();

		first.replaceContent(content("Rust"));
		assertThat(repository.save(first).version()).isEqualTo(2);
		staleForUpdate.replaceContent(content("Cobol"));

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> repository.save(staleForUpdate));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> repository.delete(staleForDelete));
		Profile stored = repository.findById(id).orElseThrow();
		assertThat(stored.version()).isEqualTo(2);
		assertThat(stored.skillKeys()).containsExactly("rust");
	}

	@Test
	void everyFieldSurvivesTheStoreAndIsStoredFlat() {
		Profile profile = repository.insert(Profile.create("alice", content("Java", "Postgres")));

		Profile read = repository.findById(profile.id()).orElseThrow();

		assertThat(read.content()).isEqualTo(content("Java", "Postgres"));
		assertThat(read.ownerId()).isEqualTo("alice");
		assertThat(read.skillKeys()).containsExactly("java", "postgres");
		Document raw = mongo.getCollection("profiles").find(new Document("_id", profile.id())).first();
		assertThat(raw).containsKeys("displayName", "skills", "skillKeys", "ownerId", "version")
			.doesNotContainKey("content");
		assertThat(raw.get("hourlyRate", Document.class).get("amount"))
			.isInstanceOf(Decimal128.class);
	}

}
