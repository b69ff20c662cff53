package dev.matchfolio.match;

import java.util.List;
import java.util.Set;

import dev.matchfolio.candidate.CandidateState;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.opening.Opening;
import dev.matchfolio.opening.SkillRequirement;
import dev.matchfolio.ranking.CandidateProfile;
import dev.matchfolio.ranking.OpeningCriteria;

/** Translates openings and read-model candidates into the ranking's own plain records. */
final class RankingInputs {

	private RankingInputs() {
	}

	static OpeningCriteria criteria(Opening opening) {
		return new OpeningCriteria(opening.getId(), opening.getKind().engagement(),
				requirements(opening.getRequiredSkills()), requirements(opening.getNiceToHaveSkills()));
	}

	/** Only for candidates with a profile ({@link CandidateState#hasProfile()}). */
	static CandidateProfile candidate(CandidateState state) {
		ProfileSnapshot profile = state.profile();
		List<CandidateProfile.Skill> skills = profile.skills()
			.stream()
			.filter(skill -> skill != null && skill.name() != null)
			.map(skill -> new CandidateProfile.Skill(skill.name(), skill.level()))
			.toList();
		List<CandidateProfile.Project> projects = state.projects()
			.stream()
			.map(project -> new CandidateProfile.Project(project.projectId(), project.snapshot().skills()))
			.toList();
		return new CandidateProfile(state.id(), profile.displayName(), Set.copyOf(profile.engagements()),
				profile.yearsOfExperience(), skills, projects);
	}

	private static List<OpeningCriteria.SkillRequirement> requirements(List<SkillRequirement> skills) {
		return skills.stream()
			.map(skill -> new OpeningCriteria.SkillRequirement(skill.name(), skill.minLevel(), skill.weight()))
			.toList();
	}

}
