package dev.matchfolio.ranking;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillKeysTest {

	@Test
	void keysAreTrimmedLowerCaseWithInnerWhitespaceCollapsed() {
		assertThat(SkillKeys.of("  Spring \t Boot ")).isEqualTo("spring boot");
		assertThat(SkillKeys.of((String) null)).isEmpty();
	}

	@Test
	void keyListsAreDistinctAndSkipBlanks() {
		assertThat(SkillKeys.of(Arrays.asList("Java", " java", null, "  ", "Kafka"))).containsExactly("java", "kafka");
	}

}
