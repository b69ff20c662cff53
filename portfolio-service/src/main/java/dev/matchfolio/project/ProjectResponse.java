package dev.matchfolio.project;

import java.time.LocalDate;
import java.util.List;

/** A project as the public API shows it; {@code attachments} was added later and lists their metadata. */
record ProjectResponse(String id, String candidateId, String title, String summary, String role, List<String> skills,
		String repositoryUrl, String liveUrl, LocalDate startedOn, LocalDate completedOn, long version,
		List<AttachmentResponse> attachments) {

	static ProjectResponse of(Project project) {
		return new ProjectResponse(project.id(), project.candidateId(), project.title(), project.summary(),
				project.role(), project.skills(), project.repositoryUrl(), project.liveUrl(), project.startedOn(),
				project.completedOn(), project.version(),
				project.attachments().stream().map(AttachmentResponse::of).toList());
	}

}
