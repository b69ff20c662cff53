package dev.matchfolio;

import dev.matchfolio.testsupport.EmbeddedInfrastructure;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The integration tests on the in-process Kafka broker and MongoDB-wire store: runs everywhere. */
class PortfolioServiceEmbeddedIT extends ProjectOutboxIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		EmbeddedInfrastructure.register(registry, "portfolios");
	}

}
