package jp.sapporo.vaccinepass.verifier.check;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * One traveller of a booking and the evidence they show, as typed by the agent.
 */
public class TravellerForm {

	@NotBlank
	@Size(max = 100)
	private String name;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate birthDate;

	@Size(max = 20)
	private String household = "1";

	/** The number (1, 2, ...) of the accompanying guardian in this booking. */
	@Min(1)
	@Max(50)
	private Integer guardian;

	@Pattern(regexp = "TRAVELLER|ESCORT")
	private String role = "TRAVELLER";

	@Pattern(regexp = "|MUNICIPAL_CERTIFICATE|HEALTH_WORKER_RECORD|NATIONAL_CERTIFICATE|PROOF_CODE")
	private String certificateKind = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dose1;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dose2;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dose3;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate dose4;

	@Pattern(regexp = "|PCR|NAAT|ANTIGEN_QUANTITATIVE|ANTIGEN_QUALITATIVE|SELF_TEST")
	private String testMethod = "";

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate testSpecimenDate;

	@Pattern(regexp = "|NEGATIVE|POSITIVE|INDETERMINATE")
	private String testResult = "";

	@Size(max = 100)
	private String testSite;

	@Size(max = 100)
	private String testSupervisor;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate testExpiry;

	@Size(max = 100)
	private String testKit;

	@Pattern(regexp = "|ORIGINAL|EMAIL|COPY")
	private String testPresentedAs = "";

	/** Whether the test notice states the tested person's name (Fukuoka's item 1). */
	private boolean testStatesName;

	@Size(max = 2000)
	private String proofCode;

	/** Set when a valid proof code filled in the doses (verified by the city). */
	private boolean proofVerified;

	boolean hasTest() {
		return !this.testMethod.isEmpty() || this.testSpecimenDate != null || !this.testResult.isEmpty()
				|| (this.testKit != null && !this.testKit.isBlank());
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public LocalDate getBirthDate() {
		return this.birthDate;
	}

	public void setBirthDate(LocalDate birthDate) {
		this.birthDate = birthDate;
	}

	public String getHousehold() {
		return this.household;
	}

	public void setHousehold(String household) {
		this.household = household;
	}

	public Integer getGuardian() {
		return this.guardian;
	}

	public void setGuardian(Integer guardian) {
		this.guardian = guardian;
	}

	public String getRole() {
		return this.role;
	}

	public void setRole(String role) {
		this.role = (role != null) ? role : "TRAVELLER";
	}

	public String getCertificateKind() {
		return this.certificateKind;
	}

	public void setCertificateKind(String certificateKind) {
		this.certificateKind = (certificateKind != null) ? certificateKind : "";
	}

	public LocalDate getDose1() {
		return this.dose1;
	}

	public void setDose1(LocalDate dose1) {
		this.dose1 = dose1;
	}

	public LocalDate getDose2() {
		return this.dose2;
	}

	public void setDose2(LocalDate dose2) {
		this.dose2 = dose2;
	}

	public LocalDate getDose3() {
		return this.dose3;
	}

	public void setDose3(LocalDate dose3) {
		this.dose3 = dose3;
	}

	public LocalDate getDose4() {
		return this.dose4;
	}

	public void setDose4(LocalDate dose4) {
		this.dose4 = dose4;
	}

	public String getTestMethod() {
		return this.testMethod;
	}

	public void setTestMethod(String testMethod) {
		this.testMethod = (testMethod != null) ? testMethod : "";
	}

	public LocalDate getTestSpecimenDate() {
		return this.testSpecimenDate;
	}

	public void setTestSpecimenDate(LocalDate testSpecimenDate) {
		this.testSpecimenDate = testSpecimenDate;
	}

	public String getTestResult() {
		return this.testResult;
	}

	public void setTestResult(String testResult) {
		this.testResult = (testResult != null) ? testResult : "";
	}

	public String getTestSite() {
		return this.testSite;
	}

	public void setTestSite(String testSite) {
		this.testSite = testSite;
	}

	public String getTestSupervisor() {
		return this.testSupervisor;
	}

	public void setTestSupervisor(String testSupervisor) {
		this.testSupervisor = testSupervisor;
	}

	public LocalDate getTestExpiry() {
		return this.testExpiry;
	}

	public void setTestExpiry(LocalDate testExpiry) {
		this.testExpiry = testExpiry;
	}

	public String getTestKit() {
		return this.testKit;
	}

	public void setTestKit(String testKit) {
		this.testKit = testKit;
	}

	public String getTestPresentedAs() {
		return this.testPresentedAs;
	}

	public void setTestPresentedAs(String testPresentedAs) {
		this.testPresentedAs = (testPresentedAs != null) ? testPresentedAs : "";
	}

	public boolean isTestStatesName() {
		return this.testStatesName;
	}

	public void setTestStatesName(boolean testStatesName) {
		this.testStatesName = testStatesName;
	}

	public String getProofCode() {
		return this.proofCode;
	}

	public void setProofCode(String proofCode) {
		this.proofCode = proofCode;
	}

	public boolean isProofVerified() {
		return this.proofVerified;
	}

	public void setProofVerified(boolean proofVerified) {
		this.proofVerified = proofVerified;
	}

}
