package dev.matchfolio.opening;

/**
 * A skill an opening asks for, with its defaults applied.
 *
 * @param name as the opening's author wrote it
 * @param minLevel 1 (aware) to 5 (expert)
 * @param weight greater than 0, at most 10
 */
public record SkillRequirement(String name, int minLevel, double weight) {

	public static final int DEFAULT_MIN_LEVEL = 1;

	public static final double DEFAULT_WEIGHT = 1.0;

}
