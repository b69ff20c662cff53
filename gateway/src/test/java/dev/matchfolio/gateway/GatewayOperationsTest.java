package dev.matchfolio.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Probes, metrics and API docs are reachable without a token. */
class GatewayOperationsTest extends GatewayIntegrationTest {

	@Test
	void healthProbesArePublicAndShowTheBreakers() {
		for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.circuitBreakers.details.profiles.state")
			.isEqualTo("CLOSED");
	}

	@Test
	void prometheusMetricsArePublicAndIncludeTheBreakers() {
		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		assertThat(metrics).contains("resilience4j_circuitbreaker_state");
	}

	@Test
	void swaggerUiListsTheThreeServicesAndTheGatewayDocumentsItsAuthEndpoints() {
		this.client.get()
			.uri("/v3/api-docs/swagger-config")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.urls[*].name")
			.value(names -> assertThat(names.toString()).contains("profile-service", "portfolio-service",
					"matching-service"));
		this.client.get()
			.uri("/v3/api-docs")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.paths['/api/auth/token'].post")
			.exists()
			.jsonPath("$.paths['/api/auth/jwks'].get")
			.exists();
		this.client.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
	}

}
