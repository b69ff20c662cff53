package dev.matchfolio.opening;

import java.net.URI;

import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.store.LastKnownCopies;
import dev.matchfolio.support.web.PageResponse;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.HttpHeaders;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/openings")
class OpeningController {

	private final Openings openings;

	private final LastKnownCopies copies;

	OpeningController(Openings openings, LastKnownCopies copies) {
		this.copies = copies;
		this.openings = openings;
	}

	@PostMapping
	@PreAuthorize("hasAnyRole('RECRUITER', 'AGENCY')")
	ResponseEntity<OpeningResponse> create(@Valid @RequestBody OpeningRequest request,
			@Parameter(hidden = true) Caller caller) {
		Opening opening = openings.create(request, caller);
		return ResponseEntity.created(URI.create("/api/openings/" + opening.getId()))
			.eTag(IfMatch.etag(opening.getVersion()))
			.body(OpeningResponse.of(opening));
	}

	@GetMapping
	PageResponse<OpeningResponse> list(@RequestParam(required = false) OpeningKind kind,
			@RequestParam(required = false) OpeningStatus status,
			@RequestParam(defaultValue = "0") @Min(0) int page,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return PageResponse.of(openings.list(kind, status, page, size), OpeningResponse::of);
	}

	@GetMapping("/{id}")
	ResponseEntity<OpeningResponse> get(@PathVariable String id) {
		Read<Opening> read = openings.read(id);
		return withETag(copies.ok(read), read.value());
	}

	@PutMapping("/{id}")
	ResponseEntity<OpeningResponse> update(@PathVariable String id, @Valid @RequestBody OpeningRequest request,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(hidden = true) Caller caller) {
		return withETag(ResponseEntity.ok(), openings.update(id, request, IfMatch.of(ifMatch), caller));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			@Parameter(hidden = true) Caller caller) {
		openings.delete(id, IfMatch.of(ifMatch), caller);
		return ResponseEntity.noContent().build();
	}

	private static ResponseEntity<OpeningResponse> withETag(ResponseEntity.BodyBuilder ok, Opening opening) {
		return ok.eTag(IfMatch.etag(opening.getVersion())).body(OpeningResponse.of(opening));
	}

}
