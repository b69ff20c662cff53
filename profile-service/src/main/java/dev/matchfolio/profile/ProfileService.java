package dev.matchfolio.profile;

import java.util.Optional;

import dev.matchfolio.support.outbox.OutboxSignal;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.store.LastKnown;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.store.LastKnownCopies;
import dev.matchfolio.support.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ETag;
import org.springframework.stereotype.Service;

/**
 * Profile use cases: who may do what, and the event of each change. Concurrent changes are caught by the store
 * (version check, unique owner index) and surface as 409; nothing is overwritten silently. Each event is stored in
 * the profile's outbox by the same write as its change, and the outbox relay publishes it: nothing is sent on the
 * request thread, so writes succeed while Kafka is away, and no event is lost when the process dies after a write.
 */
@Service
class ProfileService {

	private static final Sort STABLE_ORDER = Sort.by("id");

	/** The version the store gives a new profile. */
	private static final long FIRST_VERSION = 1;

	private final ProfileRepository repository;

	private final OutboxSignal relay;

	/** What {@link #read} serves while the store is away; the profiles in it are never changed. */
	private final LastKnown<Profile> lastKnown;

	ProfileService(ProfileRepository repository, OutboxSignal relay, LastKnownCopies copies) {
		this.repository = repository;
		this.relay = relay;
		this.lastKnown = copies.of("profile");
	}

	Profile create(Caller caller, ProfileContent content) {
		Profile profile = Profile.create(caller.id(), content);
		profile.recordForInsert(ProfileEvents.outboxEntry(ProfileEvents.upserted(profile, FIRST_VERSION)));
		Profile saved;
		try {
			saved = repository.insert(profile);
		}
		catch (DuplicateKeyException ex) {
			// the unique index on ownerId, so two racing creations cannot both succeed
			throw ApiException.conflict("User " + caller.id() + " already has a profile");
		}
		relay.wake();
		lastKnown.remember(saved.id(), saved);
		return saved;
	}

	Profile mine(Caller caller) {
		return repository.findByOwnerId(caller.id())
			.orElseThrow(() -> ApiException.notFound("Profile of user", caller.id()));
	}

	/** A tombstone (deleted, its deletion event not yet published) is gone for clients. */
	Profile get(String id) {
		return live(id).orElseThrow(() -> ApiException.notFound("Profile", id));
	}

	/**
	 * A profile for a client to read: from the store, or while the store is away the last copy this instance read or
	 * wrote ({@link Read#stale()}). Nothing may change the profile returned.
	 */
	Read<Profile> read(String id) {
		return lastKnown.read(id, () -> live(id)).orElseThrow(() -> ApiException.notFound("Profile", id));
	}

	private Optional<Profile> live(String id) {
		return repository.findById(id).filter(profile -> !profile.isDeleted());
	}

	/** Replaces the content; {@code ifMatch} (may be null) must name the stored version. */
	Profile update(Caller caller, String id, String ifMatch, ProfileContent content) {
		Profile profile = get(id);
		if (!profile.isOwnedBy(caller.id())) {
			throw ApiException.forbidden("Only the owner may change profile " + id);
		}
		if (ifMatch != null && !matches(ifMatch, profile.version())) {
			throw ApiException.preconditionFailed(
					"Profile " + id + " is at version " + profile.version() + "; read it again and retry");
		}
		profile.replaceContent(content);
		// written only if the stored version is still the one read above
		Profile saved = repository.update(profile,
				ProfileEvents.outboxEntry(ProfileEvents.upserted(profile, profile.version() + 1)));
		relay.wake();
		lastKnown.remember(id, saved);
		return saved;
	}

	void delete(Caller caller, String id) {
		Profile profile = get(id);
		if (!profile.isOwnedBy(caller.id()) && !caller.isAdmin()) {
			throw ApiException.forbidden("Only the owner or an admin may delete profile " + id);
		}
		// only the version read above, so the deletion's version follows the last upsert
		repository.tombstone(profile, ProfileEvents.outboxEntry(ProfileEvents.deleted(profile)));
		relay.wake();
		lastKnown.forget(id);
	}

	/** All profiles, or those with a skill of that name (any case), in id order. */
	Page<Profile> search(String skill, int page, int size) {
		PageRequest pageRequest = PageRequest.of(page, size, STABLE_ORDER);
		if (skill == null || skill.isBlank()) {
			return repository.findByDeletedIsNull(pageRequest);
		}
		return repository.findBySkillKeys(ProfileConstraints.skillKey(skill), pageRequest);
	}

	/**
	 * Weak tags count too: the tag is the version number either way, and a proxy that compresses responses may
	 * weaken it.
	 */
	private static boolean matches(String ifMatch, long version) {
		String current = Long.toString(version);
		return ETag.parse(ifMatch).stream().anyMatch(tag -> tag.isWildcard() || tag.tag().equals(current));
	}

}
