package dev.matchfolio.support.store;

import java.util.concurrent.TimeUnit;

import com.mongodb.MongoClientSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * Puts the timeouts of {@link StoreProperties} into the base settings Boot builds the MongoDB client from. Boot
 * applies the connection string on top of them afterwards, so the URI still decides the hosts and database, and an
 * option set there (such as {@code serverSelectionTimeoutMS}) still wins. The base settings are changed rather than
 * replaced: a settings bean of our own would make Boot skip the connection string altogether.
 */
@AutoConfiguration
@ConditionalOnClass(MongoClientSettings.class)
@EnableConfigurationProperties(StoreProperties.class)
public class MongoTimeoutsAutoConfiguration {

	@Bean
	static BeanPostProcessor mongoTimeouts(ObjectProvider<StoreProperties> store) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof MongoClientSettings settings) {
					return withTimeouts(settings, store.getObject());
				}
				return bean;
			}
		};
	}

	static MongoClientSettings withTimeouts(MongoClientSettings settings, StoreProperties store) {
		return MongoClientSettings.builder(settings)
			.applyToClusterSettings(cluster -> cluster
				.serverSelectionTimeout(store.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS))
			.applyToSocketSettings(socket -> socket
				.connectTimeout(store.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
				.readTimeout(store.readTimeout().toMillis(), TimeUnit.MILLISECONDS))
			.build();
	}

}
