package dev.matchfolio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Portfolio projects of candidates; learns about profiles from {@code profile-events}, publishes portfolio events. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PortfolioServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(PortfolioServiceApplication.class, args);
	}

}
