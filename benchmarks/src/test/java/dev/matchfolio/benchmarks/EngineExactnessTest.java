package dev.matchfolio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.matchfolio.ranking.Assessment;
import dev.matchfolio.ranking.CandidateIndex;
import dev.matchfolio.ranking.EngineSettings;
import dev.matchfolio.ranking.MatchingEngine;
import dev.matchfolio.ranking.OpeningSpec;
import dev.matchfolio.ranking.Ranking;
import dev.matchfolio.ranking.Taxonomy;
import dev.matchfolio.ranking.WeightProfile;
import dev.matchfolio.ranking.WeightProfiles;

/**
 * The engine's pruned ranking of the benchmark's own openings and candidates is exactly what assessing every
 * candidate one by one gives: the same total, candidates, order and scores. The benchmark data has openings with up to
 * eight required skills, where few candidates hold most of them, so every round of the ranking is taken.
 */
class EngineExactnessTest {

	private static final int CANDIDATES = 5_000;

	private final MatchingEngine engine = new MatchingEngine(EngineSettings.DEFAULTS);

	@Test
	void theBenchmarkOpeningsRankAsAssessingEveryoneWould() {
		SyntheticData data = new SyntheticData(RankingBenchmark.SEED);
		CandidateIndex.Builder builder = CandidateIndex.builder(Taxonomy.fromClasspath());
		List<String> ids = new ArrayList<>();
		for (Profile profile : data.candidates(CANDIDATES)) {
			builder.add(EngineRanker.candidate(profile));
			ids.add(profile.id());
		}
		CandidateIndex index = builder.build();
		for (Posting posting : data.openings(RankingBenchmark.OPENINGS)) {
			OpeningSpec opening = EngineRanker.opening(posting);
			WeightProfile weights = WeightProfiles.DEFAULTS.forKind(opening.kind());
			List<Assessment> all = new ArrayList<>();
			for (String id : ids) {
				engine.assess(opening, index, id, weights, SyntheticData.TODAY).ifPresent(all::add);
			}
			all.sort(Comparator.comparingDouble(Assessment::score).reversed().thenComparing(Assessment::candidateId));
			for (int[] page : new int[][] { { 0, 20 }, { 0, 1 }, { 20, 20 }, { 0, 100 } }) {
				Ranking ranking = engine.rank(opening, index, weights, SyntheticData.TODAY, page[0], page[1]);
				List<Assessment> expected = all.subList(Math.min(page[0], all.size()),
						Math.min(page[0] + page[1], all.size()));
				assertThat(ranking.total()).as(posting.id()).isEqualTo(all.size());
				assertThat(ranking.items()).as(posting.id())
					.extracting(ranked -> ranked.assessment().candidateId() + " " + ranked.assessment().score())
					.containsExactlyElementsOf(expected.stream().map(a -> a.candidateId() + " " + a.score()).toList());
			}
		}
	}

}
