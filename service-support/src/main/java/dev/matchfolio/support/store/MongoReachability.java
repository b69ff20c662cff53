package dev.matchfolio.support.store;

import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.connection.ServerDescription;

/**
 * Whether the driver's own server monitoring knows the store to be down: every server it knows of failed its last
 * check. A server not yet checked (just after start-up) does not count as down. The monitor checks a server it lost
 * every half second, so this turns false again as soon as the store is back. Without a client (a service that does
 * not use MongoDB) the store is never known to be down.
 */
public final class MongoReachability implements BooleanSupplier {

	private final Supplier<MongoClient> client;

	public MongoReachability(Supplier<MongoClient> client) {
		this.client = client;
	}

	@Override
	public boolean getAsBoolean() {
		MongoClient mongo = client.get();
		if (mongo == null) {
			return false;
		}
		List<ServerDescription> servers = mongo.getClusterDescription().getServerDescriptions();
		return !servers.isEmpty() && servers.stream().allMatch(server -> !server.isOk() && server.getException() != null);
	}

}
