package dev.matchfolio.profile;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

/**
 * Profiles in the store. New profiles are stored with {@code insert} (their first event inside); changes and
 * deletions go through {@link ProfileChanges}, never {@code save} or {@code delete}, so that every change appends its
 * event in the same write and no pending event is overwritten or dropped.
 */
interface ProfileRepository extends MongoRepository<Profile, String>, ProfileChanges {

	Optional<Profile> findByOwnerId(String ownerId);

	/** Profiles whose {@code skillKeys} array holds {@code skillKey}: an equality match on the multikey index. */
	Page<Profile> findBySkillKeys(String skillKey, Pageable pageable);

	/** Every profile except tombstones (whose other fields are gone, so the skill search never finds them). */
	Page<Profile> findByDeletedIsNull(Pageable pageable);

}
