package dev.matchfolio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class NdcgTest {

	private static final Map<String, Integer> GRADES = Map.of("x", 3, "z", 2, "w", 1, "v", 1);

	@Test
	void matchesTheHandComputedValue() {
		// DCG@3 = (2^3-1)/log2(2) + 0/log2(3) + (2^2-1)/log2(4) = 7 + 0 + 1.5 = 8.5
		// IDCG@3 over grades 3, 2, 1 = 7 + 3/log2(3) + 1/log2(4) = 9.392789...
		assertThat(Ndcg.at(3, List.of("x", "y", "z", "w"), GRADES)).isCloseTo(8.5 / 9.392789260714373,
				within(1e-12));
	}

	@Test
	void theIdealOrderScoresOne() {
		assertThat(Ndcg.at(3, List.of("x", "z", "v"), GRADES)).isCloseTo(1.0, within(1e-12));
	}

	@Test
	void nothingRelevantReturnedScoresZero() {
		assertThat(Ndcg.at(10, List.of("y", "q"), GRADES)).isZero();
		assertThat(Ndcg.at(10, List.of(), GRADES)).isZero();
	}

	@Test
	void anOpeningWithoutRelevantCandidatesScoresZeroRatherThanNaN() {
		assertThat(Ndcg.at(10, List.of("x"), Map.of())).isZero();
	}

}
