package dev.matchfolio.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/** Finds a taken port before anything starts, so a clash is reported by name instead of as a child's stack trace. */
final class PortCheck {

	private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

	private PortCheck() {
	}

	/** Throws a {@link StackException} naming the first port in use. */
	static void requireFree(List<Ports.Use> uses) {
		for (Ports.Use use : uses) {
			if (isTaken(use.port())) {
				throw new StackException("Port " + use.port() + " (" + use.variable() + ", for " + use.part().id()
						+ ") is already in use. Stop what uses it, or set " + use.variable()
						+ " to a free port. Nothing was started.");
			}
		}
	}

	static boolean isTaken(int port) {
		// something answering on the port is a clash even where binding would succeed (a wildcard listener on macOS)
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(LOOPBACK, port), 200);
			return true;
		}
		catch (IOException refused) {
			// nobody answers: try to bind, which also catches a port held but not yet listening
		}
		try (ServerSocket server = new ServerSocket()) {
			// reuse-address so that connections of a previous run still in TIME_WAIT do not count as a clash
			server.setReuseAddress(true);
			server.bind(new InetSocketAddress(LOOPBACK, port));
			return false;
		}
		catch (IOException ex) {
			return true;
		}
	}

}
