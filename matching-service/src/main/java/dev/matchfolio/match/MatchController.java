package dev.matchfolio.match;

import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.store.LastKnownCopies;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MatchController {

	private final Matches matches;

	private final LastKnownCopies copies;

	MatchController(Matches matches, LastKnownCopies copies) {
		this.matches = matches;
		this.copies = copies;
	}

	@GetMapping("/api/openings/{id}/matches")
	ResponseEntity<OpeningMatches> forOpening(@PathVariable String id,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset, @Parameter(hidden = true) Caller caller) {
		Read<OpeningMatches> read = matches.forOpening(id, caller, limit, offset);
		return copies.ok(read).body(read.value());
	}

	@GetMapping("/api/candidates/{candidateId}/matches")
	CandidateMatches forCandidate(@PathVariable String candidateId,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset, @Parameter(hidden = true) Caller caller) {
		return matches.forCandidate(candidateId, caller, limit, offset);
	}

}
