package dev.matchfolio.ranking;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;

/**
 * Turns a candidate into the parts of its {@link CandidateIndex} row that do not hold skills: the attribute ints
 * scoring reads (laid out as the index's constants say), the hard-rule columns of {@link CandidateIndex#gates} and,
 * once {@link SkillStore} has written the skills, the packed {@link Summary}. Not thread-safe: used under the index's
 * write lock.
 */
final class RowWriter {

	/** Graduation of a degree without a year (see {@link Summary}). */
	private static final int UNDATED_DEGREE = 1;

	private final CandidateIndex index;

	RowWriter(CandidateIndex index) {
		this.index = index;
	}

	/** Writes the attributes of the candidate at {@code ordinal} and its hard-rule columns. */
	void attributes(int ordinal, Candidate candidate) {
		int base = ordinal * CandidateIndex.STRIDE;
		int[] a = index.attrs;
		int engagements = CandidateIndex.mask(candidate.engagements().stream().mapToInt(Engagement::ordinal).toArray());
		int workModes = CandidateIndex.mask(candidate.workModes().stream().mapToInt(WorkMode::ordinal).toArray());
		a[base + CandidateIndex.FLAGS] = engagements | workModes << CandidateIndex.WORK_MODE_SHIFT;
		a[base + CandidateIndex.YEARS] = candidate.yearsOfExperience() == null ? -1
				: Math.max(0, candidate.yearsOfExperience());
		a[base + CandidateIndex.HOURS] = candidate.hoursPerWeek() == null ? -1 : Math.max(0, candidate.hoursPerWeek());
		a[base + CandidateIndex.COUNTRY] = index.countries.intern(CandidateIndex.upper(candidate.country()));
		a[base + CandidateIndex.CITY] = index.places.intern(SkillNormalizer.key(candidate.city()));
		String zone = candidate.timezone() == null ? null : candidate.timezone().strip();
		a[base + CandidateIndex.ZONE] = index.zones.intern(zone);
		a[base + CandidateIndex.AVAILABLE] = CandidateIndex.day(candidate.availableFrom());
		index.gates.set(ordinal, a[base + CandidateIndex.FLAGS] & ((1 << CandidateIndex.WORK_MODE_SHIFT) - 1),
				a[base + CandidateIndex.COUNTRY], a[base + CandidateIndex.AVAILABLE]);
		int graduation = 0;
		for (Candidate.Education education : candidate.education()) {
			int year = education == null || education.graduationYear() == null ? UNDATED_DEGREE
					: education.graduationYear();
			graduation = Math.max(graduation, year);
		}
		a[base + CandidateIndex.GRADUATION] = graduation;
		money(a, base + CandidateIndex.RATE, candidate.hourlyRate());
		money(a, base + CandidateIndex.SALARY, candidate.annualSalary());
	}

	/** The packed summary of the candidate at {@code ordinal}, whose attributes and skills are written. */
	long summary(int ordinal) {
		int base = ordinal * CandidateIndex.STRIDE;
		int[] a = index.attrs;
		int newest = CandidateIndex.NO_EVIDENCE;
		boolean undated = false;
		int[] skills = index.skillArray(base);
		for (int k = index.skillOffset(base), end = k + a[base + CandidateIndex.SKILL_COUNT] * CandidateIndex.SLOT;
				k < end; k += CandidateIndex.SLOT) {
			undated |= skills[k + 1] == CandidateIndex.UNDATED;
			newest = skills[k + 1] == CandidateIndex.UNDATED ? newest : Math.max(newest, skills[k + 1]);
		}
		return Summary.pack(a[base + CandidateIndex.YEARS], a[base + CandidateIndex.GRADUATION],
				a[base + CandidateIndex.HOURS], a[base + CandidateIndex.FLAGS] >>> CandidateIndex.WORK_MODE_SHIFT,
				a[base + CandidateIndex.ZONE], Float.intBitsToFloat(a[base + CandidateIndex.RATE]),
				a[base + CandidateIndex.RATE_CURRENCY], Float.intBitsToFloat(a[base + CandidateIndex.SALARY]),
				a[base + CandidateIndex.SALARY_CURRENCY], newest, undated);
	}

	/** The amount (float bits, -1 when unknown) at {@code at}, its interned currency right after. */
	private void money(int[] a, int at, Money money) {
		a[at] = Float.floatToRawIntBits(money == null ? -1f : (float) money.amount());
		a[at + 1] = index.currencies.intern(money == null ? null : CandidateIndex.upper(money.currency()));
	}

}
