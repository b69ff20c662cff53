package dev.matchfolio.gateway.routing;

import java.util.Map;
import java.util.TreeMap;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Makes the route breakers visible: a WARN line when one opens or closes (one line per transition, not per request)
 * and their states under {@code /actuator/health} (component {@code circuitBreakers}). Resilience4j's own health
 * indicator targets Boot 3's actuator API and does not load on Boot 4.
 */
@Configuration(proxyBeanMethods = false)
class CircuitBreakerMonitoring {

	private static final Logger log = LoggerFactory.getLogger(CircuitBreakerMonitoring.class);

	CircuitBreakerMonitoring(CircuitBreakerRegistry registry) {
		registry.getAllCircuitBreakers().forEach(CircuitBreakerMonitoring::logTransitions);
		registry.getEventPublisher().onEntryAdded(event -> logTransitions(event.getAddedEntry()));
	}

	/**
	 * Always UP: an open breaker means a service behind the gateway is unwell, not the gateway; reporting DOWN
	 * would get a healthy gateway restarted or taken out of rotation. The states are in the details.
	 */
	@Bean
	HealthIndicator circuitBreakersHealthIndicator(CircuitBreakerRegistry registry) {
		return () -> {
			Map<String, Object> states = new TreeMap<>();
			registry.getAllCircuitBreakers().forEach(breaker -> states.put(breaker.getName(), Map.of("state",
					breaker.getState().name(), "failureRate", breaker.getMetrics().getFailureRate())));
			return Health.up().withDetails(states).build();
		};
	}

	private static void logTransitions(CircuitBreaker breaker) {
		breaker.getEventPublisher()
			.onStateTransition(event -> log.warn("Circuit breaker '{}' {}", event.getCircuitBreakerName(),
					event.getStateTransition()));
	}

}
