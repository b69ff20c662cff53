package dev.matchfolio.ranking;

import java.util.List;

/**
 * A skill of the opening that the candidate covers.
 *
 * @param skill the opening's skill, by its canonical name when the taxonomy knows it
 * @param matchedBy what the candidate wrote
 * @param via {@link #EXACT}, {@link #ALIAS}, {@link #BROADER} or {@link #RELATED}
 * @param evidence ids of the candidate's portfolio projects that show the skill the candidate matched with, sorted
 */
public record SkillMatch(String skill, String matchedBy, String via, List<String> evidence) {

	/** The same name, ignoring case, spaces and punctuation. */
	public static final String EXACT = "EXACT";

	/** Another name of the same skill ({@code Postgres} for PostgreSQL). */
	public static final String ALIAS = "ALIAS";

	/** A more specific skill than asked for ({@code PostgreSQL} for SQL): high partial credit. */
	public static final String BROADER = "BROADER";

	/** A similar skill ({@code MySQL} for PostgreSQL): credit by similarity. */
	public static final String RELATED = "RELATED";

	public SkillMatch {
		evidence = List.copyOf(evidence);
	}

}
