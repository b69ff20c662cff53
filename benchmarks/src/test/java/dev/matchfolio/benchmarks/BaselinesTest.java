package dev.matchfolio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.matchfolio.benchmarks.Posting.Need;

class BaselinesTest {

	private static final Posting JAVA_POSTGRES = new Posting("o", "BACKEND_JOB",
			List.of(new Need("Java", 1, 2.0), new Need("PostgreSQL", 1, 1.0)), List.of(new Need("Kafka", 1, 1.0)),
			null, null, null, null, null, null, null, null, null);

	private static final List<Profile> PROFILES = List.of(profile("both", "java", "Postgre SQL", "Kafka"),
			profile("java-only", "Java"), profile("alias-only", "Postgres"), profile("none", "Go"),
			profile("also-both", "JAVA", "postgresql"));

	private static Profile profile(String id, String... skills) {
		return new Profile(id, id, null, null, null, null, null, null,
				List.of(skills).stream().map(name -> new Profile.Skill(name, null)).toList(), null, null, null, null,
				null, null);
	}

	@Test
	void overlapCountsExactNormalisedRequiredSkillsAndBreaksTiesById() {
		assertThat(new OverlapRanker(PROFILES).rank(JAVA_POSTGRES, 10)).containsExactly("also-both", "both",
				"java-only");
	}

	@Test
	void luceneRanksByBm25OverSkillTermsWithoutKnowingAliases() throws Exception {
		try (LuceneRanker lucene = new LuceneRanker(PROFILES)) {
			List<String> ranked = lucene.rank(JAVA_POSTGRES, 10);
			assertThat(ranked).containsExactlyInAnyOrder("both", "also-both", "java-only");
			assertThat(ranked.subList(0, 2)).containsExactlyInAnyOrder("both", "also-both");
			assertThat(lucene.rank(JAVA_POSTGRES, 1)).hasSize(1);
		}
	}

	@Test
	void skillTextKeepsCPlusPlusAndCSharpApartFromC() {
		assertThat(SkillText.normalise("C++")).isNotEqualTo(SkillText.normalise("C"));
		assertThat(SkillText.normalise("C#")).isNotEqualTo(SkillText.normalise("C"));
		assertThat(SkillText.normalise("Node.js")).isEqualTo(SkillText.normalise("node js"));
	}

}
