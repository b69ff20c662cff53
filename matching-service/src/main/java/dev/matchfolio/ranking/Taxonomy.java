package dev.matchfolio.ranking;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The skill taxonomy: canonical skills with int ids {@code 0..size()-1}, every name and alias mapped to its skill by
 * {@link SkillNormalizer#key}, the transitive narrower skills of each skill (who counts as BROADER credit for it) and
 * related skills with their similarity (made symmetric). Immutable and thread-safe.
 */
public final class Taxonomy {

	/** Where the service's taxonomy lives on the classpath. */
	public static final String CLASSPATH_LOCATION = "taxonomy/skills.json";

	private static final int[] NONE = new int[0];

	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private final String version;

	private final List<SkillEntry> skills;

	private final Map<String, Integer> idByKey = new HashMap<>();

	private final String[] canonicalKeys;

	private final int[][] narrower;

	private final int[][] relatedIds;

	private final float[][] relatedSimilarity;

	private Taxonomy(String version, List<SkillEntry> entries) {
		this.version = version;
		this.skills = List.copyOf(entries);
		int n = skills.size();
		canonicalKeys = new String[n];
		Map<String, Integer> bySlug = new HashMap<>();
		for (int id = 0; id < n; id++) {
			SkillEntry skill = skills.get(id);
			if (bySlug.putIfAbsent(skill.id(), id) != null) {
				throw new IllegalArgumentException("Duplicate skill id " + skill.id());
			}
			canonicalKeys[id] = SkillNormalizer.key(skill.name());
		}
		// names win over aliases, and the first skill claiming an alias keeps it, so lookups never depend on order
		for (int id = 0; id < n; id++) {
			idByKey.putIfAbsent(canonicalKeys[id], id);
		}
		for (int id = 0; id < n; id++) {
			idByKey.putIfAbsent(SkillNormalizer.key(skills.get(id).id()), id);
			for (String alias : skills.get(id).aliases()) {
				idByKey.putIfAbsent(SkillNormalizer.key(alias), id);
			}
		}
		idByKey.remove("");
		narrower = narrower(bySlug);
		relatedIds = new int[n][];
		relatedSimilarity = new float[n][];
		related(bySlug);
	}

	/** Reads the JSON form: {@code {"version": "...", "skills": [SkillEntry...]}}. */
	public static Taxonomy fromJson(InputStream json) {
		File file = JSON.readValue(json, File.class);
		return of(file.version(), file.skills() == null ? List.of() : file.skills());
	}

	/** The taxonomy shipped at {@value #CLASSPATH_LOCATION}. */
	public static Taxonomy fromClasspath() {
		return fromClasspath(CLASSPATH_LOCATION);
	}

	public static Taxonomy fromClasspath(String resource) {
		try (InputStream in = Taxonomy.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("No taxonomy at classpath:" + resource);
			}
			return fromJson(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static Taxonomy of(String version, List<SkillEntry> skills) {
		return new Taxonomy(version, skills);
	}

	public static Taxonomy empty() {
		return of("empty", List.of());
	}

	public String version() {
		return version;
	}

	public int size() {
		return skills.size();
	}

	/** The skill id for any of its names or aliases (normalised), or -1. */
	public int idOf(String name) {
		return idOfKey(SkillNormalizer.key(name));
	}

	/** As {@link #idOf}, for a name already normalised by {@link SkillNormalizer#key}. */
	int idOfKey(String key) {
		return idByKey.getOrDefault(key, -1);
	}

	public SkillEntry skill(int id) {
		return skills.get(id);
	}

	/** Whether {@code key} is the normalised canonical name or slug of skill {@code id}, not an alias. */
	boolean isCanonical(int id, String key) {
		return canonicalKeys[id].equals(key) || SkillNormalizer.key(skills.get(id).id()).equals(key);
	}

	/** All skills more specific than {@code id}, transitively (PostgreSQL for SQL). */
	int[] narrower(int id) {
		return narrower[id];
	}

	int[] relatedIds(int id) {
		return relatedIds[id];
	}

	float[] relatedSimilarity(int id) {
		return relatedSimilarity[id];
	}

	private int[][] narrower(Map<String, Integer> bySlug) {
		int n = skills.size();
		List<List<Integer>> direct = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			direct.add(new ArrayList<>());
		}
		for (int id = 0; id < n; id++) {
			for (String parent : skills.get(id).broader()) {
				Integer p = bySlug.get(parent);
				if (p != null && p != id) {
					direct.get(p).add(id);
				}
			}
		}
		int[][] result = new int[n][];
		for (int id = 0; id < n; id++) {
			boolean[] seen = new boolean[n];
			seen[id] = true;
			List<Integer> found = new ArrayList<>();
			List<Integer> frontier = new ArrayList<>(direct.get(id));
			while (!frontier.isEmpty()) {
				int next = frontier.remove(frontier.size() - 1);
				if (!seen[next]) {
					seen[next] = true;
					found.add(next);
					frontier.addAll(direct.get(next));
				}
			}
			result[id] = found.isEmpty() ? NONE : found.stream().mapToInt(Integer::intValue).sorted().toArray();
		}
		return result;
	}

	private void related(Map<String, Integer> bySlug) {
		int n = skills.size();
		List<Map<Integer, Float>> similar = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			similar.add(new HashMap<>());
		}
		for (int id = 0; id < n; id++) {
			for (SkillEntry.Related related : skills.get(id).related()) {
				Integer other = bySlug.get(related.id());
				if (other == null || other == id || !(related.similarity() > 0) || related.similarity() >= 1) {
					continue;
				}
				float similarity = (float) related.similarity();
				similar.get(id).merge(other, similarity, Math::max);
				similar.get(other).merge(id, similarity, Math::max);
			}
		}
		for (int id = 0; id < n; id++) {
			int[] ids = similar.get(id).keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
			float[] values = new float[ids.length];
			for (int i = 0; i < ids.length; i++) {
				values[i] = similar.get(id).get(ids[i]);
			}
			relatedIds[id] = ids.length == 0 ? NONE : ids;
			relatedSimilarity[id] = values;
		}
	}

	@Override
	public String toString() {
		return "Taxonomy " + version + " (" + skills.size() + " skills)";
	}

	/** The file's top level. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record File(String version, List<SkillEntry> skills) {
	}


}
