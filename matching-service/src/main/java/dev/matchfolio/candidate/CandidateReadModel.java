package dev.matchfolio.candidate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.events.ProjectUpserted;
import dev.matchfolio.ranking.SkillKeys;
import org.bson.Document;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The {@value #COLLECTION} collection: one document per candidate with the latest profile, the candidate's projects
 * keyed by project id, and {@code skillKeys} (normalised profile skill names, indexed) for finding candidates by
 * skill.
 * <p>
 * Every event is applied with one conditional single-document update whose filter requires the stored version to be
 * older than the event's (per profile; per project for project events), so duplicates, replays and late older events
 * match nothing and change nothing, without transactions. A deletion keeps its version as a tombstone.
 */
@Component
public class CandidateReadModel {

	static final String COLLECTION = "candidates";

	/** The profile version of a candidate known only from project events, older than any real version. */
	static final long NO_PROFILE_YET = -1L;

	private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z0-9_-]{1,128}");

	private static final JsonWriterSettings RELAXED = JsonWriterSettings.builder().outputMode(JsonMode.RELAXED).build();

	private final MongoOperations mongo;

	private final Clock clock;

	CandidateReadModel(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	/** Creates the index of candidates by skill; run by the service's store set-up. */
	public void createIndexes() {
		mongo.indexOps(COLLECTION).createIndex(new Index("skillKeys", Sort.Direction.ASC).named("skillKeys"));
	}

	/** Applies a profile event; returns whether it changed anything (false for stale or duplicate events). */
	public boolean apply(ProfileEvent event) {
		Query newer = Query
			.query(Criteria.where("_id").is(event.candidateId()).and("profileVersion").lt(event.version()));
		Update update = new Update().set("profileVersion", event.version()).set("updatedAt", clock.instant());
		if (event instanceof ProfileUpserted upserted) {
			ProfileSnapshot profile = upserted.profile();
			update.set("deleted", false).set("profile", toDocument(profile)).set("skillKeys", skillKeys(profile));
		}
		else {
			update.set("deleted", true).unset("profile").unset("skillKeys").unset("projects");
		}
		return upsertIfNewer(newer, update);
	}

	/**
	 * Applies a portfolio event. Projects of a candidate whose profile has not arrived yet are kept (the topics are
	 * partitioned independently); projects of a deleted candidate are not.
	 */
	public boolean apply(PortfolioEvent event) {
		String path = "projects." + fieldKey(event.projectId());
		Query newer = Query.query(Criteria.where("_id")
			.is(event.candidateId())
			.and("deleted")
			.ne(true)
			.orOperator(Criteria.where(path + ".version").exists(false),
					Criteria.where(path + ".version").lt(event.version())));
		Document entry = new Document("projectId", event.projectId()).append("version", event.version());
		if (event instanceof ProjectUpserted upserted) {
			entry.append("deleted", false).append("project", toDocument(upserted.project()));
		}
		else {
			entry.append("deleted", true);
		}
		Update update = new Update().set(path, entry)
			.set("updatedAt", clock.instant())
			.setOnInsert("profileVersion", NO_PROFILE_YET)
			.setOnInsert("deleted", false);
		return upsertIfNewer(newer, update);
	}

	public Optional<CandidateState> find(String candidateId) {
		return Optional.ofNullable(mongo.findById(candidateId, Document.class, COLLECTION)).map(this::toState);
	}

	/** Candidates with a live profile listing at least one of the given normalised skill keys (indexed). */
	public List<CandidateState> withAnySkill(Collection<String> skillKeys) {
		if (skillKeys.isEmpty()) {
			return List.of();
		}
		return mongo.find(Query.query(Criteria.where("skillKeys").in(skillKeys)), Document.class, COLLECTION)
			.stream()
			.map(this::toState)
			.filter(CandidateState::hasProfile)
			.toList();
	}

	/** Every candidate with a live profile, streamed (for rebuilding derived state such as the ranking index). */
	public void forEachRankable(Consumer<CandidateState> action) {
		try (Stream<Document> documents = mongo.stream(Query.query(Criteria.where("deleted").ne(true)), Document.class,
				COLLECTION)) {
			documents.map(this::toState).filter(CandidateState::hasProfile).forEach(action);
		}
	}

	/**
	 * Upserts so that the first event for a candidate creates the document. When the document exists but the version
	 * guard does not match, the upsert's insert collides on {@code _id}; the same happens when two first events race.
	 * Retrying once without upsert tells the two apart: it applies in the race and matches nothing when stale.
	 */
	private boolean upsertIfNewer(Query newer, Update update) {
		try {
			var result = mongo.upsert(newer, update, COLLECTION);
			return result.getMatchedCount() > 0 || result.getUpsertedId() != null;
		}
		catch (DuplicateKeyException ex) {
			return mongo.updateFirst(newer, update, COLLECTION).getMatchedCount() > 0;
		}
	}

	private CandidateState toState(Document document) {
		Document profile = document.get("profile", Document.class);
		List<CandidateState.Project> projects = new ArrayList<>();
		Document entries = document.get("projects", Document.class);
		if (entries != null) {
			for (Object value : entries.values()) {
				Document entry = (Document) value;
				if (!entry.getBoolean("deleted", false) && entry.get("project") != null) {
					projects.add(new CandidateState.Project(entry.getString("projectId"), number(entry.get("version")),
							fromDocument(entry.get("project", Document.class), ProjectSnapshot.class)));
				}
			}
		}
		projects.sort(Comparator.comparing(CandidateState.Project::projectId));
		return new CandidateState(document.getString("_id"), number(document.get("profileVersion")),
				document.getBoolean("deleted", false),
				profile == null ? null : fromDocument(profile, ProfileSnapshot.class), projects);
	}

	private static List<String> skillKeys(ProfileSnapshot profile) {
		return SkillKeys
			.of(profile.skills().stream().filter(Objects::nonNull).map(ProfileSnapshot.Skill::name).toList());
	}

	/** The stored form is the events' own JSON, so the read model keeps exactly what the producer sent. */
	private static Document toDocument(Object snapshot) {
		return Document.parse(new String(EventJson.write(snapshot), StandardCharsets.UTF_8));
	}

	private static <T> T fromDocument(Document document, Class<T> type) {
		return EventJson.mapper().readValue(document.toJson(RELAXED), type);
	}

	private static long number(Object value) {
		return value instanceof Number number ? number.longValue() : NO_PROFILE_YET;
	}

	/** Project ids become field names; anything that is not a plain token is encoded so that it cannot hold dots. */
	static String fieldKey(String projectId) {
		if (PLAIN_KEY.matcher(projectId).matches()) {
			return projectId;
		}
		return "~" + Base64.getUrlEncoder().withoutPadding().encodeToString(projectId.getBytes(StandardCharsets.UTF_8));
	}

}
