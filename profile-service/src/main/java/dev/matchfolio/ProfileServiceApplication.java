package dev.matchfolio;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions;
import org.springframework.data.mongodb.core.convert.MongoCustomConversions.BigDecimalRepresentation;

/** Candidate skill profiles: the HTTP API, the profile store, and the profile events for the matching side. */
@SpringBootApplication
public class ProfileServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ProfileServiceApplication.class, args);
	}

	/**
	 * Money as Decimal128 so amounts stay numbers in the store; dates through the driver's codecs, which store a
	 * {@code LocalDate} as UTC midnight, so instances in different time zones read back the same day.
	 */
	@Bean
	MongoCustomConversions mongoCustomConversions() {
		return MongoCustomConversions
			.create(config -> config.useNativeDriverJavaTimeCodecs().bigDecimal(BigDecimalRepresentation.DECIMAL128));
	}

}
