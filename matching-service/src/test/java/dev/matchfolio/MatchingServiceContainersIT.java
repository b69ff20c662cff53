package dev.matchfolio;

import dev.matchfolio.testsupport.ContainerInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same integration tests on real Kafka and MongoDB containers, where Docker is available. */
@Testcontainers(disabledWithoutDocker = true)
class MatchingServiceContainersIT extends MatchingServiceIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ContainerInfrastructure.register(registry, "matching");
	}

}
