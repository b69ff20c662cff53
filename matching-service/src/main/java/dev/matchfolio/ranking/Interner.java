package dev.matchfolio.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dense int ids for strings (countries, cities, zones, currencies, unknown skills); ids are never reused. */
final class Interner {

	static final int NONE = -1;

	private final Map<String, Integer> ids = new HashMap<>();

	private final List<String> values = new ArrayList<>();

	private final int base;

	Interner(int base) {
		this.base = base;
	}

	int intern(String value) {
		if (value == null || value.isEmpty()) {
			return NONE;
		}
		return ids.computeIfAbsent(value, key -> {
			values.add(key);
			return base + values.size() - 1;
		});
	}

	int find(String value) {
		if (value == null || value.isEmpty()) {
			return NONE;
		}
		return ids.getOrDefault(value, NONE);
	}

	String value(int id) {
		return values.get(id - base);
	}

	/** One past the largest id handed out. */
	int limit() {
		return base + values.size();
	}

}
