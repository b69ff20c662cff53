package dev.matchfolio;

import dev.matchfolio.testsupport.ContainerInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same integration tests on real Kafka and MongoDB containers; skipped where there is no Docker. */
@Testcontainers(disabledWithoutDocker = true)
class PortfolioServiceContainersIT extends ProjectOutboxIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ContainerInfrastructure.register(registry, "portfolios");
	}

}
