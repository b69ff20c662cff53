package dev.matchfolio.profile;

import java.net.URI;

import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.store.LastKnownCopies;
import dev.matchfolio.support.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Candidate profiles, as the "Candidate profiles" section of the API contract describes them. */
@RestController
@RequestMapping(ProfileController.BASE_PATH)
class ProfileController {

	static final String BASE_PATH = "/api/profiles";

	static final String DEFAULT_PAGE_SIZE = "20";

	static final int MAX_PAGE_SIZE = 100;

	/** Keeps {@code page * size} within the store's int skip; nobody pages this far through profiles. */
	static final int MAX_PAGE = 1_000_000;

	/** A skill name is at most this long, so a longer search term cannot match anything. */
	static final int MAX_SKILL_LENGTH = 60;

	private final ProfileService profiles;

	private final LastKnownCopies copies;

	ProfileController(ProfileService profiles, LastKnownCopies copies) {
		this.profiles = profiles;
		this.copies = copies;
	}

	@PostMapping
	@PreAuthorize("hasRole('CANDIDATE')")
	@ResponseStatus(HttpStatus.CREATED) // documents the status; the entity below sets it
	ResponseEntity<ProfileResponse> create(Caller caller, @Valid @RequestBody ProfileContent content) {
		Profile profile = profiles.create(caller, content);
		return ResponseEntity.created(URI.create(BASE_PATH + "/" + profile.id()))
			.eTag(Long.toString(profile.version()))
			.body(ProfileResponse.of(profile));
	}

	@GetMapping("/me")
	@PreAuthorize("hasRole('CANDIDATE')")
	ResponseEntity<ProfileResponse> mine(Caller caller) {
		return single(ResponseEntity.ok(), profiles.mine(caller));
	}

	@GetMapping("/{id}")
	ResponseEntity<ProfileResponse> get(@PathVariable String id) {
		Read<Profile> read = profiles.read(id);
		return single(copies.ok(read), read.value());
	}

	@PutMapping("/{id}")
	ResponseEntity<ProfileResponse> update(Caller caller, @PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Valid @RequestBody ProfileContent content) {
		return single(ResponseEntity.ok(), profiles.update(caller, id, ifMatch, content));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void delete(Caller caller, @PathVariable String id) {
		profiles.delete(caller, id);
	}

	@GetMapping
	@PreAuthorize("hasAnyRole('RECRUITER', 'AGENCY', 'ADMIN')")
	PageResponse<ProfileResponse> search(
			@RequestParam(name = "skill", required = false) @Size(max = MAX_SKILL_LENGTH) String skill,
			@RequestParam(name = "page", defaultValue = "0") @Min(0) @Max(MAX_PAGE) int page,
			@RequestParam(name = "size", defaultValue = DEFAULT_PAGE_SIZE) @Min(1) @Max(MAX_PAGE_SIZE) int size) {
		return PageResponse.of(profiles.search(skill, page, size), ProfileResponse::of);
	}

	private static ResponseEntity<ProfileResponse> single(ResponseEntity.BodyBuilder ok, Profile profile) {
		return ok.eTag(Long.toString(profile.version())).body(ProfileResponse.of(profile));
	}

}
