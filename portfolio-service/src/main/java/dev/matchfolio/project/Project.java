package dev.matchfolio.project;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.matchfolio.support.outbox.OutboxAggregate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A portfolio project, one document per project. Updates change only the fields a client writes
 * ({@link #apply}) on the loaded document, never rebuild it, so what the service adds itself stays intact: the
 * {@link #attachments()} are an embedded list of their metadata, with the bytes in GridFS. They are added and removed
 * by conditional updates ({@link ProjectAttachments}) that bump {@link #version()} like any other change.
 * <p>
 * The document also carries its outbox: the events of its changes not yet published, written by the same
 * single-document write as the change (see {@code dev.matchfolio.support.outbox.Outbox}), so it is stored with
 * {@code insert} and changed only by conditional updates ({@link ProjectChanges}), never replaced by {@code save}. A
 * deleted project stays as a tombstone ({@code deleted}, everything but its id, candidate and creation time removed)
 * until the relay has published its deletion event.
 */
@Document("projects")
@CompoundIndex(name = "candidate_newest_first", def = "{'candidateId': 1, 'createdAt': -1, '_id': -1}")
class Project extends OutboxAggregate {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final int ID_RANDOM_BITS = 80;

	private static final int ID_RADIX = 36;

	/** The stored fields a client's write replaces ({@link #apply}); an update sets exactly these. */
	static final List<String> CONTENT_FIELDS = List.of("title", "summary", "role", "skills", "repositoryUrl",
			"liveUrl", "startedOn", "completedOn", "updatedAt");

	/** Removed from a tombstone with the content: file names can be as personal as the rest. */
	static final String ATTACHMENTS = "attachments";

	static final String CANDIDATE_ID = "candidateId";

	static final String VERSION = "version";

	@Id
	private String id;

	private String candidateId;

	private String title;

	private String summary;

	private String role;

	private List<String> skills;

	private String repositoryUrl;

	private String liveUrl;

	private LocalDate startedOn;

	private LocalDate completedOn;

	private List<Attachment> attachments;

	/** Orders a candidate's projects newest first; never changes after creation. */
	private Instant createdAt;

	private Instant updatedAt;


	@PersistenceCreator
	Project() {
	}

	static Project create(String candidateId, ProjectRequest request, Instant now) {
		Project project = new Project();
		project.id = "pr-" + new BigInteger(ID_RANDOM_BITS, RANDOM).toString(ID_RADIX);
		project.candidateId = candidateId;
		project.createdAt = now;
		project.apply(request, now);
		return project;
	}

	void apply(ProjectRequest request, Instant now) {
		title = request.title();
		summary = request.summary();
		role = request.role();
		skills = List.copyOf(request.skills());
		repositoryUrl = request.repositoryUrl();
		liveUrl = request.liveUrl();
		startedOn = request.startedOn();
		completedOn = request.completedOn();
		updatedAt = now;
	}

	String id() {
		return id;
	}

	String candidateId() {
		return candidateId;
	}

	String title() {
		return title;
	}

	String summary() {
		return summary;
	}

	String role() {
		return role;
	}

	List<String> skills() {
		return skills == null ? List.of() : skills;
	}

	String repositoryUrl() {
		return repositoryUrl;
	}

	String liveUrl() {
		return liveUrl;
	}

	LocalDate startedOn() {
		return startedOn;
	}

	LocalDate completedOn() {
		return completedOn;
	}

	List<Attachment> attachments() {
		return attachments == null ? List.of() : attachments;
	}

}
