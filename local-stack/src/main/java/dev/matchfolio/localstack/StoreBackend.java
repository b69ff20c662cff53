package dev.matchfolio.localstack;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 file backend, answering {@code hello} too. mongo-java-server 1.47 knows only the legacy {@code isMaster}
 * handshake, but Spring Boot 4's MongoDB health check sends {@code hello}: without this the services' readiness
 * (which includes MongoDB) would never turn UP against the local store.
 */
final class StoreBackend extends H2Backend {

	StoreBackend(String file) {
		super(file);
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		if (command.equalsIgnoreCase("hello")) {
			Document reply = super.handleCommand(channel, database, "isMaster", query);
			reply.put("isWritablePrimary", Boolean.TRUE); // what hello calls the ismaster field
			return reply;
		}
		return super.handleCommand(channel, database, command, query);
	}

}
