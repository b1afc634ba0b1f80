package jp.sapporo.vaccinepass.resident;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.sapporo.vaccinepass.db.resident.VaccinationRecordReview;
import jp.sapporo.vaccinepass.test.Browser;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new resident on a phone-sized Chromium, as a person would: scan a poster, sign up,
 * add a photo and doses, get verified by staff, scan again and show the proof.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ResidentJourneyBrowserTests {

	static final String POSTER = "/s/" + ScanAndProofTests.HOKUTO;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VaccinationRecordReview review;

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

	private static void setValue(Browser browser, String css, String value) {
		WebElement field = browser.find(css);
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", field, value);
	}

	/** Like {@link Browser#waitFor}, with room for a busy 2-core machine. */
	private static void waitFor(Browser browser, String css) {
		new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(30))
			.until((d) -> !d.findElements(By.cssSelector(css)).isEmpty());
	}

	private static Path file(String name, byte[] content) throws Exception {
		Path path = Files.createTempFile("vp-", name);
		Files.write(path, content);
		return path;
	}

	@Test
	void aNewResidentSignsUpFromAPosterGetsVerifiedAndShowsAProof() throws Exception {
		String email = "phone-" + System.nanoTime() + "@example.jp";
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		try (Browser phone = Browser.open(baseUrl(), Browser.PHONE, "ja")) {
			// the poster QR opens the app: log in first, or sign up
			phone.go(POSTER);
			assertThat(phone.path()).isEqualTo("/login");
			phone.click("#signup-link");
			waitFor(phone, "#signup-form");
			phone.click("#identity-email");
			phone.type("#email", email);
			phone.type("#password", SignUpTests.PASSWORD);
			phone.type("#fullName", "札幌 花子");
			phone.type("#nameKana", "サッポロ ハナコ");
			setValue(phone, "#birthDate", "1991-07-07");
			new Select(phone.find("#home")).selectByValue("011002");
			phone.click("#acceptTerms1");
			phone.click("#acceptPrivacy1");
			phone.screenshot("resident-journey-1-signup");
			phone.click("#signup-form button[type=submit]");
			// back to the same scan: no proof yet, the record is missing
			waitFor(phone, "#scan-record-not-verified");
			assertThat(phone.path()).isEqualTo(POSTER);
			phone.screenshot("resident-journey-2-no-record-yet");

			phone.go("/photo/edit");
			phone.find("#photo").sendKeys(file(".png", TestImages.facePng()).toString());
			phone.click("#photo-form button[type=submit]");
			waitFor(phone, "#photo-saved");
			assertThat(phone.attribute("#current-photo", "naturalWidth")).isEqualTo("480");
			phone.screenshot("resident-journey-3-photo");

			phone.go("/record");
			new Select(phone.find("#certificateKind")).selectByValue("MUNICIPAL_CERTIFICATE");
			setValue(phone, "#doses0\\.date", today.minusDays(70).toString());
			new Select(phone.find("#doses0\\.product")).selectByValue("COMIRNATY");
			setValue(phone, "#doses1\\.date", today.minusDays(40).toString());
			new Select(phone.find("#doses1\\.product")).selectByValue("COMIRNATY");
			phone.type("#doses1\\.lot", "EY0572");
			phone.find("#certificate").sendKeys(file(".png", TestImages.certificatePng()).toString());
			phone.click("#record-form button[type=submit]");
			waitFor(phone, "#record-saved");
			assertThat(phone.text("#record-status")).contains("審査中");
			phone.screenshot("resident-journey-4-record-sent");

			// city staff verify in the verifier console, through the shared review
			// service
			long record = this.jdbc
				.sql("""
						select r.id from vaccination_record r join resident_account a on a.id = r.resident_id where a.email = :e
						""")
				.param("e", email)
				.query(Long.class)
				.single();
			long staff = DemoAccounts.staffId(this.jdbc);
			this.review.verify(record, staff);

			phone.go(POSTER);
			waitFor(phone, "#proof-store");
			// the address bar shows the proof's own URL: a reload shows this proof again
			String proofPath = phone.path();
			assertThat(proofPath).startsWith("/p/");
			String scansSoFar = """
					select count(*) from scan_log l join resident_account a on a.id = l.resident_id where a.email = :e
					""";
			long scans = this.jdbc.sql(scansSoFar).param("e", email).query(Long.class).single();
			phone.driver().navigate().refresh();
			waitFor(phone, "#proof-store");
			assertThat(phone.path()).isEqualTo(proofPath);
			assertThat(this.jdbc.sql(scansSoFar).param("e", email).query(Long.class).single()).isEqualTo(scans);
			assertThat(phone.text("#proof-store")).isEqualTo("すすきのラーメン横丁 北斗");
			assertThat(phone.text("#proof-scanned-at")).startsWith(today.toString());
			assertThat(phone.text("#proof-name")).isEqualTo("札幌 花子");
			assertThat(phone.attribute("#proof-photo", "naturalWidth")).isNotEqualTo("0");
			// the live clock runs on the server's time
			new org.openqa.selenium.support.ui.WebDriverWait(phone.driver(), java.time.Duration.ofSeconds(5))
				.until((d) -> d.findElement(By.id("proof-clock")).getText().matches("\\d{2}:\\d{2}:\\d{2}"));
			// the whole proof fits one small phone screen, and zoom is not blocked
			Object bottom = ((JavascriptExecutor) phone.driver())
				.executeScript("return document.querySelector('.proof-live').getBoundingClientRect().bottom");
			assertThat(((Number) bottom).doubleValue()).isLessThanOrEqualTo(Browser.PHONE.getHeight());
			assertThat(phone.attribute("meta[name=viewport]", "content")).doesNotContain("user-scalable=no")
				.doesNotContain("maximum-scale");
			phone.screenshot("resident-journey-5-proof");
			String proofUrl = phone.driver().getCurrentUrl();

			// the same proof on another device (another session of the same resident):
			// 404
			try (Browser other = Browser.open(baseUrl(), Browser.PHONE, "ja")) {
				other.logIn(email, SignUpTests.PASSWORD);
				waitFor(other, "#record-status");
				other.driver().get(proofUrl);
				assertThat(other.text("main h1")).isEqualTo("ページが見つかりません");
				assertThat(other.driver().getPageSource()).doesNotContain("すすきのラーメン横丁").doesNotContain("proof-photo");
				other.screenshot("resident-journey-6-other-session-refused");
			}

			// after its time the proof says so, on reload and live
			this.jdbc
				.sql("""
						update proof set scanned_at = scanned_at - interval '11 minutes', expires_at = expires_at - interval '11 minutes'
						where resident_id = (select id from resident_account where email = :e)
						""")
				.param("e", email)
				.update();
			phone.driver().navigate().refresh();
			waitFor(phone, "#proof-expired");
			assertThat(phone.text("#proof-expired")).contains("もう一度読み取ってください");
			phone.screenshot("resident-journey-7-expired");
		}
	}

	@Test
	void aResidentInTheWaitingPeriodSeesFromWhichDayInEnglish() {
		try (Browser phone = Browser.open(baseUrl(), Browser.PHONE, "en")) {
			phone.go("/login?lang=en");
			phone.logIn("waiting@example.jp", DemoAccounts.PASSWORD);
			waitFor(phone, "#record-status");
			phone.go(POSTER);
			waitFor(phone, "#scan-not-eligible");
			LocalDate from = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(9);
			assertThat(phone.text("#eligible-from")).isEqualTo("You can show a proof from " + from + ".");
			assertThat(phone.attribute("html", "lang")).isEqualTo("en");
			phone.screenshot("resident-waiting-not-eligible-en");
			// switch language at any point
			phone.click("a[hreflang=zh]");
			waitFor(phone, "#main");
			assertThat(phone.attribute("html", "lang")).isEqualTo("zh");
		}
	}

	@Test
	void aDemoResidentShowsAProofInChineseWithTheSignedCode() {
		try (Browser phone = Browser.open(baseUrl(), Browser.PHONE, "zh")) {
			phone.go("/login?lang=zh");
			phone.logIn("visitor@example.com", DemoAccounts.PASSWORD);
			waitFor(phone, "#record-status");
			phone.go(POSTER);
			waitFor(phone, "#proof-store");
			assertThat(phone.text(".proof-label")).isEqualTo("疫苗接种证明(一次性)");
			assertThat(phone.text("#proof-name")).isEqualTo("Emily Carter");
			phone.click(".proof-code-box summary");
			new org.openqa.selenium.support.ui.WebDriverWait(phone.driver(), java.time.Duration.ofSeconds(30))
				.until((d) -> !"0".equals(d.findElement(By.id("proof-code")).getAttribute("naturalWidth")));
			assertThat(phone.find("#proof-code").isDisplayed()).isTrue();
			phone.screenshot("resident-visitor-proof-zh");
		}
	}

}
