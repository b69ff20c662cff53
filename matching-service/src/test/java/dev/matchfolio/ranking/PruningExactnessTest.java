package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;

import static dev.matchfolio.ranking.TestData.TAXONOMY;
import static dev.matchfolio.ranking.TestData.TODAY;
import static dev.matchfolio.ranking.TestData.opening;
import static dev.matchfolio.ranking.TestData.person;
import static dev.matchfolio.ranking.TestData.skill;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ranking skips candidates whose skills alone cannot reach the page; it must still return exactly what scoring
 * everyone would: the same candidates, order, scores and total, whatever the page.
 */
class PruningExactnessTest {

	private static final String[] SKILLS = { "SQL", "Postgres", "MySQL", "Java", "Kotlin", "Spring", "Spring Boot",
			"k8s", "Docker", "Node.js", "Apache Kafka", "Python", "Go", "C++", "C#", "Cobol" };

	/** Held by few candidates each, so their holders are kept as lists, not bit sets (see Postings). */
	private static final String[] RARE_SKILLS = { "Elixir", "Erlang", "Haskell", "OCaml", "Zig", "Crystal", "Nim",
			"Fortran", "Prolog", "Smalltalk", "Ada", "Lisp" };

	private static final String[] COUNTRIES = { "DE", "FR", "NL", null };

	private static final String[] ZONES = { "Europe/Berlin", "America/New_York", "Asia/Tokyo", null };

	private final MatchingEngine engine = new MatchingEngine(EngineSettings.DEFAULTS);

	private final Random random = new Random(42);

	@Test
	void everyPageEqualsScoringEveryCandidate() {
		CandidateIndex index = CandidateIndex.create(TAXONOMY);
		for (int i = 0; i < 3000; i++) {
			index.upsert(randomCandidate("c-" + i));
		}
		List<OpeningSpec> openings = openings();
		assertSameAsExhaustive(index, openings);

		// updates and removals change ordinals and the index size; the per-thread scratch must follow
		for (int i = 0; i < 500; i++) {
			index.upsert(randomCandidate("c-" + random.nextInt(4000)));
			index.remove("c-" + random.nextInt(4000));
		}
		assertSameAsExhaustive(index, openings);
	}

	private void assertSameAsExhaustive(CandidateIndex index, List<OpeningSpec> openings) {
		for (OpeningSpec opening : openings) {
			WeightProfile weights = WeightProfiles.DEFAULTS.forKind(opening.kind());
			List<Assessment> all = new ArrayList<>();
			for (int i = 0; i < 4000; i++) {
				engine.assess(opening, index, "c-" + i, weights, TODAY).ifPresent(all::add);
			}
			all.sort(Comparator.comparingDouble(Assessment::score).reversed().thenComparing(Assessment::candidateId));
			for (int[] page : new int[][] { { 0, 1 }, { 0, 5 }, { 0, 20 }, { 7, 13 }, { 0, 200 } }) {
				Ranking ranking = engine.rank(opening, index, weights, TODAY, page[0], page[1]);
				List<Assessment> expected = all.subList(Math.min(page[0], all.size()),
						Math.min(page[0] + page[1], all.size()));
				assertThat(ranking.total()).isEqualTo(all.size());
				assertThat(ranking.items()).extracting(ranked -> ranked.assessment().candidateId())
					.containsExactlyElementsOf(expected.stream().map(Assessment::candidateId).toList());
				assertThat(ranking.items()).extracting(ranked -> ranked.assessment().score())
					.containsExactlyElementsOf(expected.stream().map(Assessment::score).toList());
			}
		}
	}

	private List<OpeningSpec> openings() {
		return List.of(
				opening(JobKind.BACKEND_JOB, skill("Java", 3, 2.0), skill("PostgreSQL"), skill("Kubernetes", 2, 1.0))
					.niceToHave(skill("Apache Kafka"))
					.years(3, 8)
					.at(WorkMode.HYBRID, "DE", "Berlin")
					.salaryMax(80000, "EUR")
					.build(),
				opening(JobKind.FREELANCE, skill("Go"), skill("Docker"), skill("SQL", 2, 1.5))
					.at(WorkMode.REMOTE, "NL", null)
					.rateMax(90, "EUR")
					.start(TODAY.plusDays(14), 30)
					.build(),
				opening(JobKind.INTERNSHIP, skill("Python"), skill("Spring Framework"))
					.niceToHave(skill("Cobol"), skill("C#"))
					.build(),
				// rare skills: sparse holder lists alongside dense bit sets
				opening(JobKind.BACKEND_JOB, skill("Erlang", 2, 2.0), skill("Elixir"), skill("Docker"))
					.niceToHave(skill("Haskell"))
					.build(),
				// on-site in a country where no candidate lives: only those who do not say where they live pass
				opening(JobKind.BACKEND_JOB, skill("Java"), skill("SQL"))
					.at(WorkMode.ONSITE, "CH", "Zurich")
					.build(),
				// many required skills, each a small share: candidates are ruled out by how many they hold, and by
				// their work mode
				opening(JobKind.FREELANCE, skill("Java", 2, 2.0), skill("SQL"), skill("Docker", 1, 1.5),
						skill("Kubernetes"), skill("Python", 1, 2.0), skill("Apache Kafka"))
					.niceToHave(skill("Go"))
					.at(WorkMode.REMOTE, "DE", null)
					.rateMax(70, "EUR")
					.build(),
				opening(JobKind.INTERNSHIP, skill("Spring Boot"), skill("Node.js", 1, 1.5), skill("MySQL"),
						skill("C++"), skill("Kotlin", 1, 2.0))
					.at(WorkMode.ONSITE, "FR", "Paris")
					.build(),
				// a start date before the stored range of available-from days: checked candidate by candidate
				opening(JobKind.FREELANCE, skill("Go"), skill("Kotlin"))
					.start(LocalDate.of(1999, 6, 1), 20)
					.build());
	}

	private Candidate randomCandidate(String id) {
		TestData.Person person = person(id);
		int skills = 1 + random.nextInt(6);
		for (int s = 0; s < skills; s++) {
			person.skill(SKILLS[random.nextInt(SKILLS.length)], random.nextInt(4) == 0 ? null : 1 + random.nextInt(5));
		}
		if (random.nextInt(8) == 0) {
			person.skill(RARE_SKILLS[random.nextInt(RARE_SKILLS.length)], 1 + random.nextInt(5));
		}
		if (random.nextBoolean()) {
			person.project("pr-" + id, random.nextBoolean() ? null : TODAY.minusDays(random.nextInt(2000)),
					SKILLS[random.nextInt(SKILLS.length)]);
		}
		if (random.nextInt(3) == 0) {
			person.accepts(Engagement.values()[random.nextInt(Engagement.values().length)]);
		}
		if (random.nextBoolean()) {
			person.works(WorkMode.values()[random.nextInt(WorkMode.values().length)]);
		}
		person.lives(COUNTRIES[random.nextInt(COUNTRIES.length)], random.nextBoolean() ? "Berlin" : "Paris",
				ZONES[random.nextInt(ZONES.length)]);
		person.years(random.nextInt(5) == 0 ? null : random.nextInt(20));
		if (random.nextBoolean()) {
			person.rate(50 + random.nextInt(80), random.nextInt(5) == 0 ? "USD" : "EUR");
		}
		if (random.nextBoolean()) {
			person.salary(40000 + random.nextInt(80000), "EUR");
		}
		person.available(random.nextInt(4) == 0 ? null : TODAY.plusDays(random.nextInt(90)),
				random.nextBoolean() ? null : 10 + random.nextInt(30));
		if (random.nextBoolean()) {
			person.graduates(2015 + random.nextInt(12));
		}
		return person.build();
	}

}
