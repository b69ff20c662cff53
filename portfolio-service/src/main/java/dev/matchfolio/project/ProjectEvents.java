package dev.matchfolio.project;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.ProjectDeleted;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.events.ProjectUpserted;
import dev.matchfolio.events.Topics;
import dev.matchfolio.support.outbox.OutboxEntry;

/** The one place where a stored project becomes an event. */
final class ProjectEvents {

	private ProjectEvents() {
	}

	static ProjectSnapshot snapshot(Project project) {
		return new ProjectSnapshot(project.id(), project.candidateId(), project.title(), project.summary(),
				project.role(), project.skills(), project.repositoryUrl(), project.liveUrl(), project.startedOn(),
				project.completedOn());
	}

	static ProjectUpserted upserted(Project project) {
		return upserted(project, project.version());
	}

	/** The project's content as it will be stored at {@code version}: the event is written before the store sets it. */
	static ProjectUpserted upserted(Project project, long version) {
		return ProjectUpserted.of(snapshot(project), version);
	}

	/** A deletion is the project's next version, so consumers order it after the last upsert they saw. */
	static ProjectDeleted deleted(Project project) {
		return ProjectDeleted.of(project.candidateId(), project.id(), project.version() + 1);
	}

	/**
	 * The event as it waits in the outbox: keyed by the candidate id, so the events of one candidate's projects keep
	 * their order.
	 */
	static OutboxEntry outboxEntry(PortfolioEvent event) {
		return OutboxEntry.of(Topics.PORTFOLIO_EVENTS, event.candidateId(), event.eventId(), event.occurredAt(),
				EventJson.write(event));
	}

}
