package dev.matchfolio;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntSupplier;

/**
 * A TCP forwarder on a fixed loopback port to whatever port {@code target} names now. The embedded KRaft broker
 * cannot be told its port (the test kit binds its own), so a broker restarted on "the same port" is a new broker
 * behind this fixed front door; closing the forwarder also cuts every open connection, as a stopped broker would.
 */
final class LoopbackForwarder implements AutoCloseable {

	private static final int BUFFER = 64 * 1024;

	private final int port;

	private final IntSupplier target;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	LoopbackForwarder(int port, IntSupplier target) {
		this.port = port;
		this.target = target;
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	int port() {
		return port;
	}

	synchronized void open() {
		try {
			ServerSocket socket = new ServerSocket();
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			server = socket;
			daemon(() -> accept(socket), "forwarder-accept");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public synchronized void close() {
		closeQuietly(server);
		open.forEach(LoopbackForwarder::closeQuietly);
		open.clear();
	}

	private void accept(ServerSocket socket) {
		while (!socket.isClosed()) {
			try {
				Socket client = socket.accept();
				Socket upstream;
				try {
					upstream = new Socket(InetAddress.getLoopbackAddress(), target.getAsInt());
				}
				catch (IOException | RuntimeException ex) {
					closeQuietly(client);
					continue;
				}
				open.add(client);
				open.add(upstream);
				daemon(() -> pump(client, upstream), "forwarder-up");
				daemon(() -> pump(upstream, client), "forwarder-down");
			}
			catch (IOException ex) {
				// closed: the loop ends
			}
		}
	}

	private void pump(Socket from, Socket to) {
		byte[] buffer = new byte[BUFFER];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int read;
			while ((read = in.read(buffer)) >= 0) {
				out.write(buffer, 0, read);
				out.flush();
			}
		}
		catch (IOException ex) {
			// one side closed: close both below
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			open.remove(from);
			open.remove(to);
		}
	}

	private static void daemon(Runnable task, String name) {
		Thread thread = new Thread(task, name);
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Closeable closeable) {
		try {
			if (closeable != null) {
				closeable.close();
			}
		}
		catch (IOException ex) {
			// nothing more to do
		}
	}

}
