package dev.matchfolio.localstack.load;

import java.util.List;
import java.util.Map;

/** Prints both modes of every target as one table, then what the gateway adds and anything that went wrong. */
final class GatewayOverheadReport {

	private static final String DIRECT = "profile direct";

	private static final String VIA_GATEWAY = "profile via gateway";

	/** A target answering fewer than this share of the fixed rate with 2xx did not keep up with it. */
	private static final double SUSTAINED = 0.95;

	private GatewayOverheadReport() {
	}

	static void print(GatewayOverhead.Options options, List<GatewayOverheadRun.Target> targets,
			Map<String, GatewayOverheadRun.Result> fixed, Map<String, GatewayOverheadRun.Result> saturated) {
		System.out.println();
		System.out.printf("fixed rate %d/s for %d s per target (latency from the scheduled send time); saturation: %d "
				+ "closed-loop clients for %d s per target%n", options.rate(), options.rateDuration().toSeconds(),
				options.clients(), options.saturationDuration().toSeconds());
		System.out.printf("%-34s %6s %8s %8s %8s | %s%n", "target", "rate", "p50 ms", "p99 ms", "ok/s",
				"saturation req/s");
		double directSaturation = saturated.get(DIRECT).okPerSecond();
		for (GatewayOverheadRun.Target target : targets) {
			GatewayOverheadRun.Result atRate = fixed.get(target.name());
			GatewayOverheadRun.Result atSaturation = saturated.get(target.name());
			String ratio = target.name().equals(DIRECT) ? ""
					: String.format("  (%.2f of direct)", atSaturation.okPerSecond() / directSaturation);
			System.out.printf("%-34s %6d %8.2f %8.2f %8.0f | %6.0f%s  [p50 %.1f ms, p99 %.1f ms]%n", target.name(),
					options.rate(), atRate.p50Millis(), atRate.p99Millis(), atRate.okPerSecond(),
					atSaturation.okPerSecond(), ratio, atSaturation.p50Millis(), atSaturation.p99Millis());
		}
		GatewayOverheadRun.Result direct = fixed.get(DIRECT);
		GatewayOverheadRun.Result viaGateway = fixed.get(VIA_GATEWAY);
		System.out.printf("gateway adds at %d/s: p50 %+.2f ms, p99 %+.2f ms; at saturation it keeps %.0f%% of direct%n",
				options.rate(), viaGateway.p50Millis() - direct.p50Millis(),
				viaGateway.p99Millis() - direct.p99Millis(),
				100 * saturated.get(VIA_GATEWAY).okPerSecond() / directSaturation);
		for (GatewayOverheadRun.Target target : targets) {
			if (fixed.get(target.name()).okPerSecond() < options.rate() * SUSTAINED) {
				System.out.printf("  %s does not sustain %d/s on this machine: its fixed-rate latencies are queueing "
						+ "(run again with a lower --rate to see the overhead below saturation)%n", target.name(),
						options.rate());
			}
		}
		boolean rankingThrottled = false;
		for (GatewayOverheadRun.Target target : targets) {
			for (var mode : List.of(Map.entry("fixed rate", fixed), Map.entry("saturation", saturated))) {
				GatewayOverheadRun.Result result = mode.getValue().get(target.name());
				if (!result.problems().isEmpty()) {
					System.out.printf("  %s, %s: %s%n", target.name(), mode.getKey(), result.problems());
					rankingThrottled |= result.tooMany() > 0 && !target.name().startsWith("profile");
				}
			}
		}
		if (rankingThrottled) {
			System.out.println("The ranking target met the gateway's rate limit (429): its per-IP ranking bucket "
					+ "(matchfolio.gateway.rate-limit.ranking.per-ip.*) must be raised for this run; see "
					+ "scripts/load-gateway.sh for how to start the stack.");
		}
	}

}
