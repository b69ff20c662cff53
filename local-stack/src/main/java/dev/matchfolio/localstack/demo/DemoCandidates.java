package dev.matchfolio.localstack.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import dev.matchfolio.localstack.demo.DemoTracks.City;
import dev.matchfolio.localstack.demo.DemoTracks.Idea;
import dev.matchfolio.localstack.demo.DemoTracks.Track;

/** Makes plausible candidates: skills, levels and pay that go with their experience, projects that show the skills. */
final class DemoCandidates {

	private final Random random;

	private final LocalDate today;

	private final Set<String> names = new HashSet<>();

	DemoCandidates(Random random, LocalDate today) {
		this.random = random;
		this.today = today;
	}

	List<DemoData.Candidate> generate(int count) {
		List<DemoData.Candidate> candidates = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			candidates.add(candidate(String.format("cand-%03d", i)));
		}
		return candidates;
	}

	private DemoData.Candidate candidate(String username) {
		Track track = pickTrack();
		City city = pickCity();
		boolean student = track.isStudent();
		int years = student ? this.random.nextInt(2) : 1 + (int) Math.round(Math.abs(this.random.nextGaussian()) * 6);
		List<String> skillNames = skillNames(track);
		List<Api.Skill> skills = new ArrayList<>();
		for (int i = 0; i < skillNames.size(); i++) {
			skills.add(skill(skillNames.get(i), i < track.core().size(), years, student));
		}
		List<String> engagements = engagements(student, years);
		boolean fullTime = engagements.contains("FULL_TIME");
		boolean freelance = engagements.contains("FREELANCE");
		Api.Profile profile = new Api.Profile(uniqueName(), headline(track, student), new Api.Location(city.city(),
				city.country()), city.timezone(), workModes(student), engagements, years, skills,
				freelance ? hourlyRate(city.currency(), years, student) : null,
				fullTime ? salary(city.currency(), years) : null, this.today.plusDays(between(-30, 90)),
				fullTime ? 40 : pick(List.of(20, 24, 30, 32, 40)), education(city, student, years));
		return new DemoData.Candidate(username, profile, projects(username, track, skillNames, years, student));
	}

	private List<String> skillNames(Track track) {
		Set<String> names = new LinkedHashSet<>(track.core());
		int extras = track.isStudent() ? between(3, 6) : between(2, 6);
		List<String> pool = new ArrayList<>(track.extra());
		while (names.size() < track.core().size() + extras && !pool.isEmpty()) {
			names.add(pool.remove(this.random.nextInt(pool.size())));
		}
		// one spelling per candidate, as people write it; never two spellings of one skill in a profile
		return names.stream().map(name -> pick(DemoTracks.SPELLINGS.getOrDefault(name, List.of(name)))).toList();
	}

	/** Core skills sit near the candidate's seniority, extras a little below; {@code years} is sometimes left out. */
	private Api.Skill skill(String name, boolean core, int years, boolean student) {
		int level = student ? between(1, 3) : clamp(Math.min(5, 2 + years / 3) + (core ? 0 : -1) + between(-1, 1), 1, 5);
		Integer skillYears = (this.random.nextInt(5) == 0) ? null
				: core ? Math.max(1, years - between(0, 1)) : between(student ? 0 : 1, Math.max(1, years));
		return new Api.Skill(name, level, skillYears);
	}

	private List<String> engagements(boolean student, int years) {
		List<String> engagements = new ArrayList<>();
		if (student) {
			engagements.add("INTERNSHIP");
			if (this.random.nextInt(5) == 0) {
				engagements.add("FREELANCE");
			}
			return engagements;
		}
		boolean freelance = this.random.nextInt(100) < 25 + 2 * years;
		if (!freelance || this.random.nextInt(100) < 70) {
			engagements.add("FULL_TIME");
		}
		if (freelance) {
			engagements.add("FREELANCE");
		}
		return engagements;
	}

	private List<String> workModes(boolean student) {
		List<String> modes = new ArrayList<>();
		if (this.random.nextInt(100) < (student ? 40 : 75)) {
			modes.add("REMOTE");
		}
		if (this.random.nextInt(100) < 60) {
			modes.add("HYBRID");
		}
		if (modes.isEmpty() || this.random.nextInt(100) < (student ? 50 : 25)) {
			modes.add("ONSITE");
		}
		return modes;
	}

	private Api.Money hourlyRate(String currency, int years, boolean student) {
		if (student) {
			return new Api.Money(roundTo(between(18, 35), 5), currency);
		}
		int rate = switch (currency) {
			case "USD" -> 55 + 7 * years;
			case "GBP" -> 35 + 5 * years;
			default -> 40 + 5 * years;
		};
		return new Api.Money(roundTo(Math.min(rate + between(0, 20), 180), 5), currency);
	}

	private Api.Money salary(String currency, int years) {
		int salary = switch (currency) {
			case "USD" -> 85_000 + 8_000 * years;
			case "GBP" -> 40_000 + 4_500 * years;
			default -> 42_000 + 4_500 * years;
		};
		return new Api.Money(roundTo(Math.min(salary + between(0, 10_000), 250_000), 1000), currency);
	}

	private List<Api.Education> education(City city, boolean student, int years) {
		if (!student && this.random.nextInt(100) >= 35) {
			return null;
		}
		int graduation = student ? this.today.getYear() + between(0, 2) : this.today.getYear() - years - between(0, 2);
		String degree = (student && this.random.nextBoolean()) || this.random.nextInt(3) == 0 ? "MSc" : "BSc";
		return List.of(new Api.Education(city.university(), degree, pick(DemoTracks.STUDY_FIELDS), graduation));
	}

	/** One to three projects, each showing some of the candidate's skills, the track's own skills first. */
	private List<Api.Project> projects(String username, Track track, List<String> skills, int years, boolean student) {
		List<Idea> ideas = new ArrayList<>(track.ideas());
		List<Api.Project> projects = new ArrayList<>();
		int count = between(1, 3);
		for (int i = 0; i < count && !ideas.isEmpty(); i++) {
			Idea idea = ideas.remove(this.random.nextInt(ideas.size()));
			List<String> shown = new ArrayList<>(skills.subList(0, Math.min(skills.size(), track.core().size())));
			List<String> rest = new ArrayList<>(skills.subList(shown.size(), skills.size()));
			int more = Math.min(rest.size(), between(1, 3));
			for (int k = 0; k < more; k++) {
				shown.add(rest.remove(this.random.nextInt(rest.size())));
			}
			// within the candidate's career: a student's projects are recent
			LocalDate started = this.today.minusDays(between(60, Math.min(1800, 365 * (years + 1))));
			LocalDate completed = started.plusDays(between(30, 270));
			String slug = idea.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
			projects.add(new Api.Project(idea.title(), idea.summary().formatted(listed(shown)),
					student ? pick(List.of("Student project", "Thesis project", "Team member"))
							: pick(List.of("Lead developer", "Back-end developer", "Sole developer", "Tech lead")),
					shown, "https://git.example.org/" + username + "/" + slug,
					this.random.nextInt(4) == 0 ? "https://" + slug + ".example.org" : null, started,
					completed.isAfter(this.today) ? null : completed));
		}
		return projects;
	}

	private String headline(Track track, boolean student) {
		String role = pick(track.roles());
		return student ? role : role + ", " + pick(DemoTracks.DOMAINS);
	}

	private String uniqueName() {
		while (true) {
			String name = pick(DemoTracks.FIRST_NAMES) + " " + pick(DemoTracks.LAST_NAMES);
			if (this.names.add(name)) {
				return name;
			}
		}
	}

	private Track pickTrack() {
		int total = DemoTracks.TRACKS.stream().mapToInt(Track::weight).sum();
		int roll = this.random.nextInt(total);
		for (Track track : DemoTracks.TRACKS) {
			roll -= track.weight();
			if (roll < 0) {
				return track;
			}
		}
		throw new IllegalStateException("weights");
	}

	private City pickCity() {
		int total = DemoTracks.CITIES.stream().mapToInt(City::weight).sum();
		int roll = this.random.nextInt(total);
		for (City city : DemoTracks.CITIES) {
			roll -= city.weight();
			if (roll < 0) {
				return city;
			}
		}
		throw new IllegalStateException("weights");
	}

	private static String listed(List<String> items) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
	}

	private <T> T pick(List<T> items) {
		return items.get(this.random.nextInt(items.size()));
	}

	private int between(int min, int max) {
		return min + this.random.nextInt(max - min + 1);
	}

	private static long roundTo(int value, int step) {
		return Math.round((double) value / step) * step;
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

}
