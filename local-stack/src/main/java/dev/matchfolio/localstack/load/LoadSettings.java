package dev.matchfolio.localstack.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * What one load run does: how many clients, for how long, at most how many writes, against which gateway. Only a
 * gateway on this machine (a loopback address) is accepted: the tool is for the local stack.
 */
record LoadSettings(URI gateway, int clients, Duration duration, long maxWrites) {

	static final int DEFAULT_CLIENTS = 16;

	static final Duration DEFAULT_DURATION = Duration.ofSeconds(20);

	static final Duration MAX_DURATION = Duration.ofMinutes(10);

	/** A bound on the run whatever the duration: about 10x what the local stack manages in 20 s. */
	static final long DEFAULT_MAX_WRITES = 200_000;

	static final int MAX_CLIENTS = 64;

	LoadSettings {
		if (clients < 1 || clients > MAX_CLIENTS) {
			throw new IllegalArgumentException("clients must be 1.." + MAX_CLIENTS);
		}
		if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
			throw new IllegalArgumentException("duration must be positive and at most " + MAX_DURATION);
		}
		if (maxWrites < 1) {
			throw new IllegalArgumentException("max writes must be positive");
		}
		requireLoopback(gateway);
	}

	/** {@code --gateway URL --clients N --seconds S --max-writes N}, each optional. */
	static LoadSettings parse(String... args) {
		URI gateway = URI.create("http://localhost:8080");
		int clients = DEFAULT_CLIENTS;
		Duration duration = DEFAULT_DURATION;
		long maxWrites = DEFAULT_MAX_WRITES;
		for (int i = 0; i < args.length; i += 2) {
			if (i + 1 >= args.length) {
				throw new IllegalArgumentException("missing value after " + args[i]);
			}
			String value = args[i + 1];
			switch (args[i]) {
				case "--gateway" -> gateway = URI.create(value);
				case "--clients" -> clients = Integer.parseInt(value);
				case "--seconds" -> duration = Duration.ofSeconds(Long.parseLong(value));
				case "--max-writes" -> maxWrites = Long.parseLong(value);
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		return new LoadSettings(gateway, clients, duration, maxWrites);
	}

	private static void requireLoopback(URI gateway) {
		try {
			if (gateway.getHost() == null || !InetAddress.getByName(gateway.getHost()).isLoopbackAddress()) {
				throw new IllegalArgumentException("the gateway must be on this machine (loopback): " + gateway);
			}
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException("unknown gateway host: " + gateway, ex);
		}
	}

}
