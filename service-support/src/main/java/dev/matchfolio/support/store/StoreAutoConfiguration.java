package dev.matchfolio.support.store;

import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

import com.mongodb.client.MongoClient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.util.function.SingletonSupplier;

/**
 * How a service lives with its store: runs its {@link StoreSetupStep}s through a {@link StoreSetup}, reports them
 * in readiness ({@code storeSetup}) and starts the Kafka listeners that do not start by themselves (service defaults:
 * {@code spring.kafka.listener.auto-startup: false}) once they are done; answers 503 at once to API requests until
 * then and to writes while the store is known to be down ({@link StoreGuardFilter}); and gives the service
 * {@link LastKnownCopies} to read through while the store is away.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@EnableConfigurationProperties(StoreProperties.class)
public class StoreAutoConfiguration {

	@Bean
	StoreSetup storeSetup(ObjectProvider<StoreSetupStep> steps, ObjectProvider<KafkaListenerEndpointRegistry> kafka) {
		Runnable startListeners = () -> kafka.ifAvailable(StoreAutoConfiguration::startHeldListeners);
		return new StoreSetup(steps.orderedStream().toList(), List.of(startListeners), Duration.ofMillis(500),
				Duration.ofSeconds(5));
	}

	@Bean
	LastKnownCopies lastKnownCopies(StoreProperties properties, ObjectProvider<MeterRegistry> registry,
			Environment environment, ObjectProvider<MongoReachability> reachability) {
		return new LastKnownCopies(properties, registry.getIfAvailable(SimpleMeterRegistry::new),
				environment.getProperty("spring.application.name", "service"), knownDown(reachability));
	}

	@Bean
	StoreSetupHealthIndicator storeSetupHealthIndicator(StoreSetup setup) {
		return new StoreSetupHealthIndicator(setup);
	}

	@Bean
	@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
	FilterRegistrationBean<StoreGuardFilter> storeGuardFilter(StoreSetup setup, StoreProperties properties,
			ObjectProvider<MongoReachability> reachability) {
		FilterRegistrationBean<StoreGuardFilter> registration = new FilterRegistrationBean<>(
				new StoreGuardFilter(setup, knownDown(reachability), properties));
		// after the request id and content type filters, before Spring Security
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MongoClient.class)
	static class Mongo {

		@Bean
		MongoReachability mongoReachability(ObjectProvider<MongoClient> client) {
			return new MongoReachability(SingletonSupplier.of(client::getIfAvailable));
		}

	}

	/** The driver's view when the service uses MongoDB; otherwise the store is never known to be down. */
	private static BooleanSupplier knownDown(ObjectProvider<MongoReachability> reachability) {
		MongoReachability mongo = reachability.getIfAvailable();
		return (mongo != null) ? mongo : () -> false;
	}

	private static void startHeldListeners(KafkaListenerEndpointRegistry registry) {
		for (MessageListenerContainer container : registry.getListenerContainers()) {
			if (!container.isAutoStartup() && !container.isRunning()) {
				container.start();
			}
		}
	}

}
