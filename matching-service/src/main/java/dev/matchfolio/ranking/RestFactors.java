package dev.matchfolio.ranking;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.matchfolio.events.WorkMode;

/**
 * The opening's side of the factors that do not depend on skills (experience, education, availability, location,
 * compensation) and of the hard rules, computed once per query; {@link #value} gives one of those factors for a
 * candidate's row of attributes and allocates nothing. Immutable.
 */
final class RestFactors {

	private static final int YEARS_TABLE = 128;

	private static final int SECONDS_PER_MINUTE = 60;

	final WorkMode workMode;

	/**
	 * The opening's interned country, {@link Interner#NONE} when it names none, {@link Scorer#ABSENT} when nobody lives
	 * there.
	 */
	final int openingCountry;

	final int openingCity;

	/** The opening's start day or {@link CandidateIndex#UNKNOWN}. */
	final int startDay;

	final int availabilityStartDay;

	/** The opening's hours per week, or -1 when not stated. */
	final int openingHours;

	final boolean freelance;

	/** The most the opening pays (a rate for freelance work, else a salary), or -1 when it states none. */
	final double budget;

	final int budgetCurrency;

	/** Per candidate zone id: the working-day overlap with the opening, or -1 when it does not matter. */
	final double[] overlapByZone;

	final double unknownZoneOverlap;

	final int currentYear;

	private final double[] experienceByYears = new double[YEARS_TABLE];

	private final EngineSettings settings;

	RestFactors(OpeningSpec opening, CandidateIndex index, EngineSettings settings, LocalDate asOf) {
		this.settings = settings;
		workMode = opening.workMode();
		String country = CandidateIndex.upper(opening.country());
		int countryId = index.countries.find(country);
		openingCountry = countryId == Interner.NONE && country != null && !country.isEmpty() ? Scorer.ABSENT
				: countryId;
		openingCity = index.places.find(SkillNormalizer.key(opening.city()));
		currentYear = asOf.getYear();
		startDay = CandidateIndex.day(opening.startDate());
		availabilityStartDay = startDay == CandidateIndex.UNKNOWN ? (int) asOf.toEpochDay() : startDay;
		openingHours = opening.hoursPerWeek() == null ? -1 : opening.hoursPerWeek();
		freelance = opening.kind() == JobKind.FREELANCE;
		Money limit = freelance ? opening.hourlyRateMax() : opening.annualSalaryMax();
		budget = limit == null ? -1 : limit.amount();
		budgetCurrency = limit == null ? Interner.NONE : index.currencies.find(CandidateIndex.upper(limit.currency()));
		Instant noon = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
		// time-zone overlap matters for remote freelance work whose country has a known zone
		int openingOffset = freelance && workMode == WorkMode.REMOTE
				? offsetMinutes(CountryZones.of(opening.country()), noon) : CandidateIndex.UNKNOWN;
		unknownZoneOverlap = openingOffset == CandidateIndex.UNKNOWN ? -1 : settings.neutral();
		overlapByZone = new double[index.zones.limit()];
		for (int z = 0; z < overlapByZone.length; z++) {
			int offset = offsetMinutes(index.zones.value(z), noon);
			overlapByZone[z] = openingOffset == CandidateIndex.UNKNOWN ? -1
					: offset == CandidateIndex.UNKNOWN ? settings.neutral()
							: FactorMath.zoneOverlap(offset, openingOffset, settings);
		}
		for (int y = 0; y < YEARS_TABLE; y++) {
			experienceByYears[y] = FactorMath.experience(opening.kind(), y, opening.minYearsOfExperience(),
					opening.maxYearsOfExperience(), settings);
		}
	}

	/** The experience factor for a stated number of years (at least 0). */
	double experience(int years) {
		return experienceByYears[Math.min(years, YEARS_TABLE - 1)];
	}

	/** Factor {@code f} (one of {@link Scorer#EXPERIENCE} and after) for the candidate at {@code base}. */
	double value(int f, int[] a, int base, int flags, int country, int available) {
		switch (f) {
			case Scorer.EXPERIENCE: {
				int years = a[base + CandidateIndex.YEARS];
				return years < 0 ? settings.neutral() : experience(years);
			}
			case Scorer.EDUCATION:
				return FactorMath.education(a[base + CandidateIndex.GRADUATION], currentYear, settings);
			case Scorer.AVAILABILITY:
				return FactorMath.availability(available, a[base + CandidateIndex.HOURS], availabilityStartDay,
						openingHours, settings);
			case Scorer.LOCATION: {
				int zone = a[base + CandidateIndex.ZONE];
				double overlap = zone == Interner.NONE ? unknownZoneOverlap : overlapByZone[zone];
				return FactorMath.location(workMode, openingCountry, openingCity,
						flags >>> CandidateIndex.WORK_MODE_SHIFT, country, a[base + CandidateIndex.CITY], overlap,
						settings);
			}
			default: {
				int money = base + (freelance ? CandidateIndex.RATE : CandidateIndex.SALARY);
				return FactorMath.compensation(Float.intBitsToFloat(a[money]), a[money + 1], budget, budgetCurrency,
						settings);
			}
		}
	}

	private static int offsetMinutes(String zone, Instant at) {
		if (zone == null) {
			return CandidateIndex.UNKNOWN;
		}
		try {
			return ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() / SECONDS_PER_MINUTE;
		}
		catch (DateTimeException ex) {
			return CandidateIndex.UNKNOWN;
		}
	}

}
