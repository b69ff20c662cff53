package dev.matchfolio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The labelled set is read from matching-service's test resources; this keeps it complete and consistent. */
class QualitySetTest {

	private static final QualitySet SET = QualitySet
		.load(Path.of("..").resolve(QualitySet.DEFAULT_DIRECTORY).normalize());

	@Test
	void hasAtLeastTenOpeningsOfEachKindMixAndAHundredCandidates() {
		assertThat(SET.openings()).hasSizeGreaterThanOrEqualTo(10);
		assertThat(SET.openings()).extracting(Posting::kind).contains("BACKEND_JOB", "FREELANCE", "INTERNSHIP");
		assertThat(SET.candidates()).hasSizeGreaterThanOrEqualTo(100);
		assertThat(SET.candidates()).extracting(Profile::id).doesNotHaveDuplicates();
	}

	@Test
	void everyJudgementNamesAKnownOpeningAndCandidateWithAGradeFromOneToThree() {
		Set<String> openings = new HashSet<>(SET.openings().stream().map(Posting::id).toList());
		Set<String> candidates = new HashSet<>(SET.candidates().stream().map(Profile::id).toList());
		assertThat(openings).containsAll(SET.judgements().keySet());
		SET.judgements().values().forEach(grades -> {
			assertThat(candidates).containsAll(grades.keySet());
			assertThat(grades.values()).allSatisfy(grade -> assertThat(grade).isBetween(1, 3));
		});
		assertThat(SET.openings())
			.allSatisfy(opening -> assertThat(SET.grades(opening.id()).values()).as(opening.id()).contains(3));
	}

	@Test
	void candidatesCarryTheFieldsRankingNeeds() {
		assertThat(SET.candidates()).allSatisfy(candidate -> {
			assertThat(candidate.skills()).isNotEmpty();
			assertThat(candidate.country()).isNotBlank();
			assertThat(candidate.availableFrom()).isNotNull();
		});
		assertThat(SET.candidates().stream().flatMap(c -> c.projects().stream()).toList()).isNotEmpty();
	}

	@Test
	void theBaselinesRankEveryOpening() throws Exception {
		try (LuceneRanker lucene = new LuceneRanker(SET.candidates())) {
			double[][] ndcg = QualityReport.scores(SET, List.of(new OverlapRanker(SET.candidates()), lucene));
			for (double[] row : ndcg) {
				for (double value : row) {
					assertThat(value).isBetween(0.0, 1.0);
				}
			}
		}
	}

}
