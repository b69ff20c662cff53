package dev.matchfolio.match;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.matchfolio.opening.OpeningKind;
import dev.matchfolio.ranking.SkillMatch;

/** {@code GET /api/candidates/{candidateId}/matches}: open openings ranked for one candidate. */
record CandidateMatches(String candidateId, Instant computedAt, int total, List<Item> items) {

	record Item(int rank, String openingId, String title, OpeningKind kind, double score,
			Map<String, Double> breakdown, List<SkillMatch> matchedSkills, List<String> missingSkills,
			String explanation) {
	}

}
