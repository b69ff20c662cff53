package dev.matchfolio.localstack.load;

import java.util.Map;
import java.util.TreeMap;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GatewayOverheadRunTest {

	@Test
	void aRunNamesEveryAnswerOtherThan2xxAnd429ByItsStatus() {
		Map<Integer, Long> others = new TreeMap<>(Map.of(503, 1111L, 500, 1L));
		GatewayOverheadRun.Result run = new GatewayOverheadRun.Result(new Histogram(3), 10, 2, others, 0, 0, 1.0);

		assertThat(run.problems()).isEqualTo("2 x 429, 1 x 500, 1111 x 503, 0 failed, 0 shed");
	}

	@Test
	void aCleanRunHasNoProblemsToReport() {
		GatewayOverheadRun.Result run = new GatewayOverheadRun.Result(new Histogram(3), 10, 0, Map.of(), 0, 0, 1.0);

		assertThat(run.problems()).isEmpty();
	}

}
