package dev.matchfolio.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SplittableRandom;

import dev.matchfolio.benchmarks.Posting.Need;
import dev.matchfolio.benchmarks.Profile.Amount;

/**
 * Deterministic synthetic candidates and openings: about eight skills per candidate out of a 400-skill vocabulary (the
 * taxonomy's canonical names) with Zipf-like popularity, plus levels, years, location, work modes, engagements, rates,
 * availability, hours, education and portfolio projects. Candidate {@code i} depends only on the seed and {@code i},
 * so a million of them can be streamed into an index without ever being held in a list.
 */
final class SyntheticData {

	static final int VOCABULARY_SIZE = 400;

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	private static final double ZIPF_EXPONENT = 1.0;

	private static final int MIN_SKILLS = 6;

	private static final int EXTRA_SKILLS = 5;

	private static final int MAX_LEVEL = 5;

	private static final int MAX_YEARS = 20;

	private static final int AVAILABILITY_DAYS = 180;

	private static final int MAX_PROJECTS = 3;

	private static final String CURRENCY = "EUR";

	private static final String[][] PLACES = { { "DE", "Berlin", "Europe/Berlin" },
			{ "NL", "Amsterdam", "Europe/Amsterdam" }, { "PL", "Warsaw", "Europe/Warsaw" },
			{ "GB", "London", "Europe/London" }, { "ES", "Madrid", "Europe/Madrid" }, { "FR", "Paris", "Europe/Paris" },
			{ "IT", "Milan", "Europe/Rome" }, { "PT", "Lisbon", "Europe/Lisbon" }, { "SE", "Stockholm", "Europe/Stockholm" },
			{ "US", "New York", "America/New_York" }, { "IN", "Bangalore", "Asia/Kolkata" },
			{ "BR", "Sao Paulo", "America/Sao_Paulo" } };

	private static final String[] WORK_MODES = { "REMOTE", "HYBRID", "ONSITE" };

	private static final String[] ENGAGEMENTS = { "FULL_TIME", "FREELANCE", "INTERNSHIP" };

	private static final String[] KINDS = { "BACKEND_JOB", "FREELANCE", "INTERNSHIP" };

	private static final double[] WEIGHTS = { 1.0, 1.0, 1.5, 2.0 };

	private static final int[] HOURS = { 10, 20, 24, 30, 32, 40 };

	private final long seed;

	private final String[] skillsByPopularity;

	private final Zipf zipf = new Zipf(VOCABULARY_SIZE, ZIPF_EXPONENT);

	SyntheticData(long seed) {
		this.seed = seed;
		List<String> names = new ArrayList<>(Vocabulary.skillNames().subList(0, VOCABULARY_SIZE));
		// which skills are popular is itself drawn from the seed, so that popularity does not follow file order
		SplittableRandom shuffle = new SplittableRandom(seed);
		for (int i = names.size() - 1; i > 0; i--) {
			names.set(i, names.set(shuffle.nextInt(i + 1), names.get(i)));
		}
		skillsByPopularity = names.stream().map(String::intern).toArray(String[]::new);
	}

	/** Candidates {@code 0..count-1}, generated on the fly. */
	Iterable<Profile> candidates(int count) {
		return () -> new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return next < count;
			}

			@Override
			public Profile next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return candidate(next++);
			}

		};
	}

	Profile candidate(int i) {
		SplittableRandom random = new SplittableRandom(seed * 31 + i);
		String id = String.format("s-%07d", i);
		String[] place = PLACES[random.nextInt(PLACES.length)];
		List<String> engagements = subset(random, ENGAGEMENTS, true);
		List<Profile.Skill> skills = new ArrayList<>();
		for (String name : distinctSkills(random, MIN_SKILLS + random.nextInt(EXTRA_SKILLS))) {
			skills.add(new Profile.Skill(name, 1 + random.nextInt(MAX_LEVEL)));
		}
		int years = random.nextInt(MAX_YEARS + 1);
		Amount rate = engagements.isEmpty() || engagements.contains("FREELANCE")
				? new Amount(30 + random.nextInt(121), CURRENCY) : null;
		Amount salary = engagements.isEmpty() || engagements.contains("FULL_TIME")
				? new Amount(30_000 + 1_000 * random.nextInt(101), CURRENCY) : null;
		List<Profile.Education> education = random.nextInt(10) < 4
				? List.of(new Profile.Education("BSc", 2010 + random.nextInt(19))) : List.of();
		return new Profile(id, id, place[0], place[1], place[2], subset(random, WORK_MODES, false), engagements, years,
				skills, rate, salary, TODAY.plusDays(random.nextInt(AVAILABILITY_DAYS)),
				HOURS[random.nextInt(HOURS.length)], education, projects(random, id, skills));
	}

	private List<Profile.Project> projects(SplittableRandom random, String id, List<Profile.Skill> skills) {
		List<Profile.Project> projects = new ArrayList<>();
		int count = random.nextInt(MAX_PROJECTS + 1);
		for (int p = 0; p < count; p++) {
			List<String> shown = new ArrayList<>();
			int size = 2 + random.nextInt(3);
			for (int s = 0; s < size; s++) {
				String name = skills.get(random.nextInt(skills.size())).name();
				if (!shown.contains(name)) {
					shown.add(name);
				}
			}
			LocalDate started = TODAY.minusDays(30 + random.nextInt(8 * 365));
			projects.add(new Profile.Project(id + "-p" + p, shown, started, started.plusDays(30 + random.nextInt(365))));
		}
		return projects;
	}

	/** About twenty openings of the three kinds; the skills lean towards popular ones, as real postings do. */
	List<Posting> openings(int count) {
		List<Posting> openings = new ArrayList<>();
		for (int o = 0; o < count; o++) {
			SplittableRandom random = new SplittableRandom(~seed * 17 + o);
			String kind = KINDS[o % KINDS.length];
			List<String> names = new ArrayList<>(distinctSkills(random, 3 + random.nextInt(4) + random.nextInt(3)));
			int requiredCount = names.size() - random.nextInt(Math.min(3, names.size() - 2));
			List<Need> required = new ArrayList<>();
			List<Need> nice = new ArrayList<>();
			for (int s = 0; s < names.size(); s++) {
				if (s < requiredCount) {
					required.add(new Need(names.get(s), 1 + random.nextInt(4), WEIGHTS[random.nextInt(WEIGHTS.length)]));
				}
				else {
					nice.add(new Need(names.get(s), 1, 1.0));
				}
			}
			String[] place = PLACES[random.nextInt(PLACES.length)];
			boolean freelance = kind.equals("FREELANCE");
			boolean internship = kind.equals("INTERNSHIP");
			openings.add(new Posting("synthetic-" + o, kind, required, nice, internship ? null : random.nextInt(6),
					internship ? 1 + random.nextInt(2) : null, WORK_MODES[random.nextInt(WORK_MODES.length)],
					place[0], place[1], freelance ? new Amount(60 + random.nextInt(80), CURRENCY) : null,
					freelance ? null : new Amount(internship ? 25_000 : 60_000 + 1_000 * random.nextInt(60), CURRENCY),
					TODAY.plusDays(30 + random.nextInt(90)), HOURS[random.nextInt(HOURS.length)]));
		}
		return openings;
	}

	private Set<String> distinctSkills(SplittableRandom random, int count) {
		Set<String> names = new LinkedHashSet<>();
		while (names.size() < count) {
			names.add(skillsByPopularity[zipf.next(random)]);
		}
		return names;
	}

	private static List<String> subset(SplittableRandom random, String[] values, boolean mayBeEmpty) {
		List<String> chosen = new ArrayList<>();
		while (chosen.isEmpty()) {
			for (String value : values) {
				if (random.nextBoolean()) {
					chosen.add(value);
				}
			}
			if (mayBeEmpty) {
				break;
			}
		}
		return chosen;
	}

}
