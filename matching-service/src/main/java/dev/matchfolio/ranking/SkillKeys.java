package dev.matchfolio.ranking;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The normalised form of a skill name used for matching and indexing: trimmed, inner whitespace collapsed, lower case
 * ({@code "  Spring   Boot "} and {@code "spring boot"} are the same key). Aliases are a later stage's job.
 */
public final class SkillKeys {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private SkillKeys() {
	}

	public static String of(String name) {
		if (name == null) {
			return "";
		}
		return WHITESPACE.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
	}

	/** The distinct non-empty keys of the given names, in first-seen order. */
	public static List<String> of(Collection<String> names) {
		LinkedHashSet<String> keys = new LinkedHashSet<>();
		names.stream().filter(Objects::nonNull).map(SkillKeys::of).filter(key -> !key.isEmpty()).forEach(keys::add);
		return List.copyOf(keys);
	}

}
