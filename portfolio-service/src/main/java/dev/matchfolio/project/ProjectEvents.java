package dev.matchfolio.project;

import dev.matchfolio.events.ProjectDeleted;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.events.ProjectUpserted;

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
		return ProjectUpserted.of(snapshot(project), project.version());
	}

	/** A deletion is the project's next version, so consumers order it after the last upsert they saw. */
	static ProjectDeleted deleted(Project project) {
		return ProjectDeleted.of(project.candidateId(), project.id(), project.version() + 1);
	}

}
