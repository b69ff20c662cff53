package dev.matchfolio.project;

import java.net.URI;

import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.store.LastKnownCopies;
import dev.matchfolio.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

@RestController
@RequestMapping("/api/portfolios/{candidateId}/projects")
@Tag(name = "Portfolio projects")
class ProjectController {

	private static final String PROJECT_PATH = "/api/portfolios/{candidateId}/projects/{projectId}";

	private final ProjectService service;

	private final LastKnownCopies copies;

	ProjectController(ProjectService service, LastKnownCopies copies) {
		this.copies = copies;
		this.service = service;
	}

	@PostMapping
	@Operation(summary = "Add a project to the caller's own portfolio",
			description = "201 with Location and ETag. 403 for anyone but the profile's owner, 404 when the profile "
					+ "does not exist, 409 when the portfolio already holds the maximum number of projects (200).")
	ResponseEntity<ProjectResponse> create(@PathVariable String candidateId,
			@Valid @RequestBody ProjectRequest request, @Parameter(hidden = true) Caller caller) {
		Project project = service.create(candidateId, request, caller);
		URI location = UriComponentsBuilder.fromPath(PROJECT_PATH)
			.buildAndExpand(candidateId, project.id())
			.encode()
			.toUri();
		return ResponseEntity.created(location).eTag(etag(project)).body(ProjectResponse.of(project));
	}

	@GetMapping
	@Operation(summary = "A candidate's projects, newest first")
	PageResponse<ProjectResponse> list(@PathVariable String candidateId,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(service.list(candidateId, page, size), ProjectResponse::of);
	}

	@GetMapping("/{projectId}")
	@Operation(summary = "One project")
	ResponseEntity<ProjectResponse> read(@PathVariable String candidateId, @PathVariable String projectId) {
		Read<Project> read = service.view(candidateId, projectId);
		return withEtag(copies.ok(read), read.value());
	}

	@PutMapping("/{projectId}")
	@Operation(summary = "Replace a project's fields (owner only)",
			description = "With If-Match, a stale version is refused with 412 and nothing changes.")
	ResponseEntity<ProjectResponse> update(@PathVariable String candidateId, @PathVariable String projectId,
			@Valid @RequestBody ProjectRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(hidden = true) Caller caller) {
		return withEtag(ResponseEntity.ok(), service.update(candidateId, projectId, request, ifMatch, caller));
	}

	@DeleteMapping("/{projectId}")
	@Operation(summary = "Delete a project (the profile's owner)")
	ResponseEntity<Void> delete(@PathVariable String candidateId, @PathVariable String projectId,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(hidden = true) Caller caller) {
		service.delete(candidateId, projectId, ifMatch, caller);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<ProjectResponse> withEtag(ResponseEntity.BodyBuilder ok, Project project) {
		return ok.eTag(etag(project)).body(ProjectResponse.of(project));
	}

	private static String etag(Project project) {
		return "\"" + project.version() + "\"";
	}

}
