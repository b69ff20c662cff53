package dev.matchfolio.opening;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** Bean Validation constraints for ISO codes; {@code null} is valid (use {@code @NotNull} to require a value). */
public final class IsoCodes {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private IsoCodes() {
	}

	/** An ISO 3166-1 alpha-2 country code in upper case, e.g. {@code DE}. */
	@Documented
	@Constraint(validatedBy = CountryValidator.class)
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Country {

		String message() default "must be an ISO 3166-1 alpha-2 country code";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	/** An ISO 4217 currency code, e.g. {@code EUR}. */
	@Documented
	@Constraint(validatedBy = CurrencyValidator.class)
	@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE })
	@Retention(RetentionPolicy.RUNTIME)
	public @interface Currency {

		String message() default "must be an ISO 4217 currency code";

		Class<?>[] groups() default {};

		Class<? extends Payload>[] payload() default {};

	}

	public static class CountryValidator implements ConstraintValidator<Country, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			return value == null || COUNTRIES.contains(value);
		}

	}

	public static class CurrencyValidator implements ConstraintValidator<Currency, String> {

		@Override
		public boolean isValid(String value, ConstraintValidatorContext context) {
			if (value == null) {
				return true;
			}
			return java.util.Currency.getAvailableCurrencies()
				.stream()
				.anyMatch(currency -> currency.getCurrencyCode().equals(value));
		}

	}

}
