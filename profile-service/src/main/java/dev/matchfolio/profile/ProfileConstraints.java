package dev.matchfolio.profile;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.ZoneId;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The profile rules that the standard constraints cannot express. Codes are checked against the JDK's own tables, so
 * they follow the JDK's ISO and tz data; {@code null} is valid everywhere (the fields are optional).
 */
final class ProfileConstraints {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> CURRENCIES = Currency.getAvailableCurrencies()
		.stream()
		.map(Currency::getCurrencyCode)
		.collect(Collectors.toUnmodifiableSet());

	private ProfileConstraints() {
	}

	/** An ISO 3166-1 alpha-2 country code in upper case, such as {@code DE}. */
	@Documented
	@Constraint(validatedBy = IsoCountryValidator.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface IsoCountry {

		String message() default "must be an ISO 3166-1 alpha-2 country code such as DE";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** An ISO 4217 currency code in upper case, such as {@code EUR}. */
	@Documented
	@Constraint(validatedBy = IsoCurrencyValidator.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface IsoCurrency {

		String message() default "must be an ISO 4217 currency code such as EUR";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/**
	 * A region id of the IANA time-zone database, such as {@code Europe/Berlin}. Fixed offsets ({@code +02:00}) are
	 * refused although {@code ZoneId.of} takes them: they do not follow daylight saving time.
	 */
	@Documented
	@Constraint(validatedBy = IanaTimeZoneValidator.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface IanaTimeZone {

		String message() default "must be an IANA time zone such as Europe/Berlin";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** No two skills share a name, ignoring case and surrounding spaces ({@code Java} and {@code " java"}). */
	@Documented
	@Constraint(validatedBy = UniqueSkillNamesValidator.class)
	@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	@interface UniqueSkillNames {

		String message() default "must not name the same skill twice (names are compared ignoring case)";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** The key a skill name is compared and searched by. */
	static String skillKey(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	static class IsoCountryValidator implements ConstraintValidator<IsoCountry, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || COUNTRIES.contains(value);
		}

	}

	static class IsoCurrencyValidator implements ConstraintValidator<IsoCurrency, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || CURRENCIES.contains(value);
		}

	}

	static class IanaTimeZoneValidator implements ConstraintValidator<IanaTimeZone, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || ZoneId.getAvailableZoneIds().contains(value);
		}

	}

	static class UniqueSkillNamesValidator implements ConstraintValidator<UniqueSkillNames, List<Skill>> {

		@Override
		public boolean isValid(List<Skill> skills, ConstraintValidatorContext context) {
			if (skills == null) {
				return true;
			}
			Set<String> seen = new HashSet<>();
			for (Skill skill : skills) {
				// blank or missing names are reported on the skill itself
				if (skill != null && skill.name() != null && !skill.name().isBlank()
						&& !seen.add(skillKey(skill.name()))) {
					return false;
				}
			}
			return true;
		}

	}

}
