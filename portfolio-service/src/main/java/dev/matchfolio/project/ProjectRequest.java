package dev.matchfolio.project;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The fields of a project a client writes, on create and on update (a full replacement of these fields). */
@CompletedNotBeforeStarted
record ProjectRequest(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 2000) String summary,
		@Size(max = 100) String role,
		@Size(max = 50) @UniqueIgnoringCase List<@NotBlank @Size(max = 60) String> skills,
		@Size(max = 2000) @WebUrl String repositoryUrl, @Size(max = 2000) @WebUrl String liveUrl,
		LocalDate startedOn, LocalDate completedOn) {

	ProjectRequest {
		skills = skills == null ? List.of() : skills;
	}

}
