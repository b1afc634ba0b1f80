package jp.sapporo.vaccinepass.merchant.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The profile form. */
class ProfileForm {

	@NotBlank
	@Size(max = 100)
	private String contactName;

	@Size(max = 200)
	private String companyName;

	@Size(max = 30)
	@Pattern(regexp = "^$|^[0-9+()\\- ]{6,30}$")
	private String phone;

	@NotBlank
	@Pattern(regexp = "ja|en")
	private String preferredLocale = "ja";

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

	public String getPreferredLocale() {
		return this.preferredLocale;
	}

	public void setPreferredLocale(String preferredLocale) {
		this.preferredLocale = preferredLocale;
	}

}
