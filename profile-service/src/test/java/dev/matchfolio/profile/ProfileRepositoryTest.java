package dev.matchfolio.profile;

import java.util.List;

import java.util.Set;

import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.support.outbox.OutboxEntry;
import dev.matchfolio.support.outbox.OutboxSignal;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.security.Role;
import dev.matchfolio.support.store.StoreAutoConfiguration;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static dev.matchfolio.profile.ProfileFixtures.content;
import static dev.matchfolio.profile.ProfileFixtures.event;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The store's side of the rules, on the embedded MongoDB-wire store. */
@DataMongoTest
@Import({ ProfileService.class, ProfileIndexes.class })
@ImportAutoConfiguration(StoreAutoConfiguration.class)
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

	@Autowired
	ProfileIndexes profileIndexes;

	@MockitoBean
	OutboxSignal relay;

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
			// tombstones have no owner, and there may be several
			assertThat(index.isSparse()).isTrue();
		});
		assertThat(indexes).anySatisfy(
				index -> assertThat(index.getIndexFields()).extracting("key").containsExactly("skillKeys", "_id"));
	}

	@Test
	void theOwnerIndexOfEarlierVersionsIsReplacedAtStartUp() {
		IndexOperations indexes = mongo.indexOps(Profile.class);
		indexes.dropIndex("ownerId");
		indexes.createIndex(new Index("ownerId", Sort.Direction.ASC).unique().named("ownerId"));

		profileIndexes.run();

		assertThat(indexes.getIndexInfo()).filteredOn(index -> index.getName().equals("ownerId"))
			.singleElement()
			.satisfies(index -> assertThat(index.isSparse() && index.isUnique()).isTrue());
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
		assertThat(repository.update(first, upserted(first)).version()).isEqualTo(2);
		staleForUpdate.replaceContent(content("Cobol"));

		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> repository.update(staleForUpdate, upserted(staleForUpdate)));
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> repository
			.tombstone(staleForDelete, ProfileEvents.outboxEntry(ProfileEvents.deleted(staleForDelete))));
		Profile stored = repository.findById(id).orElseThrow();
		assertThat(stored.version()).isEqualTo(2);
		assertThat(stored.skillKeys()).containsExactly("rust");
		assertThat(stored.outbox()).extracting(entry -> event(entry).version()).containsExactly(2L);
	}

	@Test
	void everyChangeAppendsItsEventToTheOutboxInTheSameWrite() {
		Caller alice = new Caller("alice", Set.of(Role.CANDIDATE));
		Profile created = service.create(alice, content("Java"));
		service.update(alice, created.id(), "\"1\"", content("Kotlin"));

		Document raw = raw(created.id());
		assertThat(raw.getBoolean(Outbox.PENDING)).isTrue();
		List<ProfileEvent> events = repository.findById(created.id()).orElseThrow().outbox().stream()
			.map(ProfileFixtures::event)
			.toList();
		assertThat(events).extracting(ProfileEvent::version).containsExactly(1L, 2L);
		assertThat(events.get(1)).isInstanceOfSatisfying(ProfileUpserted.class,
				upserted -> assertThat(upserted.profile().skills()).extracting("name").containsExactly("Kotlin"));
		assertThat(raw.getList(Outbox.OUTBOX, Document.class).get(0).getString("payload"))
			.startsWith("{\"type\":\"ProfileUpserted\"");
	}

	@Test
	void anUpdateRemovesTheFieldsLeftOut() {
		Profile profile = repository.insert(Profile.create("alice", content("Java")));
		ProfileContent sparse = new ProfileContent("Alice", null, null, null, null, null, null, null, null, null,
				null, null, null);
		profile.replaceContent(sparse);

		repository.update(profile, upserted(profile));

		assertThat(repository.findById(profile.id()).orElseThrow().content()).isEqualTo(sparse);
		assertThat(raw(profile.id())).doesNotContainKeys("headline", "hourlyRate", "location", "availableFrom")
			.containsEntry("ownerId", "alice");
	}

	@Test
	void aTombstoneKeepsOnlyItsEventHidesFromSearchAndFreesTheOwner() {
		Profile profile = repository.insert(Profile.create("alice", content("Java")));
		repository.insert(Profile.create("bob", content("Java")));

		repository.tombstone(profile, ProfileEvents.outboxEntry(ProfileEvents.deleted(profile)));

		Document raw = raw(profile.id());
		assertThat(raw).containsEntry(Outbox.DELETED, true)
			.doesNotContainKeys("ownerId", "displayName", "skills", "skillKeys", "hourlyRate");
		assertThat(repository.findById(profile.id()).orElseThrow().outbox()).singleElement()
			.satisfies(entry -> assertThat(event(entry)).isInstanceOf(ProfileDeleted.class));
		assertThat(service.search(null, 0, 20).getContent()).extracting(Profile::ownerId).containsExactly("bob");
		assertThat(service.search("java", 0, 20).getContent()).extracting(Profile::ownerId).containsExactly("bob");
		Profile again = repository.insert(Profile.create("alice", content("Go")));
		assertThat(repository.findByOwnerId("alice")).map(Profile::id).contains(again.id());
	}

	private Document raw(String id) {
		return mongo.getCollection("profiles").find(new Document("_id", id)).first();
	}

	private static OutboxEntry upserted(Profile profile) {
		return ProfileEvents.outboxEntry(ProfileEvents.upserted(profile, profile.version() + 1));
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
