package dev.matchfolio.opening;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.matchfolio.ranking.SkillKeys;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * Rules across the fields of an {@link OpeningRequest}: skill names unique within each list (ignoring case and
 * surrounding whitespace, the way matching compares them) and {@code minYearsOfExperience <= maxYearsOfExperience}.
 * Each violation is reported on the field at fault, so clients see {@code errors[].field} as usual.
 */
@Documented
@Constraint(validatedBy = ConsistentOpening.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ConsistentOpening {

	String message() default "is inconsistent";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<ConsistentOpening, OpeningRequest> {

		@Override
		public boolean isValid(OpeningRequest request, ConstraintValidatorContext context) {
			boolean valid = true;
			context.disableDefaultConstraintViolation();
			if (hasDuplicates(request.requiredSkills())) {
				valid = violation(context, "requiredSkills", "skill names must be unique, ignoring case");
			}
			if (hasDuplicates(request.niceToHaveSkills())) {
				valid = violation(context, "niceToHaveSkills", "skill names must be unique, ignoring case");
			}
			Integer min = request.minYearsOfExperience();
			Integer max = request.maxYearsOfExperience();
			if (min != null && max != null && min > max) {
				valid = violation(context, "maxYearsOfExperience", "must not be less than minYearsOfExperience");
			}
			return valid;
		}

		private static boolean hasDuplicates(List<OpeningRequest.Skill> skills) {
			if (skills == null) {
				return false;
			}
			Set<String> seen = new HashSet<>();
			return skills.stream()
				.filter(Objects::nonNull)
				.filter(skill -> skill.name() != null)
				.map(skill -> SkillKeys.of(skill.name()))
				.anyMatch(key -> !seen.add(key));
		}

		private static boolean violation(ConstraintValidatorContext context, String field, String message) {
			context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
			return false;
		}

	}

}
