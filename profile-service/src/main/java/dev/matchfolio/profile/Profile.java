package dev.matchfolio.profile;

import java.lang.reflect.RecordComponent;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import dev.matchfolio.support.outbox.OutboxAggregate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.mapping.Unwrapped;

/**
 * A stored candidate profile. The unique index on {@code ownerId} is what keeps it to one profile per user, even
 * when two creations race; it is sparse because a tombstone has no owner, so a candidate who deleted their profile
 * can create a new one at once. {@code version} is a primitive so that Spring Data starts it at 1 on insert, which is
 * the first version clients see.
 * <p>
 * The document also carries its outbox: the events of its changes not yet published, written by the same
 * single-document write as the change (see {@code dev.matchfolio.support.outbox.Outbox}). A deleted profile stays
 * as a tombstone ({@code deleted}, every personal field removed) until the relay has published its deletion event.
 */
@Document("profiles")
@CompoundIndex(name = "skillKeys_id", def = "{'skillKeys': 1, '_id': 1}")
class Profile extends OutboxAggregate {

	private static final String ID_PREFIX = "p-";

	/** 9 random bytes are 12 URL-safe Base64 characters. */
	private static final int ID_RANDOM_BYTES = 9;

	private static final SecureRandom RANDOM = new SecureRandom();

	/**
	 * The stored fields that hold the candidate's data, replaced by an update and removed from a tombstone: the
	 * components of {@link ProfileContent} (stored flat, {@code @Unwrapped}, under their own names) and the skill keys.
	 */
	static final List<String> CONTENT_FIELDS = Stream
		.concat(Arrays.stream(ProfileContent.class.getRecordComponents()).map(RecordComponent::getName),
				Stream.of("skillKeys"))
		.toList();

	static final String OWNER_ID = "ownerId";

	@Id
	private String id;

	@Indexed(unique = true, sparse = true)
	private String ownerId;

	@Unwrapped.Nullable
	private ProfileContent content;

	/**
	 * The skill names in lower case, so the skill search is an exact lookup on an index (through this compound one,
	 * already in id order for paging) instead of a case-insensitive regex scan.
	 */
	private List<String> skillKeys;


	private Profile() {
	}

	static Profile create(String ownerId, ProfileContent content) {
		Profile profile = new Profile();
		profile.id = newId();
		profile.ownerId = ownerId;
		profile.replaceContent(content);
		return profile;
	}

	static String newId() {
		byte[] bytes = new byte[ID_RANDOM_BYTES];
		RANDOM.nextBytes(bytes);
		return ID_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	void replaceContent(ProfileContent content) {
		this.content = content;
		this.skillKeys = content.skills()
			.stream()
			.map(skill -> ProfileConstraints.skillKey(skill.name()))
			.distinct()
			.toList();
	}

	boolean isOwnedBy(String userId) {
		return userId.equals(ownerId);
	}

	String id() {
		return id;
	}

	String ownerId() {
		return ownerId;
	}

	ProfileContent content() {
		return content;
	}

	List<String> skillKeys() {
		return skillKeys;
	}

}
