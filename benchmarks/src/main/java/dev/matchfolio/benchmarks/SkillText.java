package dev.matchfolio.benchmarks;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The baselines' idea of "the same skill": the name without case, spaces or punctuation, with {@code +} and {@code #}
 * spelled out so C++ and C# stay apart from C. No aliases and no relations: that is the taxonomy's job, which the
 * baselines do not have.
 */
final class SkillText {

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

	private SkillText() {
	}

	static String normalise(String name) {
		String spelled = name.toLowerCase(Locale.ROOT).replace("+", "plus").replace("#", "sharp");
		return NOT_ALPHANUMERIC.matcher(spelled).replaceAll("");
	}

}
