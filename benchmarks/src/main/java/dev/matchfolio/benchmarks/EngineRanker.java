package dev.matchfolio.benchmarks;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;
import dev.matchfolio.ranking.Candidate;
import dev.matchfolio.ranking.CandidateIndex;
import dev.matchfolio.ranking.EngineSettings;
import dev.matchfolio.ranking.JobKind;
import dev.matchfolio.ranking.MatchingEngine;
import dev.matchfolio.ranking.Money;
import dev.matchfolio.ranking.OpeningSpec;
import dev.matchfolio.ranking.Taxonomy;
import dev.matchfolio.ranking.WeightProfiles;

/**
 * The matching-service engine ({@code dev.matchfolio.ranking}) behind the benchmarks' {@link Ranker}: the shipped
 * taxonomy, the default settings and weight profiles, the in-memory candidate index, full multi-factor scoring and
 * explanations for the returned page. This is the only class that knows the engine's types.
 */
final class EngineRanker implements Ranker {

	static final String NAME = "engine";

	private final MatchingEngine engine = new MatchingEngine(EngineSettings.DEFAULTS);

	private final CandidateIndex index;

	private final LocalDate today;

	EngineRanker(Iterable<Profile> profiles, LocalDate today) {
		CandidateIndex.Builder builder = CandidateIndex.builder(Taxonomy.fromClasspath());
		for (Profile profile : profiles) {
			builder.add(candidate(profile));
		}
		this.index = builder.build();
		this.today = today;
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<String> rank(Posting posting, int limit) {
		OpeningSpec opening = opening(posting);
		return engine.rank(opening, index, WeightProfiles.DEFAULTS.forKind(opening.kind()), today, 0, limit)
			.items()
			.stream()
			.map(ranked -> ranked.assessment().candidateId())
			.toList();
	}

	int size() {
		return index.size();
	}

	static Candidate candidate(Profile p) {
		return new Candidate(p.id(), p.displayName(), enums(p.engagements(), Engagement::valueOf),
				enums(p.workModes(), WorkMode::valueOf), p.country(), p.city(), p.timezone(), p.yearsOfExperience(),
				p.skills().stream().map(s -> new Candidate.Skill(s.name(), s.level())).toList(),
				p.projects().stream()
					.map(pr -> new Candidate.Project(pr.id(), pr.skills(), pr.startedOn(), pr.completedOn()))
					.toList(),
				money(p.hourlyRate()), money(p.annualSalary()), p.availableFrom(), p.hoursPerWeek(),
				p.education().stream().map(e -> new Candidate.Education(e.degree(), e.graduationYear())).toList());
	}

	static OpeningSpec opening(Posting p) {
		return new OpeningSpec(p.id(), JobKind.valueOf(p.kind()), requirements(p.requiredSkills()),
				requirements(p.niceToHaveSkills()), p.minYearsOfExperience(), p.maxYearsOfExperience(),
				p.workMode() == null ? null : WorkMode.valueOf(p.workMode()), p.country(), p.city(),
				money(p.hourlyRateMax()), money(p.annualSalaryMax()), p.startDate(), p.hoursPerWeek());
	}

	private static List<OpeningSpec.Requirement> requirements(List<Posting.Need> needs) {
		return needs.stream().map(n -> new OpeningSpec.Requirement(n.name(), n.minLevel(), n.weight())).toList();
	}

	private static Money money(Profile.Amount amount) {
		return amount == null ? null : new Money(amount.amount(), amount.currency());
	}

	private static <E> Set<E> enums(List<String> names, Function<String, E> valueOf) {
		Set<E> values = new LinkedHashSet<>();
		names.forEach(name -> values.add(valueOf.apply(name)));
		return values;
	}

}
