package dev.matchfolio.ranking;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * One skill of the taxonomy, as written in {@code taxonomy/skills.json}.
 *
 * @param id unique lower-case slug
 * @param name canonical display name
 * @param category e.g. {@code database}
 * @param aliases other names and spellings
 * @param broader ids of more general skills (Spring Boot → spring-framework)
 * @param related similar skills with a similarity in (0, 1)
 * @param esco the ESCO concept URI or {@code null}
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SkillEntry(String id, String name, String category, List<String> aliases, List<String> broader,
		List<Related> related, String esco) {

	public SkillEntry {
		Objects.requireNonNull(id, "id");
		name = name == null ? id : name;
		aliases = aliases == null ? List.of() : List.copyOf(aliases);
		broader = broader == null ? List.of() : List.copyOf(broader);
		related = related == null ? List.of() : List.copyOf(related);
	}

	/** A skill similar to this one. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Related(String id, double similarity) {
	}

}
