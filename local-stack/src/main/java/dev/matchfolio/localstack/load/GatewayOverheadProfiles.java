package dev.matchfolio.localstack.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import dev.matchfolio.localstack.demo.Api;

/**
 * Plausible candidate profiles for the load run: a back-end, front-end or data leaning, five to ten skills with
 * levels that go with the years of experience, a European city, remote work and full-time employment accepted (so
 * every one of them is ranked for the load opening and the ranking works on the full set).
 */
final class GatewayOverheadProfiles {

	private static final List<List<String>> TRACKS = List.of(
			List.of("Java", "Spring Boot", "PostgreSQL", "Kafka", "Docker", "Kubernetes", "Hibernate", "Redis",
					"Gradle", "Maven", "AWS", "gRPC"),
			List.of("TypeScript", "React", "Node.js", "GraphQL", "CSS", "Next.js", "Jest", "Docker", "AWS", "Vue"),
			List.of("Python", "SQL", "Pandas", "Spark", "Airflow", "Postgres", "dbt", "Kafka", "Docker", "Scala"),
			List.of("Go", "Kubernetes", "Terraform", "Prometheus", "Linux", "gRPC", "PostgreSQL", "Docker", "AWS"),
			List.of("Kotlin", "Java", "Spring", "MongoDB", "Kafka", "Docker", "Kubernetes", "Redis", "SQL"));

	private record City(String city, String country, String timezone, String currency) {
	}

	private static final List<City> CITIES = List.of(new City("Berlin", "DE", "Europe/Berlin", "EUR"),
			new City("Amsterdam", "NL", "Europe/Amsterdam", "EUR"), new City("Lisbon", "PT", "Europe/Lisbon", "EUR"),
			new City("Warsaw", "PL", "Europe/Warsaw", "PLN"), new City("London", "GB", "Europe/London", "GBP"),
			new City("Madrid", "ES", "Europe/Madrid", "EUR"));

	private static final List<String> FIRST = List.of("Alice", "Ben", "Clara", "David", "Elena", "Felix", "Greta",
			"Hugo", "Ines", "Jonas", "Karin", "Luca", "Mara", "Nils", "Olga", "Paul", "Rosa", "Sven", "Tara", "Yusuf");

	private static final List<String> LAST = List.of("Doe", "Fischer", "Jansen", "Moreau", "Garcia", "Silva",
			"Kowalski", "Novak", "Rossi", "Berg", "Lindqvist", "Costa", "Meyer", "Okafor", "Santos", "Weber");

	private static final int MIN_SKILLS = 5;

	private static final int MAX_LEVEL = 5;

	private static final int MAX_YEARS = 20;

	private static final int FULL_TIME_HOURS = 40;

	private static final int BASE_SALARY = 40_000;

	private static final int SALARY_PER_YEAR = 4_500;

	private static final int SALARY_STEP = 1_000;

	private static final int MAX_DAYS_UNTIL_AVAILABLE = 60;

	private GatewayOverheadProfiles() {
	}

	static Api.Profile candidate(Random random, LocalDate today) {
		List<String> track = TRACKS.get(random.nextInt(TRACKS.size()));
		City city = CITIES.get(random.nextInt(CITIES.size()));
		int years = Math.min(MAX_YEARS, (int) Math.round(Math.abs(random.nextGaussian()) * 6));
		Set<String> names = new LinkedHashSet<>(track.subList(0, 3));
		int count = MIN_SKILLS + random.nextInt(track.size() - MIN_SKILLS + 1);
		while (names.size() < count) {
			names.add(track.get(random.nextInt(track.size())));
		}
		List<Api.Skill> skills = new ArrayList<>();
		int seniority = Math.min(MAX_LEVEL, 1 + years / 3);
		for (String name : names) {
			int level = Math.max(1, Math.min(MAX_LEVEL, seniority + random.nextInt(3) - 1));
			skills.add(new Api.Skill(name, level, random.nextInt(4) == 0 ? null : Math.max(1, years - random.nextInt(2))));
		}
		List<String> engagements = random.nextInt(4) == 0 ? List.of("FULL_TIME", "FREELANCE") : List.of("FULL_TIME");
		List<String> workModes = random.nextBoolean() ? List.of("REMOTE", "HYBRID") : List.of("REMOTE");
		long salary = (BASE_SALARY + (long) SALARY_PER_YEAR * years + random.nextInt(10) * SALARY_STEP);
		String name = FIRST.get(random.nextInt(FIRST.size())) + " " + LAST.get(random.nextInt(LAST.size()));
		return new Api.Profile(name, track.get(0) + " developer", new Api.Location(city.city(), city.country()),
				city.timezone(), workModes, engagements, years, skills, null, new Api.Money(salary, city.currency()),
				today.plusDays(random.nextInt(MAX_DAYS_UNTIL_AVAILABLE)), FULL_TIME_HOURS, null);
	}

	/** Remote, no start date, no pay cap: soft criteria only, so every candidate above is ranked. */
	static Api.Opening opening() {
		return new Api.Opening("BACKEND_JOB", "Java back-end engineer (gateway load test)", "Load Test GmbH",
				"Builds and runs event-driven services; the opening the gateway load script ranks against.",
				List.of(new Api.SkillRequirement("Java", 3, 2.0), new Api.SkillRequirement("PostgreSQL", null, null),
						new Api.SkillRequirement("Kafka", null, null)),
				List.of(new Api.SkillRequirement("Docker", null, null),
						new Api.SkillRequirement("Kubernetes", null, null)),
				2, null, "REMOTE", new Api.Location("Berlin", "DE"), null, null, null, FULL_TIME_HOURS, null);
	}

}
