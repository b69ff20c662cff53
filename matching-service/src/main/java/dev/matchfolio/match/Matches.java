package dev.matchfolio.match;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.matchfolio.candidate.CandidateReadModel;
import dev.matchfolio.candidate.CandidateState;
import dev.matchfolio.opening.Opening;
import dev.matchfolio.opening.Openings;
import dev.matchfolio.ranking.Assessment;
import dev.matchfolio.ranking.CandidateIndex;
import dev.matchfolio.ranking.MatchingEngine;
import dev.matchfolio.ranking.OpeningSpec;
import dev.matchfolio.ranking.Ranking;
import dev.matchfolio.ranking.WeightProfiles;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.security.Role;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.web.ApiException;

import org.springframework.stereotype.Service;

/** Ranked matches, computed on request by the engine over the in-memory candidate index. */
@Service
class Matches {

	private final Openings openings;

	private final CandidateReadModel candidates;

	private final CandidateIndex index;

	private final MatchingEngine engine;

	private final WeightProfiles weights;

	private final Clock clock;

	Matches(Openings openings, CandidateReadModel candidates, CandidateIndex index, MatchingEngine engine,
			WeightProfiles weights, Clock clock) {
		this.openings = openings;
		this.candidates = candidates;
		this.index = index;
		this.engine = engine;
		this.weights = weights;
		this.clock = clock;
	}

	/** Recruiters and admins see the ranking of any opening; an agency only of its own openings. */
	Read<OpeningMatches> forOpening(String openingId, Caller caller, int limit, int offset) {
		if (!caller.hasAny(Role.RECRUITER, Role.ADMIN, Role.AGENCY)) {
			throw ApiException.forbidden("Only recruiters, agencies and admins may see ranked candidates");
		}
		// the ranking is in memory, so only the opening may be a last-known copy while the store is away
		Read<Opening> read = openings.read(openingId);
		Opening opening = read.value();
		if (!caller.hasAny(Role.RECRUITER, Role.ADMIN) && !opening.isOwnedBy(caller.id())) {
			throw ApiException.forbidden("Agencies see the ranked candidates of their own openings only");
		}
		Instant computedAt = now();
		OpeningSpec spec = RankingInputs.opening(opening);
		Ranking ranking = engine.rank(spec, index, weights.forKind(spec.kind()), today(computedAt), offset, limit);
		return new Read<>(new OpeningMatches(opening.getId(), computedAt, ranking.total(),
				ranking.items().stream().map(OpeningMatches.Item::of).toList()), read.stale());
	}

	/** The candidate's own view: open openings that fit, best first, ties by opening id. */
	CandidateMatches forCandidate(String candidateId, Caller caller, int limit, int offset) {
		CandidateState state = candidates.find(candidateId)
			.filter(CandidateState::hasProfile)
			.orElseThrow(() -> ApiException.notFound("Candidate", candidateId));
		if (!caller.id().equals(state.profile().ownerId())) {
			throw ApiException.forbidden("Only the candidate may see their matches");
		}
		Instant computedAt = now();
		LocalDate today = today(computedAt);
		record Fit(Opening opening, Assessment assessment) {
		}
		List<Fit> fits = new ArrayList<>();
		for (Opening opening : openings.open()) {
			OpeningSpec spec = RankingInputs.opening(opening);
			engine.assess(spec, index, candidateId, weights.forKind(spec.kind()), today)
				.ifPresent(assessment -> fits.add(new Fit(opening, assessment)));
		}
		fits.sort(Comparator.comparingDouble((Fit fit) -> fit.assessment().score())
			.reversed()
			.thenComparing(fit -> fit.opening().getId()));
		List<CandidateMatches.Item> items = new ArrayList<>();
		for (int i = offset; i < fits.size() && i - offset < limit; i++) {
			Fit fit = fits.get(i);
			Assessment a = fit.assessment();
			items.add(new CandidateMatches.Item(i + 1, fit.opening().getId(), fit.opening().getTitle(),
					fit.opening().getKind(), a.score(), a.breakdown(), a.matchedSkills(), a.missingSkills(),
					a.explanation()));
		}
		return new CandidateMatches(candidateId, computedAt, fits.size(), items);
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MILLIS);
	}

	private static LocalDate today(Instant now) {
		return LocalDate.ofInstant(now, ZoneOffset.UTC);
	}

}
