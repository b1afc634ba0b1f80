package jp.sapporo.vaccinepass.merchant.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.sapporo.vaccinepass.web.password.NotCommonPassword;
import jp.sapporo.vaccinepass.web.password.PasswordRules;

/** A new password chosen through a reset link. */
class PasswordResetForm {

	@NotBlank
	private String token;

	@NotBlank
	@Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH)
	@NotCommonPassword
	private String password;

	private String passwordRepeat;

	@AssertTrue(message = "{signup.passwordMismatch}")
	boolean isPasswordRepeated() {
		return this.password == null || this.password.equals(this.passwordRepeat);
	}

	public String getToken() {
		return this.token;
	}

	public void setToken(String token) {
		this.token = token;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordRepeat() {
		return this.passwordRepeat;
	}

	public void setPasswordRepeat(String passwordRepeat) {
		this.passwordRepeat = passwordRepeat;
	}

}
