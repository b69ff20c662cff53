package dev.matchfolio.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the shipped skill taxonomy as data, independently of the engine that reads it: a broken alias or a dangling
 * relation should fail here, next to the file, rather than as an odd ranking somewhere else.
 */
class TaxonomyDataTest {

	private static final String RESOURCE = "/taxonomy/skills.json";

	private static final int MIN_SKILLS = 400;

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern ESCO_URI = Pattern
		.compile("http://data\\.europa\\.eu/esco/skill/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");

	private static Taxonomy taxonomy;

	private static Map<String, Skill> byId;

	private static Map<String, String> idByKey;

	@BeforeAll
	static void load() throws IOException {
		try (InputStream in = TaxonomyDataTest.class.getResourceAsStream(RESOURCE)) {
			assertThat(in).as(RESOURCE).isNotNull();
			taxonomy = JsonMapper.builder().build().readValue(in, Taxonomy.class);
		}
		byId = new HashMap<>();
		idByKey = new HashMap<>();
		for (Skill skill : taxonomy.skills()) {
			byId.put(skill.id(), skill);
			for (String name : skill.names()) {
				idByKey.putIfAbsent(normalise(name), skill.id());
			}
		}
	}

	/** Case, space and punctuation blind, except that C++, C# and F# must not collapse into C and F. */
	static String normalise(String name) {
		String spelled = name.toLowerCase(Locale.ROOT).replace("+", "plus").replace("#", "sharp");
		return NOT_ALPHANUMERIC.matcher(spelled).replaceAll("");
	}

	private static String resolve(String typed) {
		return idByKey.get(normalise(typed));
	}

	@Test
	void hasAVersionAndAtLeastFourHundredSkills() {
		assertThat(taxonomy.version()).matches("\\d{4}\\.\\d+\\.\\d+");
		assertThat(taxonomy.skills()).hasSizeGreaterThanOrEqualTo(MIN_SKILLS);
	}

	@Test
	void idsAreUniqueSlugsAndEverySkillHasANameAndCategory() {
		Set<String> ids = new HashSet<>();
		for (Skill skill : taxonomy.skills()) {
			assertThat(skill.id()).matches(SLUG);
			assertThat(ids.add(skill.id())).as("duplicate id %s", skill.id()).isTrue();
			assertThat(skill.name()).as(skill.id()).isNotBlank();
			assertThat(skill.category()).as(skill.id()).isNotBlank();
		}
	}

	@Test
	void noNameOrAliasMeansTwoDifferentSkills() {
		Map<String, String> owner = new HashMap<>();
		List<String> collisions = new ArrayList<>();
		for (Skill skill : taxonomy.skills()) {
			for (String name : skill.names()) {
				String key = normalise(name);
				assertThat(key).as("%s of %s normalises to nothing", name, skill.id()).isNotEmpty();
				String previous = owner.putIfAbsent(key, skill.id());
				if (previous != null && !previous.equals(skill.id())) {
					collisions.add(name + ": " + previous + " / " + skill.id());
				}
			}
		}
		assertThat(collisions).isEmpty();
	}

	@Test
	void symbolsKeepLanguagesApart() {
		assertThat(resolve("C")).isEqualTo("c");
		assertThat(resolve("c++")).isEqualTo("cpp");
		assertThat(resolve("C#")).isEqualTo("csharp");
		assertThat(resolve("F#")).isEqualTo("fsharp");
		assertThat(resolve("F")).isNull();
	}

	@Test
	void everyRelationPointsAtAnExistingOtherSkillWithASimilarityBetweenZeroAndOne() {
		for (Skill skill : taxonomy.skills()) {
			for (String broader : skill.broader()) {
				assertThat(byId).as("broader of %s", skill.id()).containsKey(broader);
				assertThat(broader).isNotEqualTo(skill.id());
			}
			for (Related related : skill.related()) {
				assertThat(byId).as("related of %s", skill.id()).containsKey(related.id());
				assertThat(related.id()).isNotEqualTo(skill.id());
				assertThat(related.similarity()).as("%s ~ %s", skill.id(), related.id()).isGreaterThan(0).isLessThan(1);
			}
		}
	}

	@Test
	void broaderRelationsHaveNoCycles() {
		Set<String> done = new HashSet<>();
		for (Skill skill : taxonomy.skills()) {
			assertNoCycleFrom(skill.id(), new HashSet<>(), done);
		}
	}

	private static void assertNoCycleFrom(String id, Set<String> onPath, Set<String> done) {
		if (done.contains(id)) {
			return;
		}
		assertThat(onPath.add(id)).as("broader cycle through %s", onPath).isTrue();
		for (String broader : byId.get(id).broader()) {
			assertNoCycleFrom(broader, onPath, done);
		}
		onPath.remove(id);
		done.add(id);
	}

	@Test
	void escoUrisAreWellFormedWhereRecorded() {
		taxonomy.skills()
			.stream()
			.filter(skill -> skill.esco() != null)
			.forEach(skill -> assertThat(skill.esco()).as(skill.id()).matches(ESCO_URI));
	}

	@Test
	void commonSpellingsResolveToTheirCanonicalSkill() {
		for (String typed : List.of("Postgres", "postgresql", "psql", "PostgreSQL", "pgsql")) {
			assertThat(byId.get(resolve(typed)).name()).as(typed).isEqualTo("PostgreSQL");
		}
		assertThat(byId.get(resolve("k8s")).name()).isEqualTo("Kubernetes");
		assertThat(byId.get(resolve("Spring")).name()).isEqualTo("Spring Framework");
		assertThat(byId.get(resolve("JS")).name()).isEqualTo("JavaScript");
		assertThat(byId.get(resolve("golang")).name()).isEqualTo("Go");
		for (String typed : List.of("Node", "NodeJS", "node js", "Node.js")) {
			assertThat(byId.get(resolve(typed)).name()).as(typed).isEqualTo("Node.js");
		}
	}

	@Test
	void springBootReachesJavaThroughSpringFramework() {
		Skill springBoot = byId.get(resolve("Spring Boot"));
		assertThat(springBoot.broader()).contains("spring-framework");
		assertThat(ancestors(springBoot.id())).contains("spring-framework", "java");
		assertThat(byId.get(resolve("PostgreSQL")).broader()).contains("sql");
		assertThat(byId.get(resolve("Kafka Streams")).broader()).contains("kafka");
	}

	@Test
	void similarSkillsAreRelated() {
		assertThat(similarity("mysql", "postgresql")).isBetween(0.5, 0.7);
		assertThat(similarity("postgresql", "mysql")).isBetween(0.5, 0.7);
		assertThat(similarity("gradle", "maven")).isPositive();
		assertThat(similarity("quarkus", "spring-boot")).isPositive();
	}

	private static double similarity(String from, String to) {
		return byId.get(from).related().stream().filter(r -> r.id().equals(to)).mapToDouble(Related::similarity)
			.findFirst().orElse(0);
	}

	private static Set<String> ancestors(String id) {
		Set<String> seen = new HashSet<>();
		List<String> todo = new ArrayList<>(byId.get(id).broader());
		while (!todo.isEmpty()) {
			String next = todo.remove(todo.size() - 1);
			if (seen.add(next)) {
				todo.addAll(byId.get(next).broader());
			}
		}
		return seen;
	}

	record Taxonomy(String version, List<Skill> skills) {
	}

	record Skill(String id, String name, String category, List<String> aliases, List<String> broader,
			List<Related> related, String esco) {

		List<String> names() {
			List<String> names = new ArrayList<>(aliases);
			names.add(0, name);
			return names;
		}

	}

	record Related(String id, double similarity) {
	}

}
