package dev.matchfolio.ranking;

/**
 * How much each factor counts for one kind of opening. Only the ratios matter: the score is
 * {@code 100 × Σ weight × factor / Σ weight}.
 */
public record WeightProfile(double requiredSkills, double niceToHaveSkills, double portfolioEvidence,
		double experience, double education, double availability, double location, double compensation) {

	public WeightProfile {
		double[] all = { requiredSkills, niceToHaveSkills, portfolioEvidence, experience, education, availability,
				location, compensation };
		double sum = 0;
		for (double weight : all) {
			if (!(weight >= 0)) {
				throw new IllegalArgumentException("weights must not be negative");
			}
			sum += weight;
		}
		if (!(sum > 0)) {
			throw new IllegalArgumentException("at least one weight must be greater than zero");
		}
	}

	double sum() {
		return requiredSkills + niceToHaveSkills + portfolioEvidence + experience + education + availability + location
				+ compensation;
	}

}
