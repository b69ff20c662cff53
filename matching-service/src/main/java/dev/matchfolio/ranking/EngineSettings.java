package dev.matchfolio.ranking;

/**
 * The engine's tuning knobs (the weights are separate, per kind, in {@link WeightProfiles}).
 *
 * @param broaderCredit credit when the candidate has a more specific skill than required (PostgreSQL for SQL)
 * @param relatedFactor credit for a related skill is {@code similarity × relatedFactor}
 * @param levelShortfallCredit credit multiplier per level below the required minimum
 * @param unknownLevelCredit credit for a skill whose level the candidate did not state
 * @param evidenceHalfLifeDays a project this many days old counts half as much as a current one
 * @param undatedEvidenceWeight how much a project without dates counts as evidence
 * @param startGraceDays candidates available later than the start date plus this are left out
 * @param lateStartCreditDays within the grace period, availability falls to half over this many days
 * @param experienceCapYears with no range given, experience credit saturates here
 * @param overqualifiedPenaltyPerYear job: credit lost per year above the opening's maximum
 * @param overqualifiedFloor job: the lowest credit over-qualification can cause
 * @param internshipMaxYears internship: years that still fit when the opening gives no maximum
 * @param internshipPenaltyPerYear internship: credit lost per year above the maximum (down to 0)
 * @param recentGraduateYears education: graduated this many years ago or later (or studying) counts fully
 * @param pastGraduateCredit education: an older degree
 * @param overBudgetSlope compensation: credit lost per 100 % over budget (2 = 50 % over gives 0)
 * @param neutral the value of a factor whose inputs are unknown
 * @param cityMissCredit location: same country, another city
 * @param workModeMissCredit location: the candidate does not list the opening's work mode
 * @param workdayHours time-zone overlap is measured on a working day of this many hours
 */
public record EngineSettings(double broaderCredit, double relatedFactor, double levelShortfallCredit,
		double unknownLevelCredit, int evidenceHalfLifeDays, double undatedEvidenceWeight, int startGraceDays,
		int lateStartCreditDays, int experienceCapYears, double overqualifiedPenaltyPerYear, double overqualifiedFloor,
		int internshipMaxYears, double internshipPenaltyPerYear, int recentGraduateYears, double pastGraduateCredit,
		double overBudgetSlope,
		double neutral, double cityMissCredit, double workModeMissCredit, int workdayHours) {

	public static final EngineSettings DEFAULTS = new EngineSettings(0.8, 0.9, 0.5, 0.9, 730, 0.5, 30, 30, 10, 0.05,
			0.6, 1, 0.25, 2, 0.3, 2.0, 0.5, 0.8, 0.5, 8);

	public EngineSettings {
		if (evidenceHalfLifeDays < 1 || workdayHours < 1 || experienceCapYears < 1 || lateStartCreditDays < 1) {
			throw new IllegalArgumentException("day, hour and year settings must be at least 1");
		}
	}

}
