package dev.matchfolio.project;

import java.time.Instant;
import java.util.List;

import dev.matchfolio.attachment.AttachmentStore;
import dev.matchfolio.profile.KnownProfile;
import dev.matchfolio.profile.KnownProfiles;
import dev.matchfolio.profile.ProfileRemoved;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.web.ApiException;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ETag;
import org.springframework.stereotype.Service;

/**
 * The rules around projects: who may write them (the owner of the profile, as the profile events tell), version
 * checks, the per-candidate limit, and an event after every change. A project's attachments go with it.
 */
@Service
class ProjectService {

	/** Newest first; the id breaks ties between projects created in the same millisecond, so paging is stable. */
	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final ProjectRepository projects;

	private final KnownProfiles profiles;

	private final ProjectEventPublisher events;

	private final ProjectProperties properties;

	private final AttachmentStore attachments;

	ProjectService(ProjectRepository projects, KnownProfiles profiles, ProjectEventPublisher events,
			ProjectProperties properties, AttachmentStore attachments) {
		this.projects = projects;
		this.profiles = profiles;
		this.events = events;
		this.properties = properties;
		this.attachments = attachments;
	}

	Project create(String candidateId, ProjectRequest request, Caller caller) {
		requireOwner(profiles.awaitLive(candidateId).orElseThrow(() -> profileNotFound(candidateId)), caller);
		// count-then-insert: two concurrent creates can pass the limit by one; the limit guards against abuse, not
		// against an exact count
		if (projects.countByCandidateId(candidateId) >= properties.maxPerCandidate()) {
			throw ApiException
				.conflict("A portfolio holds at most " + properties.maxPerCandidate() + " projects; delete one first");
		}
		Project saved = projects.save(Project.create(candidateId, request, Instant.now()));
		// the profile may have been deleted while we wrote: the clean-up may not have seen this project, so undo it
		if (profiles.live(candidateId).isEmpty()) {
			projects.deleteById(saved.id());
			throw profileNotFound(candidateId);
		}
		events.publish(ProjectEvents.upserted(saved));
		return saved;
	}

	Page<Project> list(String candidateId, int page, int size) {
		if (profiles.live(candidateId).isEmpty()) {
			throw profileNotFound(candidateId);
		}
		return projects.findByCandidateId(candidateId, PageRequest.of(page, size, NEWEST_FIRST));
	}

	Project read(String candidateId, String projectId) {
		return projects.findById(projectId)
			.filter(project -> project.candidateId().equals(candidateId))
			.orElseThrow(() -> ApiException.notFound("Project", projectId));
	}

	Project update(String candidateId, String projectId, ProjectRequest request, String ifMatch, Caller caller) {
		requireOwner(profiles.live(candidateId).orElseThrow(() -> profileNotFound(candidateId)), caller);
		Project project = read(candidateId, projectId);
		requireVersion(project, ifMatch);
		project.apply(request, Instant.now());
		// @Version makes this a compare-and-set: a concurrent change fails it with 409
		Project saved = projects.save(project);
		events.publish(ProjectEvents.upserted(saved));
		return saved;
	}

	void delete(String candidateId, String projectId, String ifMatch, Caller caller) {
		if (!caller.isAdmin()) {
			requireOwner(profiles.live(candidateId).orElseThrow(() -> profileNotFound(candidateId)), caller);
		}
		Project project = read(candidateId, projectId);
		requireVersion(project, ifMatch);
		projects.delete(project);
		// by label, not by the list just read: an upload that listed itself meanwhile is found too
		attachments.deleteAll(ProjectAttachments.PROJECT_LABEL, projectId);
		events.publish(ProjectEvents.deleted(project));
	}

	/** A deleted profile takes its portfolio with it; safe to run again, it finds nothing the second time. */
	@EventListener
	void removePortfolio(ProfileRemoved removed) {
		List<Project> portfolio = projects.findByCandidateId(removed.candidateId());
		for (Project project : portfolio) {
			projects.deleteById(project.id());
			events.publish(ProjectEvents.deleted(project));
		}
		// after the projects, so an upload that lists itself meanwhile fails and deletes its own file, and a failure
		// here fails the Kafka record, whose retry finds the files still labelled with the candidate
		attachments.deleteAll(ProjectAttachments.CANDIDATE_LABEL, removed.candidateId());
	}

	static void requireOwner(KnownProfile profile, Caller caller) {
		if (!profile.isOwnedBy(caller.id())) {
			throw ApiException.forbidden("Only the owner of profile " + profile.candidateId() + " may do this");
		}
	}

	/** {@code If-Match} is optional; when sent, one of its tags (or {@code *}) must match the current version. */
	private static void requireVersion(Project project, String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			return;
		}
		ETag current = ETag.create(Long.toString(project.version()));
		boolean matches = ETag.parse(ifMatch)
			.stream()
			.anyMatch(tag -> tag.isWildcard() || tag.compare(current, false));
		if (!matches) {
			throw ApiException.preconditionFailed("Project " + project.id() + " is at version " + project.version()
					+ "; read it again before changing it");
		}
	}

	private static ApiException profileNotFound(String candidateId) {
		return ApiException.notFound("Profile", candidateId);
	}

}
