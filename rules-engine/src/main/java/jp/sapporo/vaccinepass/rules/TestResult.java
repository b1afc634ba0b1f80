package jp.sapporo.vaccinepass.rules;

import java.time.LocalDate;

/**
 * A test result notice. Any item the notice does not state is {@code null}.
 *
 * @param method the method ({@code null} when the notice states only a kit name)
 * @param specimenDate the specimen collection date (or the test date when only that is
 * known)
 * @param result the result
 * @param holderName the tested person's name
 * @param site the test site, or the business's name for a qualitative antigen test run
 * under the business's supervision
 * @param supervisor the name of the person in charge of the test
 * @param expiryDate the expiry date printed on the notice
 * @param kitName the test kit, stated instead of the method by a business-supervised
 * qualitative antigen test
 * @param presentedAs how the notice was shown ({@code null} means the original)
 */
public record TestResult(TestMethod method, LocalDate specimenDate, TestOutcome result, String holderName, String site,
		String supervisor, LocalDate expiryDate, String kitName, Presentation presentedAs) {

	public TestResult {
		presentedAs = (presentedAs != null) ? presentedAs : Presentation.ORIGINAL;
	}

	/**
	 * A notice with only the method, the specimen date and the result (enough for
	 * programmes that do not require the full list of items), shown as the original.
	 * @param method the method
	 * @param specimenDate the specimen collection date
	 * @param result the result
	 * @return the notice
	 */
	public static TestResult of(TestMethod method, LocalDate specimenDate, TestOutcome result) {
		return new TestResult(method, specimenDate, result, null, null, null, null, null, Presentation.ORIGINAL);
	}

	/**
	 * A copy of this notice that also states the holder's name, the site, the supervisor
	 * and the expiry date.
	 * @param holderName the tested person's name
	 * @param site the test site (or business name)
	 * @param supervisor the supervisor's name
	 * @param expiryDate the printed expiry date
	 * @return the notice
	 */
	public TestResult withCertificate(String holderName, String site, String supervisor, LocalDate expiryDate) {
		return new TestResult(this.method, this.specimenDate, this.result, holderName, site, supervisor, expiryDate,
				this.kitName, this.presentedAs);
	}

	/**
	 * A copy of this notice with a kit name.
	 * @param kitName the kit
	 * @return the notice
	 */
	public TestResult withKitName(String kitName) {
		return new TestResult(this.method, this.specimenDate, this.result, this.holderName, this.site, this.supervisor,
				this.expiryDate, kitName, this.presentedAs);
	}

	/**
	 * A copy of this notice shown another way.
	 * @param presentedAs how it is shown
	 * @return the notice
	 */
	public TestResult presentedAs(Presentation presentedAs) {
		return new TestResult(this.method, this.specimenDate, this.result, this.holderName, this.site, this.supervisor,
				this.expiryDate, this.kitName, presentedAs);
	}

}
