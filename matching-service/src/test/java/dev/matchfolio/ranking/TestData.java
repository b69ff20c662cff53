package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;

/** Readable test inputs: a small taxonomy, a fixed day and builders for candidates and openings. */
final class TestData {

	static final Taxonomy TAXONOMY = Taxonomy.fromClasspath("taxonomy-test.json");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private TestData() {
	}

	static OpeningSpec.Requirement skill(String name) {
		return new OpeningSpec.Requirement(name, 1, 1.0);
	}

	static OpeningSpec.Requirement skill(String name, int minLevel, double weight) {
		return new OpeningSpec.Requirement(name, minLevel, weight);
	}

	static Opening opening(JobKind kind, OpeningSpec.Requirement... required) {
		return new Opening(kind, List.of(required));
	}

	static Person person(String id) {
		return new Person(id);
	}

	/** Builds an {@link OpeningSpec}. */
	static final class Opening {

		private final JobKind kind;

		private final List<OpeningSpec.Requirement> required;

		private List<OpeningSpec.Requirement> niceToHave = List.of();

		private Integer minYears;

		private Integer maxYears;

		private WorkMode workMode;

		private String country;

		private String city;

		private Money rateMax;

		private Money salaryMax;

		private LocalDate start;

		private Integer hours;

		Opening(JobKind kind, List<OpeningSpec.Requirement> required) {
			this.kind = kind;
			this.required = required;
		}

		Opening niceToHave(OpeningSpec.Requirement... skills) {
			niceToHave = List.of(skills);
			return this;
		}

		Opening years(Integer min, Integer max) {
			minYears = min;
			maxYears = max;
			return this;
		}

		Opening at(WorkMode mode, String country, String city) {
			workMode = mode;
			this.country = country;
			this.city = city;
			return this;
		}

		Opening rateMax(double amount, String currency) {
			rateMax = new Money(amount, currency);
			return this;
		}

		Opening salaryMax(double amount, String currency) {
			salaryMax = new Money(amount, currency);
			return this;
		}

		Opening start(LocalDate date, Integer hoursPerWeek) {
			start = date;
			hours = hoursPerWeek;
			return this;
		}

		OpeningSpec build() {
			return new OpeningSpec("o-1", kind, required, niceToHave, minYears, maxYears, workMode, country, city,
					rateMax, salaryMax, start, hours);
		}

	}

	/** Builds a {@link Candidate}. */
	static final class Person {

		private final String id;

		private final Set<Engagement> engagements = EnumSet.noneOf(Engagement.class);

		private final Set<WorkMode> workModes = EnumSet.noneOf(WorkMode.class);

		private String country;

		private String city;

		private String timezone;

		private Integer years;

		private final List<Candidate.Skill> skills = new ArrayList<>();

		private final List<Candidate.Project> projects = new ArrayList<>();

		private Money rate;

		private Money salary;

		private LocalDate availableFrom;

		private Integer hours;

		private final List<Candidate.Education> education = new ArrayList<>();

		Person(String id) {
			this.id = id;
		}

		Person skill(String name, Integer level) {
			skills.add(new Candidate.Skill(name, level));
			return this;
		}

		Person project(String projectId, LocalDate completedOn, String... projectSkills) {
			projects.add(new Candidate.Project(projectId, Arrays.asList(projectSkills), null, completedOn));
			return this;
		}

		Person accepts(Engagement... accepted) {
			engagements.addAll(List.of(accepted));
			return this;
		}

		Person works(WorkMode... modes) {
			workModes.addAll(List.of(modes));
			return this;
		}

		Person lives(String country, String city, String timezone) {
			this.country = country;
			this.city = city;
			this.timezone = timezone;
			return this;
		}

		Person years(Integer years) {
			this.years = years;
			return this;
		}

		Person rate(double amount, String currency) {
			rate = new Money(amount, currency);
			return this;
		}

		Person salary(double amount, String currency) {
			salary = new Money(amount, currency);
			return this;
		}

		Person available(LocalDate from, Integer hoursPerWeek) {
			availableFrom = from;
			hours = hoursPerWeek;
			return this;
		}

		Person graduates(int year) {
			education.add(new Candidate.Education("BSc", year));
			return this;
		}

		Candidate build() {
			return new Candidate(id, "Name of " + id, engagements, workModes, country, city, timezone, years, skills,
					projects, rate, salary, availableFrom, hours, education);
		}

	}

}
