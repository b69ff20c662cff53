package dev.matchfolio.ranking;

/**
 * One weight profile per kind. Back-end jobs weigh required skills and experience; freelance gigs weigh rate,
 * availability and time-zone overlap (location); internships weigh education and portfolio and give experience little
 * weight (and the experience factor itself never rewards seniority for them).
 */
public record WeightProfiles(WeightProfile backendJob, WeightProfile freelance, WeightProfile internship) {

	public static final WeightProfiles DEFAULTS = new WeightProfiles(
			new WeightProfile(45, 8, 10, 20, 0, 5, 7, 5),
			new WeightProfile(35, 5, 10, 5, 0, 15, 15, 15),
			new WeightProfile(35, 5, 20, 10, 20, 5, 5, 0));

	public WeightProfile forKind(JobKind kind) {
		return switch (kind) {
			case BACKEND_JOB -> backendJob;
			case FREELANCE -> freelance;
			case INTERNSHIP -> internship;
		};
	}

}
