package dev.matchfolio.benchmarks;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import dev.matchfolio.benchmarks.Posting.Need;
import dev.matchfolio.benchmarks.Profile.Amount;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The labelled set in matching-service's test resources ({@code quality/}): openings and candidates in the API.md
 * JSON shapes, and graded judgements per opening (unlisted candidates are grade 0).
 */
record QualitySet(List<Posting> openings, List<Profile> candidates, Map<String, Map<String, Integer>> judgements) {

	/** The day the set was written; recency and availability are measured from it. */
	static final LocalDate WRITTEN_ON = LocalDate.of(2026, 11, 24);

	static final Path DEFAULT_DIRECTORY = Path.of("matching-service", "src", "test", "resources", "quality");

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	static QualitySet load(Path directory) {
		try {
			List<OpeningJson> openings = JSON.readValue(directory.resolve("openings.json").toFile(),
					new TypeReference<List<OpeningJson>>() {
					});
			List<CandidateJson> candidates = JSON.readValue(directory.resolve("candidates.json").toFile(),
					new TypeReference<List<CandidateJson>>() {
					});
			Map<String, Map<String, Integer>> judgements = JSON.readValue(
					directory.resolve("judgements.json").toFile(), new TypeReference<Map<String, Map<String, Integer>>>() {
					});
			return new QualitySet(openings.stream().map(OpeningJson::posting).toList(),
					candidates.stream().map(CandidateJson::profile).toList(), judgements);
		}
		catch (UncheckedIOException | tools.jackson.core.JacksonException ex) {
			throw new IllegalStateException("Cannot read the labelled set in " + directory.toAbsolutePath(), ex);
		}
	}

	Map<String, Integer> grades(String openingId) {
		return judgements.getOrDefault(openingId, Map.of());
	}

	record Place(String city, String country) {
	}

	record SkillJson(String name, Integer level, Integer years) {
	}

	record NeedJson(String name, Integer minLevel, Double weight) {

		Need need() {
			return new Need(name, minLevel == null ? 1 : minLevel, weight == null ? 1.0 : weight);
		}

	}

	record EducationJson(String institution, String degree, String field, Integer graduationYear) {
	}

	record ProjectJson(String id, List<String> skills, LocalDate startedOn, LocalDate completedOn) {
	}

	record OpeningJson(String id, String kind, List<NeedJson> requiredSkills, List<NeedJson> niceToHaveSkills,
			Integer minYearsOfExperience, Integer maxYearsOfExperience, String workMode, Place location,
			Amount hourlyRateMax, Amount annualSalaryMax, LocalDate startDate, Integer hoursPerWeek) {

		Posting posting() {
			return new Posting(id, kind, requiredSkills.stream().map(NeedJson::need).toList(),
					niceToHaveSkills == null ? List.of() : niceToHaveSkills.stream().map(NeedJson::need).toList(),
					minYearsOfExperience, maxYearsOfExperience, workMode, location == null ? null : location.country(),
					location == null ? null : location.city(), hourlyRateMax, annualSalaryMax, startDate, hoursPerWeek);
		}

	}

	record CandidateJson(String id, String displayName, Place location, String timezone, List<String> workModes,
			List<String> engagements, Integer yearsOfExperience, List<SkillJson> skills, Amount hourlyRate,
			Amount annualSalary, LocalDate availableFrom, Integer hoursPerWeek, List<EducationJson> education,
			List<ProjectJson> projects) {

		Profile profile() {
			return new Profile(id, displayName, location == null ? null : location.country(),
					location == null ? null : location.city(), timezone, workModes, engagements, yearsOfExperience,
					skills == null ? null : skills.stream().map(s -> new Profile.Skill(s.name(), s.level())).toList(),
					hourlyRate, annualSalary, availableFrom, hoursPerWeek,
					education == null ? null
							: education.stream().map(e -> new Profile.Education(e.degree(), e.graduationYear())).toList(),
					projects == null ? null
							: projects.stream()
								.map(p -> new Profile.Project(p.id(), p.skills(), p.startedOn(), p.completedOn()))
								.toList());
		}

	}

}
