package dev.matchfolio.project;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import dev.matchfolio.attachment.AttachmentStore;
import dev.matchfolio.profile.KnownProfile;
import dev.matchfolio.profile.KnownProfiles;
import dev.matchfolio.profile.ProfileRemoved;
import dev.matchfolio.support.outbox.OutboxSignal;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.store.LastKnown;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.store.LastKnownCopies;
import dev.matchfolio.support.web.ApiException;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ETag;
import org.springframework.stereotype.Service;

/**
 * The rules around projects: who may write them (the owner of the profile, as the profile events tell), version
 * checks, the per-candidate limit, and an event for every change. A project's attachments go with it.
 * <p>
 * Each event is stored in the project's outbox by the same write as its change, and the outbox relay publishes it:
 * nothing is sent on the request thread, so writes succeed while Kafka is away, and no event is lost when the process
 * dies after a write. A deleted project stays as a tombstone holding its {@code ProjectDeleted} until the relay has
 * published it; every read here skips tombstones.
 */
@Service
class ProjectService {

	/** Newest first; the id breaks ties between projects created in the same millisecond, so paging is stable. */
	private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

	private final ProjectRepository projects;

	private final KnownProfiles profiles;

	/** The version the store gives a new project. */
	private static final long FIRST_VERSION = 1;

	private final OutboxSignal relay;

	private final ProjectProperties properties;

	private final AttachmentStore attachments;

	/**
	 * What {@link #view} serves while the store is away: projects as last read for a client here. Every change made
	 * here forgets the project's copy once it is written (some are written field by field, never as a whole); a read
	 * that raced the change may leave the older copy, served, marked as such, only while the store is away.
	 */
	private final LastKnown<Project> lastKnown;

	ProjectService(ProjectRepository projects, KnownProfiles profiles, OutboxSignal relay,
			ProjectProperties properties, AttachmentStore attachments, LastKnownCopies copies) {
		this.projects = projects;
		this.profiles = profiles;
		this.relay = relay;
		this.properties = properties;
		this.attachments = attachments;
		this.lastKnown = copies.of("project");
	}

	Project create(String candidateId, ProjectRequest request, Caller caller) {
		requireOwner(profiles.awaitLive(candidateId).orElseThrow(() -> profileNotFound(candidateId)), caller);
		// count-then-insert: two concurrent creates can pass the limit by one; the limit guards against abuse, not
		// against an exact count
		if (projects.countByCandidateIdAndDeletedIsNull(candidateId) >= properties.maxPerCandidate()) {
			throw ApiException
				.conflict("A portfolio holds at most " + properties.maxPerCandidate() + " projects; delete one first");
		}
		Project project = Project.create(candidateId, request, Instant.now());
		project.recordForInsert(ProjectEvents.outboxEntry(ProjectEvents.upserted(project, FIRST_VERSION)));
		Project saved = projects.insert(project);
		// the profile may have been deleted while we wrote: the clean-up may not have seen this project, so undo it,
		// with a deletion event behind the creation's (which the relay may have published already)
		if (profiles.live(candidateId).isEmpty()) {
			tombstoneLatest(saved);
			relay.wake();
			throw profileNotFound(candidateId);
		}
		relay.wake();
		return saved;
	}

	Page<Project> list(String candidateId, int page, int size) {
		if (profiles.live(candidateId).isEmpty()) {
			throw profileNotFound(candidateId);
		}
		return projects.findByCandidateIdAndDeletedIsNull(candidateId, PageRequest.of(page, size, NEWEST_FIRST));
	}

	Project read(String candidateId, String projectId) {
		return liveProject(projectId).filter(project -> project.candidateId().equals(candidateId))
			.orElseThrow(() -> ApiException.notFound("Project", projectId));
	}

	/**
	 * A project for a client to read: from the store, or while the store is away the last copy this instance read
	 * ({@link Read#stale()}). Nothing may change the project returned.
	 */
	Read<Project> view(String candidateId, String projectId) {
		return lastKnown.read(projectId, () -> liveProject(projectId))
			.filter(read -> read.value().candidateId().equals(candidateId))
			.orElseThrow(() -> ApiException.notFound("Project", projectId));
	}

	/** The project unless it is missing or a tombstone. */
	private Optional<Project> liveProject(String projectId) {
		return projects.findById(projectId).filter(project -> !project.isDeleted());
	}

	/** Called by every change of a project made here, once it is written. */
	void changed(String projectId) {
		lastKnown.forget(projectId);
	}

	Project update(String candidateId, String projectId, ProjectRequest request, String ifMatch, Caller caller) {
		requireOwner(profiles.live(candidateId).orElseThrow(() -> profileNotFound(candidateId)), caller);
		Project project = read(candidateId, projectId);
		requireVersion(project, ifMatch);
		project.apply(request, Instant.now());
		// a compare-and-set on the version read above: a concurrent change fails it with 409
		Project saved = projects.update(project,
				ProjectEvents.outboxEntry(ProjectEvents.upserted(project, project.version() + 1)));
		relay.wake();
		changed(projectId);
		return saved;
	}

	void delete(String candidateId, String projectId, String ifMatch, Caller caller) {
		// API.md: projects are written (and deleted) by the profile's owner only
		requireOwner(profiles.live(candidateId).orElseThrow(() -> profileNotFound(candidateId)), caller);
		Project project = read(candidateId, projectId);
		requireVersion(project, ifMatch);
		// only the version read above (a concurrent change is 409), so the deletion's version follows the last upsert
		projects.tombstone(project, ProjectEvents.outboxEntry(ProjectEvents.deleted(project)));
		relay.wake();
		changed(projectId);
		// by label, not by the list just read: an upload that listed itself meanwhile is found too
		attachments.deleteAll(ProjectAttachments.PROJECT_LABEL, projectId);
	}

	/** A deleted profile takes its portfolio with it; safe to run again, it finds nothing the second time. */
	@EventListener
	void removePortfolio(ProfileRemoved removed) {
		List<Project> portfolio = projects.findByCandidateIdAndDeletedIsNull(removed.candidateId());
		portfolio.forEach(this::tombstoneLatest);
		relay.wake();
		// after the projects, so an upload that lists itself meanwhile fails and deletes its own file, and a failure
		// here fails the Kafka record, whose retry finds the files still labelled with the candidate
		attachments.deleteAll(ProjectAttachments.CANDIDATE_LABEL, removed.candidateId());
	}

	/**
	 * Tombstones the project at whatever version it is at by then: a change that won a race against this deletion
	 * (an attachment listed meanwhile) is read again, so the deletion's version still follows it.
	 */
	private void tombstoneLatest(Project project) {
		Optional<Project> current = Optional.of(project);
		while (current.isPresent()) {
			try {
				projects.tombstone(current.get(), ProjectEvents.outboxEntry(ProjectEvents.deleted(current.get())));
				changed(project.id());
				return;
			}
			catch (OptimisticLockingFailureException ex) {
				current = liveProject(project.id());
			}
		}
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
