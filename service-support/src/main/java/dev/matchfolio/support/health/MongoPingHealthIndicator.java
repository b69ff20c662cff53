package dev.matchfolio.support.health;

import com.mongodb.client.MongoClient;
import org.bson.Document;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * MongoDB is UP when it answers {@code ping}. Boot's own indicator asks {@code hello}, which the embedded
 * MongoDB-wire store does not implement; {@code ping} is answered by both it and real MongoDB.
 */
public class MongoPingHealthIndicator extends AbstractHealthIndicator {

	private final MongoClient client;

	public MongoPingHealthIndicator(MongoClient client) {
		super("MongoDB health check failed");
		this.client = client;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		Document answer = client.getDatabase("admin").runCommand(new Document("ping", 1));
		builder.up().withDetail("ping", answer.get("ok"));
	}

}
