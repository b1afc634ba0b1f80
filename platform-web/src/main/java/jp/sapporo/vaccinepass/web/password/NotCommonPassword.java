package jp.sapporo.vaccinepass.web.password;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A new password must not be a common one ({@link PasswordRules#isCommon}). Combine it
 * with {@code @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH)}. The
 * message {@code password.common} is in the platform's messages.
 */
@Documented
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER })
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotCommonPassword.Validator.class)
public @interface NotCommonPassword {

	String message() default "{password.common}";

	Class<?>[] groups() default {};

	Class<? extends Payload>[] payload() default {};

	/** Checks the annotated password. */
	class Validator implements ConstraintValidator<NotCommonPassword, String> {

		@Override
		public boolean isValid(String password, ConstraintValidatorContext context) {
			return !PasswordRules.isCommon(password);
		}

	}

}
