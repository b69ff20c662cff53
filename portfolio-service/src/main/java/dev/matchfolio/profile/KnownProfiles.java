package dev.matchfolio.profile;

import java.util.Optional;

import com.mongodb.client.result.UpdateResult;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** The profiles this service has heard of, kept in the local {@code profiles} collection. */
@Service
public class KnownProfiles {

	private final MongoOperations mongo;

	private final ProfileProperties properties;

	KnownProfiles(MongoOperations mongo, ProfileProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	/** The profile, if it exists and is not deleted. */
	public Optional<KnownProfile> live(String candidateId) {
		return Optional.ofNullable(find(candidateId)).filter(profile -> !profile.deleted());
	}

	/**
	 * Like {@link #live}, but when the profile was never heard of, waits a bounded time for its event. Profile events
	 * arrive asynchronously: a candidate who has just created a profile may well reach us a few milliseconds before
	 * the event does, and must not be told that the profile does not exist. A deleted profile is answered at once; the
	 * wait holds a request thread, which is why it is short and configurable.
	 */
	public Optional<KnownProfile> awaitLive(String candidateId) {
		long deadline = System.nanoTime() + properties.waitForUnknown().toNanos();
		KnownProfile known = find(candidateId);
		while (known == null && System.nanoTime() < deadline && pause()) {
			known = find(candidateId);
		}
		return Optional.ofNullable(known).filter(profile -> !profile.deleted());
	}

	boolean isDeleted(String candidateId) {
		KnownProfile known = find(candidateId);
		return known != null && known.deleted();
	}

	/**
	 * Stores {@code state} only if its version is newer than the stored one, so duplicates, replays and late events
	 * change nothing. One conditional upsert: when a same or newer version is stored, the filter does not match and
	 * the insert it falls back to hits the unique {@code _id}.
	 * @return whether the state was stored
	 */
	boolean applyIfNewer(KnownProfile state) {
		Query olderOrAbsent = Query.query(where("_id").is(state.candidateId()).and("version").lt(state.version()));
		Update update = new Update().set("ownerId", state.ownerId())
			.set("version", state.version())
			.set("deleted", state.deleted());
		try {
			UpdateResult result = mongo.upsert(olderOrAbsent, update, KnownProfile.class);
			return result.getModifiedCount() > 0 || result.getUpsertedId() != null;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

	private KnownProfile find(String candidateId) {
		return mongo.findById(candidateId, KnownProfile.class);
	}

	private boolean pause() {
		try {
			Thread.sleep(properties.pollInterval().toMillis());
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
