package dev.matchfolio.support.health;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class MongoPingHealthIndicatorTest {

	@Test
	void embeddedStoreIsReportedUp() {
		try (MongoClient client = MongoClients.create(EmbeddedInfrastructure.mongoUri("health"))) {
			assertThat(new MongoPingHealthIndicator(client).health(true).getStatus()).isEqualTo(Status.UP);
		}
	}

	@Test
	void unreachableStoreIsReportedDown() {
		try (MongoClient client = MongoClients
			.create("mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=200&connectTimeoutMS=200")) {
			assertThat(new MongoPingHealthIndicator(client).health(true).getStatus()).isEqualTo(Status.DOWN);
		}
	}

}
