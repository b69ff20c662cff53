package dev.matchfolio.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The canonical skill names of the taxonomy shipped in matching-service, in file order. */
final class Vocabulary {

	private static final String RESOURCE = "taxonomy/skills.json";

	private Vocabulary() {
	}

	static List<String> skillNames() {
		JsonMapper json = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("No taxonomy at classpath:" + RESOURCE);
			}
			return json.readValue(in, File.class).skills().stream().map(Entry::name).toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record File(List<Entry> skills) {
	}

	record Entry(String id, String name) {
	}

}
