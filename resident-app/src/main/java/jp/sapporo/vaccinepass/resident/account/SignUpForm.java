package jp.sapporo.vaccinepass.resident.account;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/** What the sign-up page posts; checked by {@link SignUpController}. */
class SignUpForm {

	private String identity = "EMAIL";

	private String email;

	private String passportCountry;

	private String passportNumber;

	private String password;

	private String fullName;

	private String nameKana;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	private String home;

	private boolean acceptTerms;

	private boolean acceptPrivacy;

	public String getIdentity() {
		return this.identity;
	}

	public void setIdentity(String identity) {
		this.identity = identity;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassportCountry() {
		return this.passportCountry;
	}

	public void setPassportCountry(String passportCountry) {
		this.passportCountry = passportCountry;
	}

	public String getPassportNumber() {
		return this.passportNumber;
	}

	public void setPassportNumber(String passportNumber) {
		this.passportNumber = passportNumber;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getNameKana() {
		return this.nameKana;
	}

	public void setNameKana(String nameKana) {
		this.nameKana = nameKana;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getHome() {
		return this.home;
	}

	public void setHome(String home) {
		this.home = home;
	}

	public boolean isAcceptTerms() {
		return this.acceptTerms;
	}

	public void setAcceptTerms(boolean acceptTerms) {
		this.acceptTerms = acceptTerms;
	}

	public boolean isAcceptPrivacy() {
		return this.acceptPrivacy;
	}

	public void setAcceptPrivacy(boolean acceptPrivacy) {
		this.acceptPrivacy = acceptPrivacy;
	}

}
