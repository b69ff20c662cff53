package dev.matchfolio.ranking;

import dev.matchfolio.events.WorkMode;

/**
 * The factors and hard rules as pure functions of primitives, each factor in [0, 1]. {@code -1} (or
 * {@link CandidateIndex#UNKNOWN} for days) means "not stated"; an unknown input gives the neutral value, never an
 * exclusion.
 */
final class FactorMath {

	private static final int MINUTES_PER_HOUR = 60;

	private static final int HALF_DAY_MINUTES = 12 * MINUTES_PER_HOUR;

	private static final int FULL_DAY_MINUTES = 24 * MINUTES_PER_HOUR;

	private FactorMath() {
	}

	/** Credit multiplier for a skill at {@code level} (0 = unknown) against {@code minLevel}. */
	static double levelCredit(int level, int minLevel, EngineSettings s) {
		if (level == 0) {
			return s.unknownLevelCredit();
		}
		return level >= minLevel ? 1 : Math.pow(s.levelShortfallCredit(), minLevel - level);
	}

	/**
	 * Fit of the years of experience to the opening's range. Jobs: short of the minimum loses credit in proportion,
	 * above the maximum loses a little per year down to a floor; with no range, more years count up to a cap. Internships
	 * never reward seniority: up to the maximum (or {@code internshipMaxYears}) fits, above it loses credit fast.
	 */
	static double experience(JobKind kind, int years, Integer min, Integer max, EngineSettings s) {
		if (years < 0) {
			return s.neutral();
		}
		if (kind == JobKind.INTERNSHIP) {
			int fits = max != null ? max : s.internshipMaxYears();
			return years <= fits ? 1 : Math.max(0, 1 - (years - fits) * s.internshipPenaltyPerYear());
		}
		if (min == null && max == null) {
			return Math.min(years, s.experienceCapYears()) / (double) s.experienceCapYears();
		}
		if (min != null && years < min) {
			return (years + 1) / (double) (min + 1);
		}
		if (max != null && years > max) {
			return Math.max(s.overqualifiedFloor(), 1 - (years - max) * s.overqualifiedPenaltyPerYear());
		}
		return 1;
	}

	/**
	 * Education as evidence (it matters for internships): studying or graduated within {@code recentGraduateYears}
	 * counts fully, an older degree a little, none nothing; {@code latestGraduation} 1 = a degree without a year.
	 */
	static double education(int latestGraduation, int currentYear, EngineSettings s) {
		if (latestGraduation <= 0) {
			return 0;
		}
		if (latestGraduation == 1) {
			return s.neutral();
		}
		return latestGraduation >= currentYear - s.recentGraduateYears() ? 1 : s.pastGraduateCredit();
	}

	/** Hard rule: available only after the start date plus the grace period. */
	static boolean startsTooLate(int availableFrom, int startDay, EngineSettings s) {
		return availableFrom != CandidateIndex.UNKNOWN && startDay != CandidateIndex.UNKNOWN
				&& availableFrom > startDay + s.startGraceDays();
	}

	/**
	 * Half the start date (on time = 1, later falls to half over {@code lateStartCreditDays}), half the hours
	 * (the share of the opening's hours the candidate offers).
	 */
	static double availability(int availableFrom, int hours, int startDay, int openingHours, EngineSettings s) {
		double date;
		if (availableFrom == CandidateIndex.UNKNOWN) {
			date = s.neutral();
		}
		else if (availableFrom <= startDay) {
			date = 1;
		}
		else {
			date = 1 - (1 - s.neutral()) * Math.min(1, (availableFrom - startDay) / (double) s.lateStartCreditDays());
		}
		double time;
		if (openingHours <= 0) {
			time = 1;
		}
		else if (hours < 0) {
			time = s.neutral();
		}
		else {
			time = Math.min(1, hours / (double) openingHours);
		}
		return (date + time) / 2;
	}

	/** Hard rule: on-site or hybrid work in a country other than the candidate's. */
	static boolean inAnotherCountry(WorkMode mode, int openingCountry, int candidateCountry) {
		return (mode == WorkMode.ONSITE || mode == WorkMode.HYBRID) && openingCountry != Interner.NONE
				&& candidateCountry != Interner.NONE && openingCountry != candidateCountry;
	}

	/**
	 * Work mode and place: the candidate accepts the mode (no modes listed = any); for office work the same city
	 * counts more than the same country; for remote work the time-zone overlap counts where it is given (0..1).
	 */
	static double location(WorkMode mode, int openingCountry, int openingCity, int candidateModes,
			int candidateCountry, int candidateCity, double zoneOverlap, EngineSettings s) {
		if (mode == null) {
			return 1;
		}
		boolean accepts = candidateModes == 0 || (candidateModes & (1 << mode.ordinal())) != 0;
		double modeFit = accepts ? 1 : s.workModeMissCredit();
		if (mode == WorkMode.REMOTE) {
			return modeFit * (zoneOverlap >= 0 ? zoneOverlap : 1);
		}
		if (openingCountry == Interner.NONE || candidateCountry == Interner.NONE) {
			return modeFit * s.neutral();
		}
		boolean sameCity = openingCity != Interner.NONE && openingCity == candidateCity;
		return modeFit * (sameCity ? 1 : s.cityMissCredit());
	}

	/** Share of a working day two UTC offsets (minutes) have in common, assuming both work the same local hours. */
	static double zoneOverlap(int candidateOffset, int openingOffset, EngineSettings s) {
		int difference = Math.abs(candidateOffset - openingOffset) % FULL_DAY_MINUTES;
		if (difference > HALF_DAY_MINUTES) {
			difference = FULL_DAY_MINUTES - difference;
		}
		int workday = s.workdayHours() * MINUTES_PER_HOUR;
		return Math.max(0, workday - difference) / (double) workday;
	}

	/** Asked against the budget in the same currency; unknown or another currency is neutral. */
	static double compensation(double asked, int askedCurrency, double budget, int budgetCurrency,
			EngineSettings s) {
		if (asked < 0 || budget < 0 || askedCurrency == Interner.NONE || askedCurrency != budgetCurrency) {
			return s.neutral();
		}
		if (asked <= budget) {
			return 1;
		}
		if (budget == 0) {
			return 0;
		}
		return Math.max(0, 1 - (asked / budget - 1) * s.overBudgetSlope());
	}

}
