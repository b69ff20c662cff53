package dev.matchfolio.support.store;

import java.time.Duration;

import com.mongodb.MongoTimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.BackOffExecution;

import static org.assertj.core.api.Assertions.assertThat;

class StoreOutageRetryTest {

	private final StoreOutageRetry retry = StoreOutageRetry.of(Duration.ofMillis(100), Duration.ofSeconds(5));

	private final ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("profile-events", 0, 7L, "p-1",
			new byte[0]);

	@Test
	void aStoreOutageIsRetriedWithoutEndBackingOffToTheCeiling() {
		for (Exception outage : new Exception[] {
				new ListenerExecutionFailedException("listener failed",
						new DataAccessResourceFailureException("store away")),
				new ListenerExecutionFailedException("listener failed", new MongoTimeoutException("no server")) }) {
			BackOff backOff = this.retry.backOffFor(this.record, outage);
			assertThat(backOff).as(outage.getCause().toString()).isNotNull();
			BackOffExecution execution = backOff.start();
			long last = 0;
			for (int attempt = 0; attempt < 1_000; attempt++) {
				last = execution.nextBackOff();
				assertThat(last).isNotEqualTo(BackOffExecution.STOP);
			}
			assertThat(last).isEqualTo(5_000);
		}
	}

	@Test
	void anyOtherFailureKeepsTheHandlersOwnBackOffAndSoEndsInTheDeadLetterTopic() {
		assertThat(this.retry.backOffFor(this.record,
				new ListenerExecutionFailedException("listener failed", new IllegalStateException("bug")))).isNull();
		assertThat(this.retry.backOffFor(this.record, new IllegalArgumentException("not an event"))).isNull();
	}

}
