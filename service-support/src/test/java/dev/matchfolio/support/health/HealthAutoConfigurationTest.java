package dev.matchfolio.support.health;

import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration;
import org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class HealthAutoConfigurationTest {

	@Test
	void mongoHealthIsCheckedByPingInsteadOfBootsHello() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(MongoAutoConfiguration.class,
					MongoHealthContributorAutoConfiguration.class, MongoHealthAutoConfiguration.class))
			.withPropertyValues("spring.mongodb.uri=" + EmbeddedInfrastructure.mongoUri("health"))
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("mongoHealthIndicator")).isInstanceOf(MongoPingHealthIndicator.class);
				assertThat(context).doesNotHaveBean("mongoHealthContributor");
			});
	}

}
