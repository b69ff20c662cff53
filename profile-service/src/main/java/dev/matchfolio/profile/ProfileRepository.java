package dev.matchfolio.profile;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ProfileRepository extends MongoRepository<Profile, String> {

	Optional<Profile> findByOwnerId(String ownerId);

	/** Profiles whose {@code skillKeys} array holds {@code skillKey}: an equality match on the multikey index. */
	Page<Profile> findBySkillKeys(String skillKey, Pageable pageable);

}
