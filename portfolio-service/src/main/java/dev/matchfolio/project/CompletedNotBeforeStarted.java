package dev.matchfolio.project;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A project's {@code completedOn} is not before its {@code startedOn}; reported on the field {@code completedOn}. */
@Documented
@Constraint(validatedBy = CompletedNotBeforeStarted.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface CompletedNotBeforeStarted {

	String message() default "must not be before startedOn";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	class Validator implements ConstraintValidator<CompletedNotBeforeStarted, ProjectRequest> {

		@Override
		public boolean isValid(ProjectRequest project, ConstraintValidatorContext context) {
			if (project == null || project.startedOn() == null || project.completedOn() == null
					|| !project.completedOn().isBefore(project.startedOn())) {
				return true;
			}
			context.disableDefaultConstraintViolation();
			context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
				.addPropertyNode("completedOn")
				.addConstraintViolation();
			return false;
		}

	}

}
