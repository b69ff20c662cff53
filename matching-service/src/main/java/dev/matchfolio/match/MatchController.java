package dev.matchfolio.match;

import dev.matchfolio.support.security.Caller;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MatchController {

	private final Matches matches;

	MatchController(Matches matches) {
		this.matches = matches;
	}

	@GetMapping("/api/openings/{id}/matches")
	OpeningMatches forOpening(@PathVariable String id,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset, @Parameter(hidden = true) Caller caller) {
		return matches.forOpening(id, caller, limit, offset);
	}

	@GetMapping("/api/candidates/{candidateId}/matches")
	CandidateMatches forCandidate(@PathVariable String candidateId,
			@RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
			@RequestParam(defaultValue = "0") @Min(0) int offset, @Parameter(hidden = true) Caller caller) {
		return matches.forCandidate(candidateId, caller, limit, offset);
	}

}
