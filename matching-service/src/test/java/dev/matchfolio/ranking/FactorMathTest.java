package dev.matchfolio.ranking;

import dev.matchfolio.events.WorkMode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FactorMathTest {

	private static final EngineSettings S = EngineSettings.DEFAULTS;

	private static final int UNKNOWN = CandidateIndex.UNKNOWN;

	private static final int DE = 0;

	private static final int FR = 1;

	private static final int BERLIN = 2;

	private static final int HAMBURG = 3;

	@Test
	void levelsBelowTheMinimumLoseHalfTheCreditPerLevelAndUnknownLevelsAlmostMeetIt() {
		assertThat(FactorMath.levelCredit(4, 3, S)).isEqualTo(1.0);
		assertThat(FactorMath.levelCredit(2, 3, S)).isEqualTo(0.5);
		assertThat(FactorMath.levelCredit(1, 3, S)).isEqualTo(0.25);
		assertThat(FactorMath.levelCredit(0, 5, S)).isEqualTo(0.9);
	}

	@Test
	void experienceFitsTheRangeOfAJobAndPenalisesOverQualificationMildly() {
		assertThat(FactorMath.experience(JobKind.BACKEND_JOB, 5, 3, 8, S)).isEqualTo(1.0);
		assertThat(FactorMath.experience(JobKind.BACKEND_JOB, 1, 3, null, S)).isEqualTo(0.5);
		assertThat(FactorMath.experience(JobKind.BACKEND_JOB, 10, 3, 8, S)).isCloseTo(0.9, within(1e-9));
		assertThat(FactorMath.experience(JobKind.BACKEND_JOB, 30, 3, 8, S)).isEqualTo(0.6);
		assertThat(FactorMath.experience(JobKind.BACKEND_JOB, 5, null, null, S)).isEqualTo(0.5);
		assertThat(FactorMath.experience(JobKind.BACKEND_JOB, 25, null, null, S)).isEqualTo(1.0);
		assertThat(FactorMath.experience(JobKind.BACKEND_JOB, -1, 3, null, S)).isEqualTo(0.5);
	}

	@Test
	void internshipExperienceNeverRewardsSeniority() {
		assertThat(FactorMath.experience(JobKind.INTERNSHIP, 0, null, null, S)).isEqualTo(1.0);
		assertThat(FactorMath.experience(JobKind.INTERNSHIP, 1, null, null, S)).isEqualTo(1.0);
		assertThat(FactorMath.experience(JobKind.INTERNSHIP, 3, null, null, S)).isEqualTo(0.5);
		assertThat(FactorMath.experience(JobKind.INTERNSHIP, 15, null, null, S)).isEqualTo(0.0);
		assertThat(FactorMath.experience(JobKind.INTERNSHIP, 2, 0, 2, S)).isEqualTo(1.0);
	}

	@Test
	void educationCountsFullyForStudentsAndRecentGraduates() {
		assertThat(FactorMath.education(2027, 2026, S)).isEqualTo(1.0);
		assertThat(FactorMath.education(2024, 2026, S)).isEqualTo(1.0);
		assertThat(FactorMath.education(2010, 2026, S)).isEqualTo(0.3);
		assertThat(FactorMath.education(1, 2026, S)).isEqualTo(0.5);
		assertThat(FactorMath.education(0, 2026, S)).isEqualTo(0.0);
	}

	@Test
	void availabilityAveragesTheStartDateAndTheHours() {
		int start = 20_000;
		assertThat(FactorMath.availability(start - 5, 40, start, 40, S)).isEqualTo(1.0);
		assertThat(FactorMath.availability(start + 30, 40, start, 40, S)).isEqualTo(0.75);
		assertThat(FactorMath.availability(start, 20, start, 40, S)).isEqualTo(0.75);
		assertThat(FactorMath.availability(UNKNOWN, -1, start, 40, S)).isEqualTo(0.5);
		assertThat(FactorMath.availability(start, -1, start, -1, S)).isEqualTo(1.0);
	}

	@Test
	void startingTooLateIsAHardRuleOnlyWhenBothDatesAreKnown() {
		assertThat(FactorMath.startsTooLate(131, 100, S)).isTrue();
		assertThat(FactorMath.startsTooLate(130, 100, S)).isFalse();
		assertThat(FactorMath.startsTooLate(UNKNOWN, 100, S)).isFalse();
		assertThat(FactorMath.startsTooLate(500, UNKNOWN, S)).isFalse();
	}

	@Test
	void officeWorkInAnotherCountryIsAHardRuleButRemoteWorkIsNot() {
		assertThat(FactorMath.inAnotherCountry(WorkMode.ONSITE, DE, FR)).isTrue();
		assertThat(FactorMath.inAnotherCountry(WorkMode.HYBRID, DE, FR)).isTrue();
		assertThat(FactorMath.inAnotherCountry(WorkMode.REMOTE, DE, FR)).isFalse();
		assertThat(FactorMath.inAnotherCountry(WorkMode.ONSITE, DE, DE)).isFalse();
		assertThat(FactorMath.inAnotherCountry(WorkMode.ONSITE, DE, Interner.NONE)).isFalse();
	}

	@Test
	void locationPrefersTheSameCityAndTheAcceptedWorkMode() {
		int onsiteOnly = 1 << WorkMode.ONSITE.ordinal();
		int remoteOnly = 1 << WorkMode.REMOTE.ordinal();
		assertThat(FactorMath.location(WorkMode.ONSITE, DE, BERLIN, onsiteOnly, DE, BERLIN, -1, S)).isEqualTo(1.0);
		assertThat(FactorMath.location(WorkMode.ONSITE, DE, BERLIN, 0, DE, HAMBURG, -1, S)).isEqualTo(0.8);
		assertThat(FactorMath.location(WorkMode.ONSITE, DE, BERLIN, remoteOnly, DE, BERLIN, -1, S)).isEqualTo(0.5);
		assertThat(FactorMath.location(WorkMode.HYBRID, DE, BERLIN, 0, Interner.NONE, Interner.NONE, -1, S))
			.isEqualTo(0.5);
		assertThat(FactorMath.location(WorkMode.REMOTE, DE, BERLIN, remoteOnly, FR, Interner.NONE, -1, S))
			.isEqualTo(1.0);
		assertThat(FactorMath.location(WorkMode.REMOTE, DE, BERLIN, onsiteOnly, FR, Interner.NONE, 0.5, S))
			.isEqualTo(0.25);
		assertThat(FactorMath.location(null, DE, BERLIN, onsiteOnly, FR, Interner.NONE, -1, S)).isEqualTo(1.0);
	}

	@Test
	void timeZoneOverlapIsTheSharedPartOfAnEightHourDay() {
		assertThat(FactorMath.zoneOverlap(60, 60, S)).isEqualTo(1.0);
		assertThat(FactorMath.zoneOverlap(60, 0, S)).isEqualTo(0.875);
		assertThat(FactorMath.zoneOverlap(-300, 60, S)).isEqualTo(0.25);
		assertThat(FactorMath.zoneOverlap(660, 60, S)).isEqualTo(0.0);
		assertThat(FactorMath.zoneOverlap(720, -660, S)).isEqualTo(0.875);
	}

	@Test
	void compensationWithinBudgetIsFullOverBudgetFallsAndUnknownOrOtherCurrencyIsNeutral() {
		int eur = 0;
		int usd = 1;
		assertThat(FactorMath.compensation(80, eur, 90, eur, S)).isEqualTo(1.0);
		assertThat(FactorMath.compensation(99, eur, 90, eur, S)).isCloseTo(0.8, within(1e-9));
		assertThat(FactorMath.compensation(135, eur, 90, eur, S)).isEqualTo(0.0);
		assertThat(FactorMath.compensation(80, usd, 90, eur, S)).isEqualTo(0.5);
		assertThat(FactorMath.compensation(-1, Interner.NONE, 90, eur, S)).isEqualTo(0.5);
		assertThat(FactorMath.compensation(80, eur, -1, Interner.NONE, S)).isEqualTo(0.5);
	}

}
