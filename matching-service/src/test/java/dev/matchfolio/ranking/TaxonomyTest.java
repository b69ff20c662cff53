package dev.matchfolio.ranking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.matchfolio.ranking.TestData.TAXONOMY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TaxonomyTest {

	@Test
	void normalisationIgnoresCaseSpacesAndPunctuationButKeepsPlusAndHash() {
		assertThat(SkillNormalizer.key("Node.js")).isEqualTo("nodejs");
		assertThat(SkillNormalizer.key(" node  JS ")).isEqualTo("nodejs");
		assertThat(SkillNormalizer.key("C++")).isNotEqualTo(SkillNormalizer.key("C"));
		assertThat(SkillNormalizer.key("C#")).isNotEqualTo(SkillNormalizer.key("C"));
		assertThat(SkillNormalizer.key("...")).isEmpty();
		assertThat(SkillNormalizer.key(null)).isEmpty();
	}

	@Test
	void everyNameAliasAndSlugFindsItsSkill() {
		int postgres = TAXONOMY.idOf("PostgreSQL");
		assertThat(postgres).isNotNegative();
		assertThat(List.of("postgres", "PSQL", "pg-sql", "postgresql")).allSatisfy(
				name -> assertThat(TAXONOMY.idOf(name)).isEqualTo(postgres));
		assertThat(TAXONOMY.idOf("k8s")).isEqualTo(TAXONOMY.idOf("Kubernetes"));
		assertThat(TAXONOMY.idOf("node js")).isEqualTo(TAXONOMY.idOf("Node.js"));
		assertThat(TAXONOMY.idOf("C++")).isNotEqualTo(TAXONOMY.idOf("C"));
		assertThat(TAXONOMY.idOf("Cobol")).isEqualTo(-1);
		assertThat(TAXONOMY.version()).isEqualTo("test-1");
		assertThat(TAXONOMY.skill(TAXONOMY.idOf("Java")).esco()).isEqualTo("http://data.europa.eu/esco/skill/java");
	}

	@Test
	void narrowerSkillsAreTransitiveAndRelatedSkillsAreSymmetric() {
		int java = TAXONOMY.idOf("Java");
		assertThat(TAXONOMY.narrower(java)).contains(TAXONOMY.idOf("Spring"), TAXONOMY.idOf("Spring Boot"));
		assertThat(TAXONOMY.narrower(TAXONOMY.idOf("SQL"))).contains(TAXONOMY.idOf("PostgreSQL"),
				TAXONOMY.idOf("MySQL"));
		assertThat(TAXONOMY.narrower(TAXONOMY.idOf("Spring Boot"))).isEmpty();
		int mysql = TAXONOMY.idOf("MySQL");
		assertThat(TAXONOMY.relatedIds(mysql)).containsExactly(TAXONOMY.idOf("PostgreSQL"));
		assertThat(TAXONOMY.relatedSimilarity(mysql)).containsExactly(0.6f);
	}

	@Test
	void duplicateIdsAreRejected() {
		SkillEntry java = new SkillEntry("java", "Java", "language", null, null, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> Taxonomy.of("x", List.of(java, java)));
	}

	@Test
	void theShippedTaxonomyLoads() {
		Taxonomy shipped = Taxonomy.fromClasspath();
		assertThat(shipped.size()).isPositive();
		assertThat(shipped.idOf("Java")).isNotNegative();
	}

}
