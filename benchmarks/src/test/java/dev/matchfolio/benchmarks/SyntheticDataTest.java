package dev.matchfolio.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SyntheticDataTest {

	private static final long SEED = 42;

	private static final int SAMPLE = 2_000;

	@Test
	void theSameSeedGivesTheSameCandidatesAndOpenings() {
		SyntheticData first = new SyntheticData(SEED);
		SyntheticData second = new SyntheticData(SEED);
		assertThat(list(second.candidates(SAMPLE))).isEqualTo(list(first.candidates(SAMPLE)));
		assertThat(second.openings(20)).isEqualTo(first.openings(20));
		assertThat(first.candidate(1234)).isEqualTo(list(first.candidates(1235)).get(1234));
	}

	@Test
	void anotherSeedGivesOtherData() {
		assertThat(new SyntheticData(SEED + 1).candidate(0)).isNotEqualTo(new SyntheticData(SEED).candidate(0));
	}

	@Test
	void candidatesHaveAboutEightDistinctSkillsFromTheFourHundredSkillVocabulary() {
		Set<String> vocabulary = new HashSet<>(Vocabulary.skillNames().subList(0, SyntheticData.VOCABULARY_SIZE));
		Map<String, Integer> popularity = new HashMap<>();
		int skills = 0;
		for (Profile profile : new SyntheticData(SEED).candidates(SAMPLE)) {
			List<String> names = profile.skills().stream().map(Profile.Skill::name).toList();
			assertThat(names).doesNotHaveDuplicates();
			assertThat(vocabulary).containsAll(names);
			names.forEach(name -> popularity.merge(name, 1, Integer::sum));
			skills += names.size();
			profile.projects().forEach(project -> assertThat(names).containsAll(project.skills()));
		}
		assertThat((double) skills / SAMPLE).isBetween(7.5, 8.5);
		// Zipf-like: the most common skill is far more common than the median one
		List<Integer> counts = new ArrayList<>(popularity.values());
		counts.sort(null);
		assertThat(counts.get(counts.size() - 1)).isGreaterThan(10 * counts.get(counts.size() / 2));
	}

	@Test
	void openingsCoverTheThreeKindsAndAskForSkills() {
		List<Posting> openings = new SyntheticData(SEED).openings(20);
		assertThat(openings).extracting(Posting::kind).contains("BACKEND_JOB", "FREELANCE", "INTERNSHIP");
		assertThat(openings).allSatisfy(opening -> assertThat(opening.requiredSkills()).isNotEmpty());
		assertThat(openings).extracting(Posting::id).doesNotHaveDuplicates();
	}

	private static List<Profile> list(Iterable<Profile> profiles) {
		List<Profile> list = new ArrayList<>();
		profiles.forEach(list::add);
		return list;
	}

}
