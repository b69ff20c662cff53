package dev.matchfolio.profile;

import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.web.ApiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ETag;
import org.springframework.stereotype.Service;

/**
 * Profile use cases: who may do what, and the event after each change. Concurrent changes are caught by the store
 * ({@code @Version}, unique owner index) and surface as 409; nothing is overwritten silently.
 */
@Service
class ProfileService {

	private static final Sort STABLE_ORDER = Sort.by("id");

	private final ProfileRepository repository;

	private final ProfileEventPublisher events;

	ProfileService(ProfileRepository repository, ProfileEventPublisher events) {
		this.repository = repository;
		this.events = events;
	}

	Profile create(Caller caller, ProfileContent content) {
		Profile saved;
		try {
			saved = repository.insert(Profile.create(caller.id(), content));
		}
		catch (DuplicateKeyException ex) {
			// the unique index on ownerId, so two racing creations cannot both succeed
			throw ApiException.conflict("User " + caller.id() + " already has a profile");
		}
		events.publish(ProfileEvents.upserted(saved));
		return saved;
	}

	Profile mine(Caller caller) {
		return repository.findByOwnerId(caller.id())
			.orElseThrow(() -> ApiException.notFound("Profile of user", caller.id()));
	}

	Profile get(String id) {
		return repository.findById(id).orElseThrow(() -> ApiException.notFound("Profile", id));
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
		// saved only if the stored version is still the one read above
		Profile saved = repository.save(profile);
		events.publish(ProfileEvents.upserted(saved));
		return saved;
	}

	void delete(Caller caller, String id) {
		Profile profile = get(id);
		if (!profile.isOwnedBy(caller.id()) && !caller.isAdmin()) {
			throw ApiException.forbidden("Only the owner or an admin may delete profile " + id);
		}
		// removes only the version read above, so the event's version follows the last one published
		repository.delete(profile);
		events.publish(ProfileEvents.deleted(profile));
	}

	/** All profiles, or those with a skill of that name (any case), in id order. */
	Page<Profile> search(String skill, int page, int size) {
		PageRequest pageRequest = PageRequest.of(page, size, STABLE_ORDER);
		if (skill == null || skill.isBlank()) {
			return repository.findAll(pageRequest);
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
