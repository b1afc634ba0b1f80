package jp.sapporo.vaccinepass.web.password;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Common passwords are refused, whatever their case or width; others pass. */
class PasswordRulesTests {

	@Test
	void passwordsOnTheBundledListAreCommon() {
		assertThat(PasswordRules.isCommon("qwerty123456")).isTrue();
		assertThat(PasswordRules.isCommon("1qaz2wsx3edc")).isTrue();
		assertThat(PasswordRules.isCommon("whosyourdaddy")).isTrue();
		// the last entry of the list, so the whole file was read
		assertThat(PasswordRules.isCommon("geekboy")).isTrue();
	}

	@Test
	void caseAndFullWidthFormsDoNotHideACommonPassword() {
		assertThat(PasswordRules.isCommon("QWERTY123456")).isTrue();
		assertThat(PasswordRules.isCommon("ｑｗｅｒｔｙ１２３４５６")).isTrue();
	}

	@Test
	void aShortGroupTypedOverAndOverIsCommon() {
		assertThat(PasswordRules.isCommon("aaaaaaaaaaaaaaaa")).isTrue();
		assertThat(PasswordRules.isCommon("abcabcabcabc")).isTrue();
		assertThat(PasswordRules.isCommon("1234123412341234")).isTrue();
	}

	@Test
	void theDemoPasswordAndAPassphraseAreNotCommon() {
		assertThat(PasswordRules.isCommon(DemoAccounts.PASSWORD)).isFalse();
		assertThat(PasswordRules.isCommon("snow on the clock tower")).isFalse();
		assertThat(PasswordRules.isCommon("すすきののラーメン横丁")).isFalse();
		assertThat(PasswordRules.isCommon(null)).isFalse();
	}

	@Test
	void theConstraintRefusesACommonPasswordWithItsMessageKey() {
		try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			Validator validator = factory.getValidator();
			Set<ConstraintViolation<NewPassword>> violations = validator.validate(new NewPassword("Password1234"));
			assertThat(violations).extracting(ConstraintViolation::getMessageTemplate)
				.containsExactly("{password.common}");
			assertThat(validator.validate(new NewPassword("two cranes over the toyohira"))).isEmpty();
		}
	}

	record NewPassword(@NotCommonPassword String password) {
	}

}
