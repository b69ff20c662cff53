package dev.matchfolio.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The store child: a MongoDB-wire server on an H2 file, so data survives restarts without a MongoDB install. Arguments:
 * {@code <host> <port> <file>}.
 */
public final class EmbeddedMongo {

	private EmbeddedMongo() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3) {
			System.err.println("usage: EmbeddedMongo <host> <port> <file>");
			System.exit(2);
		}
		String host = args[0];
		int port = Integer.parseInt(args[1]);
		Path file = Path.of(args[2]).toAbsolutePath();
		Files.createDirectories(file.getParent());

		MongoServer server = new MongoServer(new H2Backend(file.toString()));
		CountDownLatch stopped = new CountDownLatch(1);
		// SIGTERM from the launcher: closing the backend commits and closes the H2 store, so nothing written is lost
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.shutdown();
			System.out.println("Store closed: " + file);
			stopped.countDown();
		}, "store-shutdown"));
		server.bind(host, port);
		System.out.println("Store listening on " + host + ":" + port + ", data in " + file);
		stopped.await();
	}

}
