package dev.matchfolio.match;

import dev.matchfolio.candidate.CandidateChanged;
import dev.matchfolio.candidate.CandidateReadModel;
import dev.matchfolio.ranking.CandidateIndex;
import dev.matchfolio.support.store.StoreSetupStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Keeps the in-memory index equal to the read model: rebuilt from MongoDB as the last step of the store set-up,
 * before the Kafka listeners start (so no event can be overwritten by an older copy; if MongoDB is away at start-up,
 * once it is back), then each applied event re-indexes its candidate from the stored state at once, on the
 * listener's thread.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CandidateIndexer implements StoreSetupStep {

	private static final Logger log = LoggerFactory.getLogger(CandidateIndexer.class);

	private final CandidateReadModel readModel;

	private final CandidateIndex index;

	CandidateIndexer(CandidateReadModel readModel, CandidateIndex index) {
		this.readModel = readModel;
		this.index = index;
	}

	/** Indexes every rankable candidate; run again after a failure, it indexes each one again (an upsert). */
	@Override
	public void run() {
		long started = System.nanoTime();
		readModel.forEachRankable(state -> index.upsert(RankingInputs.candidate(state)));
		log.info("Indexed {} candidates in {} ms (taxonomy {})", index.size(),
				(System.nanoTime() - started) / 1_000_000, index.taxonomy());
	}

	@Override
	public String description() {
		return "ranking index loaded from the read model";
	}

	/**
	 * Synchronized so that reading the stored state and indexing it are one step: the profile and portfolio listeners
	 * run on different threads, and an older read must never be indexed after a newer one.
	 */
	@EventListener
	synchronized void onCandidateChanged(CandidateChanged changed) {
		readModel.find(changed.candidateId())
			.filter(state -> state.hasProfile())
			.ifPresentOrElse(state -> index.upsert(RankingInputs.candidate(state)),
					() -> index.remove(changed.candidateId()));
	}

}
