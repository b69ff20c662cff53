package dev.matchfolio.match;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.matchfolio.candidate.CandidateState;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.opening.Location;
import dev.matchfolio.opening.Opening;
import dev.matchfolio.opening.SkillRequirement;
import dev.matchfolio.ranking.Candidate;
import dev.matchfolio.ranking.JobKind;
import dev.matchfolio.ranking.Money;
import dev.matchfolio.ranking.OpeningSpec;

/** Translates openings and read-model candidates into the engine's own plain records. */
final class RankingInputs {

	private RankingInputs() {
	}

	static OpeningSpec opening(Opening opening) {
		Location location = opening.getLocation();
		return new OpeningSpec(opening.getId(), JobKind.valueOf(opening.getKind().name()),
				requirements(opening.getRequiredSkills()), requirements(opening.getNiceToHaveSkills()),
				opening.getMinYearsOfExperience(), opening.getMaxYearsOfExperience(), opening.getWorkMode(),
				location == null ? null : location.country(), location == null ? null : location.city(),
				money(opening.getHourlyRateMax()), money(opening.getAnnualSalaryMax()), opening.getStartDate(),
				opening.getHoursPerWeek());
	}

	/** Only for candidates with a profile ({@link CandidateState#hasProfile()}). */
	static Candidate candidate(CandidateState state) {
		ProfileSnapshot profile = state.profile();
		List<Candidate.Skill> skills = profile.skills()
			.stream()
			.filter(skill -> skill != null && skill.name() != null)
			.map(skill -> new Candidate.Skill(skill.name(), skill.level()))
			.toList();
		List<Candidate.Project> projects = state.projects()
			.stream()
			.map(project -> new Candidate.Project(project.projectId(), project.snapshot().skills(),
					project.snapshot().startedOn(), project.snapshot().completedOn()))
			.toList();
		List<Candidate.Education> education = profile.education()
			.stream()
			.filter(Objects::nonNull)
			.map(degree -> new Candidate.Education(degree.degree(), degree.graduationYear()))
			.toList();
		ProfileSnapshot.Location location = profile.location();
		return new Candidate(state.id(), profile.displayName(), Set.copyOf(profile.engagements()),
				Set.copyOf(profile.workModes()), location == null ? null : location.country(),
				location == null ? null : location.city(), profile.timezone(), profile.yearsOfExperience(), skills,
				projects, money(profile.hourlyRate()), money(profile.annualSalary()), profile.availableFrom(),
				profile.hoursPerWeek(), education);
	}

	private static List<OpeningSpec.Requirement> requirements(List<SkillRequirement> skills) {
		return skills.stream()
			.map(skill -> new OpeningSpec.Requirement(skill.name(), skill.minLevel(), skill.weight()))
			.toList();
	}

	private static Money money(dev.matchfolio.opening.Money money) {
		return money == null || money.amount() == null ? null
				: new Money(money.amount().doubleValue(), money.currency());
	}

	private static Money money(ProfileSnapshot.Money money) {
		return money == null || money.amount() == null ? null
				: new Money(money.amount().doubleValue(), money.currency());
	}

}
