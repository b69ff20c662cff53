package dev.matchfolio.ranking;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The matching form of a skill name: case-, space- and punctuation-insensitive, so {@code Node.js}, {@code nodejs}
 * and {@code node js} are one key. {@code +} and {@code #} are kept because they tell skills apart ({@code C},
 * {@code C++}, {@code C#}); accents are folded ({@code Café} = {@code cafe}).
 */
public final class SkillNormalizer {

	private static final char ASCII_LIMIT = 128;

	private SkillNormalizer() {
	}

	/** The normalised key; empty for {@code null} or a name with no letters or digits. */
	public static String key(String name) {
		if (name == null || name.isEmpty()) {
			return "";
		}
		// decomposing is only needed for non-ASCII text, and it is the slow part
		String folded = (isAscii(name) ? name : Normalizer.normalize(name, Normalizer.Form.NFKD)).toLowerCase(Locale.ROOT);
		StringBuilder key = new StringBuilder(folded.length());
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (Character.isLetterOrDigit(c) || c == '+' || c == '#') {
				key.append(c);
			}
		}
		return key.toString();
	}

	private static boolean isAscii(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= ASCII_LIMIT) {
				return false;
			}
		}
		return true;
	}

}
