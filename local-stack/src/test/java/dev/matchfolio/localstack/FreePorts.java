package dev.matchfolio.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Seven ports that were free a moment ago, so a test stack does not collide with a running local stack. */
public final class FreePorts {

	private FreePorts() {
	}

	public static Ports find() {
		int[] found = new int[7];
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < found.length; i++) {
				ServerSocket socket = new ServerSocket(0);
				held.add(socket);
				found[i] = socket.getLocalPort();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			for (ServerSocket socket : held) {
				try {
					socket.close();
				}
				catch (IOException ignored) {
					// the port is released either way
				}
			}
		}
		return new Ports(found[0], found[1], found[2], found[3], found[4], found[5], found[6]);
	}

}
