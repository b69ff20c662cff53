package dev.matchfolio.localstack.agent;

/**
 * Loaded into every child JVM with {@code -javaagent:local-stack-agent.jar=<launcher pid>}.
 * <p>
 * Ctrl-C in a terminal signals the whole foreground process group, children included. If each child stopped on its
 * own, the store could close before the services flushed their outboxes; so children ignore SIGINT and the launcher
 * stops them in order with SIGTERM. And if the launcher is killed outright (no shutdown hook runs), a child notices
 * that its parent has changed and exits through its own shutdown hooks instead of lingering on the ports.
 */
public final class ChildAgent {

	private static final long WATCH_INTERVAL_MILLIS = 1000;

	private ChildAgent() {
	}

	public static void premain(String args) {
		long launcher = Long.parseLong(args.trim());
		ignoreInterrupt();
		Thread watch = new Thread(() -> watch(launcher), "local-stack-launcher-watch");
		watch.setDaemon(true);
		watch.start();
	}

	/** Through reflection, as javac warns on every direct use of {@code sun.misc} (jdk.unsupported) that it cannot mute. */
	private static void ignoreInterrupt() {
		try {
			Class<?> signal = Class.forName("sun.misc.Signal");
			Class<?> handler = Class.forName("sun.misc.SignalHandler");
			Object interrupt = signal.getConstructor(String.class).newInstance("INT");
			signal.getMethod("handle", signal, handler).invoke(null, interrupt, handler.getField("SIG_IGN").get(null));
		}
		catch (ReflectiveOperationException | RuntimeException unsupported) {
			// keep the default: the child then stops on Ctrl-C by itself, out of order but still cleanly
		}
	}

	private static void watch(long launcher) {
		while (true) {
			try {
				Thread.sleep(WATCH_INTERVAL_MILLIS);
			}
			catch (InterruptedException ex) {
				return;
			}
			// an orphan is adopted by init (or a sub-reaper), so a different parent means the launcher is gone
			long parent = ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(-1L);
			if (parent != launcher) {
				System.err.println("local-stack launcher (pid " + launcher + ") is gone; shutting down");
				System.exit(143);
			}
		}
	}

}
