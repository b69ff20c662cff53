package dev.matchfolio.localstack.authz;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.matchfolio.localstack.authz.RuleRunner.Outcome;

/**
 * The outcomes as a table: one line per endpoint of the contract, one column per actor, each cell the status the
 * actor got ({@code 204≠403} where it differs from the contract's), then every mismatch in words.
 */
final class MatrixTable {

	private static final String NOT_TRIED = "·";

	private static final String GAP = "  ";

	private MatrixTable() {
	}

	static String render(List<Outcome> outcomes) {
		Map<String, Map<Actor, String>> cells = new LinkedHashMap<>();
		Map<String, String> who = new LinkedHashMap<>();
		for (Outcome outcome : outcomes) {
			String contract = outcome.rule().endpoint().contract();
			who.put(contract, outcome.rule().endpoint().who());
			String cell = (outcome.actual() == outcome.rule().expected()) ? String.valueOf(outcome.actual())
					: outcome.actual() + "≠" + outcome.rule().expected();
			if (outcome.actual() == outcome.rule().expected() && !outcome.passed()) {
				cell += "!";
			}
			cells.computeIfAbsent(contract, key -> new EnumMap<>(Actor.class)).put(outcome.rule().actor(), cell);
		}
		int endpointWidth = "endpoint".length();
		for (String contract : cells.keySet()) {
			endpointWidth = Math.max(endpointWidth, contract.length());
		}
		Map<Actor, Integer> widths = new EnumMap<>(Actor.class);
		for (Actor actor : Actor.values()) {
			int width = actor.column().length();
			for (Map<Actor, String> row : cells.values()) {
				width = Math.max(width, row.getOrDefault(actor, NOT_TRIED).length());
			}
			widths.put(actor, width);
		}

		StringBuilder table = new StringBuilder();
		StringBuilder header = new StringBuilder(pad("endpoint", endpointWidth));
		for (Actor actor : Actor.values()) {
			header.append(GAP).append(pad(actor.column(), widths.get(actor)));
		}
		table.append(header).append(GAP).append("who (API.md)\n");
		table.append("-".repeat(header.length() + GAP.length() + "who (API.md)".length())).append('\n');
		for (Map.Entry<String, Map<Actor, String>> row : cells.entrySet()) {
			table.append(pad(row.getKey(), endpointWidth));
			for (Actor actor : Actor.values()) {
				table.append(GAP).append(pad(row.getValue().getOrDefault(actor, NOT_TRIED), widths.get(actor)));
			}
			table.append(GAP).append(who.get(row.getKey())).append('\n');
		}
		table.append("""
				own = the caller owns the resource in the path (for POST /api/profiles: already has a profile); \
				other = it does not, or the path names none
				a≠e = got a, API.md says e;  s! = right status but a wrong answer or changed data;  · = not part of the rule
				* not in API.md's table: the rule is the issue's ("attachments likewise")
				""");
		List<Outcome> failed = failures(outcomes);
		table.append('\n').append(failed.size()).append(" mismatches of ").append(outcomes.size()).append(" rules\n");
		for (Outcome outcome : failed) {
			table.append("  ").append(outcome.rule()).append(" (").append(outcome.rule().endpoint().method())
				.append(' ').append(outcome.rule().endpoint().path()).append(")\n");
			outcome.defects().forEach(defect -> table.append("      ").append(defect).append('\n'));
		}
		return table.toString();
	}

	static List<Outcome> failures(List<Outcome> outcomes) {
		List<Outcome> failed = new ArrayList<>();
		for (Outcome outcome : outcomes) {
			if (!outcome.passed()) {
				failed.add(outcome);
			}
		}
		return failed;
	}

	private static String pad(String text, int width) {
		return text + " ".repeat(Math.max(0, width - text.length()));
	}

}
