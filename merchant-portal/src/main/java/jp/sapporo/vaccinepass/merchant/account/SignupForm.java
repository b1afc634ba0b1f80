package jp.sapporo.vaccinepass.merchant.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.sapporo.vaccinepass.web.password.NotCommonPassword;
import jp.sapporo.vaccinepass.web.password.PasswordRules;

/** The sign-up form as typed. */
class SignupForm {

	@NotBlank
	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	@Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH)
	@NotCommonPassword
	private String password;

	@NotBlank
	@Size(max = 100)
	private String contactName;

	@Size(max = 200)
	private String companyName;

	@Size(max = 30)
	@Pattern(regexp = "^$|^[0-9+()\\- ]{6,30}$")
	private String phone;

	@AssertTrue
	private boolean terms;

	@AssertTrue(message = "{signup.passwordMismatch}")
	boolean isPasswordRepeated() {
		return this.password == null || this.password.equals(this.passwordRepeat);
	}

	private String passwordRepeat;

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
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

	public String getContactName() {
		return this.contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getCompanyName() {
		return this.companyName;
	}

	public void setCompanyName(String companyName) {
		this.companyName = companyName;
	}

	public String getPhone() {
		return this.phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public boolean isTerms() {
		return this.terms;
	}

	public void setTerms(boolean terms) {
		this.terms = terms;
	}

}
