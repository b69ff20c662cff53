package dev.matchfolio.localstack.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The demo data set: candidates with portfolio projects, and openings of every kind. Generated from a fixed seed, so
 * every machine loads the same people; dates are relative to the day of loading, so openings start in the future.
 */
public final class DemoData {

	public static final long SEED = 20261124L;

	public static final int CANDIDATES = 240;

	public static final String RECRUITER = "acme-recruiter";

	public static final String AGENCY = "campus-agency";

	private DemoData() {
	}

	/** A candidate as the demo signs in ({@code username}) and posts: the profile, then its projects. */
	public record Candidate(String username, Api.Profile profile, List<Api.Project> projects) {
	}

	/** An opening with the user and role that posts it (agencies may only post internships). */
	public record PostedOpening(String owner, String role, Api.Opening opening) {
	}

	public record DemoSet(List<Candidate> candidates, List<PostedOpening> openings) {
	}

	public static DemoSet generate(long seed, LocalDate today) {
		return new DemoSet(new DemoCandidates(new Random(seed), today).generate(CANDIDATES), DemoOpenings.all(today));
	}

}
