package dev.matchfolio.project;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.mongodb.client.gridfs.GridFSDownloadStream;
import com.mongodb.client.result.UpdateResult;
import dev.matchfolio.attachment.AttachmentProperties;
import dev.matchfolio.attachment.AttachmentStore;
import dev.matchfolio.attachment.FileNames;
import dev.matchfolio.attachment.StoredFile;
import dev.matchfolio.profile.KnownProfiles;
import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.web.ApiException;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Attachments of a project: the bytes go to the {@link AttachmentStore}, the metadata into the project document. The
 * file is stored first and listed second, by a conditional update that also enforces the per-project limit; when that
 * update finds nothing (the project was deleted meanwhile, or filled up by a concurrent upload) the file is deleted
 * again. Attachments are not in the portfolio events: adding or removing one bumps the project's version, which only
 * makes the next event's version jump. Both are updates of the listed fields only, never a replace, so the events
 * waiting in the project's outbox stay as they are; neither matches a tombstone.
 */
@Service
class ProjectAttachments {

	/** GridFS metadata labels, by which a project's or a candidate's files are found and deleted. */
	static final String CANDIDATE_LABEL = "candidateId";

	static final String PROJECT_LABEL = "projectId";

	static final String ATTACHMENT_LABEL = "attachmentId";

	private final ProjectService projects;

	private final KnownProfiles profiles;

	private final AttachmentStore store;

	private final MongoOperations mongo;

	private final AttachmentProperties properties;

	ProjectAttachments(ProjectService projects, KnownProfiles profiles, AttachmentStore store, MongoOperations mongo,
			AttachmentProperties properties) {
		this.projects = projects;
		this.profiles = profiles;
		this.store = store;
		this.mongo = mongo;
		this.properties = properties;
	}

	Attachment add(String candidateId, String projectId, MultipartFile file, Caller caller) throws IOException {
		requireOwner(candidateId, caller);
		Project project = projects.read(candidateId, projectId);
		if (project.attachments().size() >= properties.maxPerProject()) {
			throw full();
		}
		String filename = FileNames.sanitize(file.getOriginalFilename());
		String id = Attachment.newId();
		StoredFile stored;
		// the part as a stream: Tomcat keeps a large part in a temporary file, never in the heap
		try (InputStream content = file.getInputStream()) {
			stored = store.store(content, file.getContentType(), filename,
					Map.of(CANDIDATE_LABEL, candidateId, PROJECT_LABEL, projectId, ATTACHMENT_LABEL, id));
		}
		Attachment attachment = Attachment.of(id, filename, stored, Instant.now());
		Query withRoom = Query.query(where("_id").is(projectId)
			.and("candidateId").is(candidateId)
			.and("attachments." + (properties.maxPerProject() - 1)).exists(false)
			.and(Outbox.DELETED).isNull());
		Update listed = new Update().push("attachments", attachment).inc("version", 1).set("updatedAt", Instant.now());
		UpdateResult result = mongo.updateFirst(withRoom, listed, Project.class);
		if (result.getMatchedCount() == 0) {
			store.delete(stored.fileId());
			projects.read(candidateId, projectId);
			throw full();
		}
		projects.changed(projectId);
		return attachment;
	}

	/** The attachment and its bytes, open for reading; the caller closes the stream. */
	Download open(String candidateId, String projectId, String attachmentId) {
		Attachment attachment = find(projects.read(candidateId, projectId), attachmentId);
		GridFSDownloadStream bytes = store.open(attachment.fileId())
			.orElseThrow(() -> ApiException.notFound("Attachment", attachmentId));
		return new Download(attachment, bytes);
	}

	/**
	 * Unlists the attachment, then deletes its bytes. A compare-and-set on the project's version: a concurrent change
	 * of the project makes this 409, as for any other write.
	 */
	void remove(String candidateId, String projectId, String attachmentId, Caller caller) {
		// API.md: attachments are written by the profile's owner only, as projects are
		requireOwner(candidateId, caller);
		Project project = projects.read(candidateId, projectId);
		Attachment attachment = find(project, attachmentId);
		List<Attachment> remaining = project.attachments().stream().filter(a -> !a.id().equals(attachmentId)).toList();
		Query unchanged = Query.query(
				where("_id").is(projectId).and("version").is(project.version()).and(Outbox.DELETED).isNull());
		Update unlisted = new Update().set("attachments", remaining).inc("version", 1).set("updatedAt", Instant.now());
		if (mongo.updateFirst(unchanged, unlisted, Project.class).getMatchedCount() == 0) {
			throw ApiException.conflict("Project " + projectId + " was changed meanwhile; read it again and retry");
		}
		projects.changed(projectId);
		store.delete(attachment.fileId());
	}

	private void requireOwner(String candidateId, Caller caller) {
		ProjectService.requireOwner(profiles.live(candidateId)
			.orElseThrow(() -> ApiException.notFound("Profile", candidateId)), caller);
	}

	private static Attachment find(Project project, String attachmentId) {
		return project.attachments()
			.stream()
			.filter(a -> a.id().equals(attachmentId))
			.findFirst()
			.orElseThrow(() -> ApiException.notFound("Attachment", attachmentId));
	}

	private ApiException full() {
		return ApiException.conflict(
				"A project holds at most " + properties.maxPerProject() + " attachments; delete one first");
	}

	record Download(Attachment attachment, GridFSDownloadStream bytes) {
	}

}
