package dev.matchfolio.match;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import dev.matchfolio.candidate.CandidateChanged;
import dev.matchfolio.candidate.CandidateReadModel;
import dev.matchfolio.candidate.CandidateState;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.ranking.CandidateIndex;
import dev.matchfolio.ranking.Taxonomy;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CandidateIndexerTest {

	private final CandidateReadModel readModel = mock(CandidateReadModel.class);

	private final CandidateIndex index = CandidateIndex.create(Taxonomy.empty());

	private final CandidateIndexer indexer = new CandidateIndexer(readModel, index);

	@Test
	void theIndexIsRebuiltFromTheReadModelAtStartUp() {
		doAnswer(invocation -> {
			Consumer<CandidateState> each = invocation.getArgument(0);
			each.accept(state("p-1"));
			each.accept(state("p-2"));
			return null;
		}).when(readModel).forEachRankable(any());

		indexer.run();

		assertThat(index.size()).isEqualTo(2);
		assertThat(index.contains("p-1")).isTrue();
	}

	@Test
	void aChangedCandidateIsReindexedAndADeletedOneRemoved() {
		when(readModel.find("p-1")).thenReturn(Optional.of(state("p-1")));
		indexer.onCandidateChanged(new CandidateChanged("p-1"));
		assertThat(index.contains("p-1")).isTrue();

		CandidateState tombstone = new CandidateState("p-1", 2, true, null, List.of());
		when(readModel.find("p-1")).thenReturn(Optional.of(tombstone));
		indexer.onCandidateChanged(new CandidateChanged("p-1"));
		assertThat(index.contains("p-1")).isFalse();

		when(readModel.find("p-9")).thenReturn(Optional.empty());
		indexer.onCandidateChanged(new CandidateChanged("p-9"));
		assertThat(index.size()).isZero();
	}

	private static CandidateState state(String id) {
		ProfileSnapshot profile = new ProfileSnapshot(id, "owner-" + id, "Name", null, null, null, List.of(), List.of(),
				2, List.of(new ProfileSnapshot.Skill("Java", 3, null)), null, null, null, null, List.of());
		return new CandidateState(id, 1, false, profile, List.of());
	}

}
