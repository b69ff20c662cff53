package dev.matchfolio.localstack;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import dev.matchfolio.localstack.demo.DemoException;
import dev.matchfolio.localstack.demo.GatewayClient;
import dev.matchfolio.localstack.demo.TopMatches;

/** The command behind {@code run-local.sh}: starts the stack, shows where it is, and stops it on Ctrl-C. */
public final class LocalStack {

	private static final Duration MATCHES_WAIT = Duration.ofSeconds(60);

	private static final String USAGE = """
			usage: run-local.sh [--no-demo] [--repo <dir>]
			  --no-demo     do not load the demo data set
			  --repo <dir>  the repository root (default: found from the working directory)
			environment: GATEWAY_PORT (8080), PROFILE_PORT (8081), PORTFOLIO_PORT (8082), MATCHING_PORT (8083),
			  MONGO_PORT (27017), KAFKA_PORT (9092), KAFKA_CONTROLLER_PORT (9093),
			  LOCAL_STACK_DIR (./.local-stack), LOCAL_STACK_READY_TIMEOUT (seconds, 180)""";

	private LocalStack() {
	}

	public static void main(String[] args) throws InterruptedException {
		// UTF-8 whatever the locale, for the progress marks; flushed on every line
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
			out.println(USAGE);
			return;
		}
		StackConfig config;
		try {
			config = StackConfig.fromCommandLine(args, System.getenv(), Path.of("").toAbsolutePath());
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}

		Stack stack = new Stack(config, out::println);
		Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-shutdown"));
		try {
			stack.start();
			printSummary(stack, out);
		}
		catch (RuntimeException ex) {
			if (stack.isClosing()) {
				return; // Ctrl-C while starting: the shutdown hook is already stopping everything
			}
			System.err.println();
			System.err.println("✗ " + ex.getMessage());
			if (!(ex instanceof StackException || ex instanceof DemoException)) {
				ex.printStackTrace(); // not a failure we foresaw: the trace is the useful part
			}
			System.exit(1); // runs the shutdown hook, which stops whatever did start
		}
		stack.awaitClose();
	}

	private static void printSummary(Stack stack, PrintStream out) {
		String url = "http://localhost:" + stack.config().ports().gateway();
		out.println();
		out.println("Matchfolio is running:");
		out.println("  Gateway      " + url);
		out.println("  Swagger UI   " + url + "/swagger-ui.html");
		out.println("  A token      curl -s -X POST " + url + "/api/auth/token -H 'Content-Type: application/json'"
				+ " -d '{\"username\": \"acme-recruiter\", \"roles\": [\"RECRUITER\"]}'");
		out.println("  Logs         " + stack.config().logDir());
		out.println();
		try {
			new TopMatches(new GatewayClient(stack.gatewayUrl()), out::println).print(stack.featuredOpening(),
					MATCHES_WAIT);
		}
		catch (DemoException ex) {
			// the stack is up; failing to show a sample is no reason to stop it
			out.println("Cannot show matches: " + ex.getMessage());
		}
		out.println();
		out.println("Press Ctrl-C to stop.");
	}

}
