package dev.matchfolio.support.store;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * Runs the service's {@link StoreSetupStep}s through a {@link StoreSetup}, holds the API back with a 503 until they
 * are done, reports them in readiness ({@code storeSetup}), and starts the Kafka listeners that do not start by
 * themselves (service defaults: {@code spring.kafka.listener.auto-startup: false}) once they are.
 */
@AutoConfiguration(afterName = "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration")
@EnableConfigurationProperties(StoreProperties.class)
public class StoreSetupAutoConfiguration {

	@Bean
	StoreSetup storeSetup(ObjectProvider<StoreSetupStep> steps, ObjectProvider<KafkaListenerEndpointRegistry> kafka) {
		Runnable startListeners = () -> kafka.ifAvailable(StoreSetupAutoConfiguration::startHeldListeners);
		return new StoreSetup(steps.orderedStream().toList(), List.of(startListeners), Duration.ofMillis(500),
				Duration.ofSeconds(5));
	}

	@Bean
	StoreSetupHealthIndicator storeSetupHealthIndicator(StoreSetup setup) {
		return new StoreSetupHealthIndicator(setup);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<StoreSetupFilter> storeSetupFilter(StoreSetup setup, StoreProperties properties) {
		FilterRegistrationBean<StoreSetupFilter> registration = new FilterRegistrationBean<>(
				new StoreSetupFilter(setup, properties));
		// after the request id and content type filters, before Spring Security
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	private static void startHeldListeners(KafkaListenerEndpointRegistry registry) {
		for (MessageListenerContainer container : registry.getListenerContainers()) {
			if (!container.isAutoStartup() && !container.isRunning()) {
				container.start();
			}
		}
	}

}
