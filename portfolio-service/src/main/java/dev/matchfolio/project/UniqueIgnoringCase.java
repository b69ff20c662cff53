package dev.matchfolio.project;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** No two names in the list are the same ignoring case and surrounding blanks ({@code Java} = {@code java }). */
@Documented
@Constraint(validatedBy = UniqueIgnoringCase.Validator.class)
@Target({ ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@interface UniqueIgnoringCase {

	String message() default "must not contain the same name twice (ignoring case)";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<UniqueIgnoringCase, List<String>> {

		@Override
		public boolean isValid(List<String> values, ConstraintValidatorContext context) {
			if (values == null) {
				return true;
			}
			Set<String> seen = new HashSet<>();
			return values.stream()
				.filter(Objects::nonNull)
				.allMatch(value -> seen.add(value.strip().toLowerCase(Locale.ROOT)));
		}

	}

}
