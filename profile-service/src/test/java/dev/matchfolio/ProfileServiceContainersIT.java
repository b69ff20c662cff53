package dev.matchfolio;

import dev.matchfolio.testsupport.ContainerInfrastructure;
import org.testcontainers.junit.jupiter.Testcontainers;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The same integration tests on real Kafka and MongoDB containers; skipped where Docker is not available. */
@Testcontainers(disabledWithoutDocker = true)
class ProfileServiceContainersIT extends ProfileServiceIntegrationTests {

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		ContainerInfrastructure.register(registry, "profiles");
	}

}
