package dev.matchfolio.match;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import dev.matchfolio.ranking.Ranking;
import dev.matchfolio.ranking.SkillMatch;

/** {@code GET /api/openings/{id}/matches}: candidates ranked for one opening. */
record OpeningMatches(String openingId, Instant computedAt, int total, List<Item> items) {

	record Item(int rank, String candidateId, String displayName, double score, Map<String, Double> breakdown,
			List<SkillMatch> matchedSkills, List<String> missingSkills, String explanation) {

		static Item of(Ranking.Ranked ranked) {
			var a = ranked.assessment();
			return new Item(ranked.rank(), a.candidateId(), a.displayName(), a.score(), a.breakdown(),
					a.matchedSkills(), a.missingSkills(), a.explanation());
		}

	}

}
