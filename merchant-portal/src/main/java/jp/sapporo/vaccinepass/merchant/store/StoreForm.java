package jp.sapporo.vaccinepass.merchant.store;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jp.sapporo.vaccinepass.db.store.StoreDetails;

/** The store form as typed; {@link #toDetails()} makes the command. */
class StoreForm {

	@NotBlank
	@Size(max = 100)
	private String nameJa;

	@Size(max = 100)
	private String nameEn;

	@NotBlank
	private String municipalityCode;

	@NotBlank
	@Size(max = 300)
	private String address;

	@NotBlank
	private String categoryCode;

	@NotBlank
	@Size(max = 500)
	private String perkJa;

	@Size(max = 500)
	private String perkEn;

	@Size(max = 500)
	private String perkZh;

	@Size(max = 1000)
	private String perkConditions;

	@NotBlank
	@Size(max = 30)
	@Pattern(regexp = "^$|^[0-9+()\\- ]{6,30}$")
	private String contactPhone;

	@NotBlank
	@Email
	@Size(max = 254)
	private String contactEmail;

	@AssertTrue
	private boolean terms;

	static StoreForm of(StoreDetails details) {
		StoreForm form = new StoreForm();
		form.nameJa = details.nameJa();
		form.nameEn = details.nameEn();
		form.municipalityCode = details.municipalityCode();
		form.address = details.address();
		form.categoryCode = details.categoryCode();
		form.perkJa = details.perkJa();
		form.perkEn = details.perkEn();
		form.perkZh = details.perkZh();
		form.perkConditions = details.perkConditions();
		form.contactPhone = details.contactPhone();
		form.contactEmail = details.contactEmail();
		return form;
	}

	StoreDetails toDetails() {
		return new StoreDetails(this.nameJa, this.nameEn, this.municipalityCode, this.address, this.categoryCode,
				this.perkJa, this.perkEn, this.perkZh, this.perkConditions, this.contactPhone, this.contactEmail);
	}

	public String getNameJa() {
		return this.nameJa;
	}

	public void setNameJa(String nameJa) {
		this.nameJa = nameJa;
	}

	public String getNameEn() {
		return this.nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getMunicipalityCode() {
		return this.municipalityCode;
	}

	public void setMunicipalityCode(String municipalityCode) {
		this.municipalityCode = municipalityCode;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getCategoryCode() {
		return this.categoryCode;
	}

	public void setCategoryCode(String categoryCode) {
		this.categoryCode = categoryCode;
	}

	public String getPerkJa() {
		return this.perkJa;
	}

	public void setPerkJa(String perkJa) {
		this.perkJa = perkJa;
	}

	public String getPerkEn() {
		return this.perkEn;
	}

	public void setPerkEn(String perkEn) {
		this.perkEn = perkEn;
	}

	public String getPerkZh() {
		return this.perkZh;
	}

	public void setPerkZh(String perkZh) {
		this.perkZh = perkZh;
	}

	public String getPerkConditions() {
		return this.perkConditions;
	}

	public void setPerkConditions(String perkConditions) {
		this.perkConditions = perkConditions;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getContactEmail() {
		return this.contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public boolean isTerms() {
		return this.terms;
	}

	public void setTerms(boolean terms) {
		this.terms = terms;
	}

}
