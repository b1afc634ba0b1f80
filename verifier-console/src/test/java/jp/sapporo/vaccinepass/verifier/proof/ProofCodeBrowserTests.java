package jp.sapporo.vaccinepass.verifier.proof;

import jp.sapporo.vaccinepass.db.proof.ProofCodeSigner;
import jp.sapporo.vaccinepass.test.Browser;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An agent pastes a resident's proof code: valid once, then a replay; a forged one is
 * refused.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ProofCodeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProofCodeSigner signer;

	/** A proof as the resident app creates it on a scan at the Susukino poster. */
	private String issueCode() {
		return this.signer.sign(new IssuedProofs(this.jdbc).issue());
	}

	@Test
	void aValidCodeShowsTheStoreAndScanTimeOnceAndAReplayIsRefused() throws Exception {
		String code = issueCode();
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.PHONE, "ja")) {
			browser.logIn("agent@shinshu-travel.example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("main h1");
			browser.go("/proof");
			browser.type("#code", code);
			browser.click("#check-code");
			browser.waitFor("#proof-result");
			assertThat(browser.text("#proof-valid")).contains("有効な証明です").contains("すすきのラーメン横丁 北斗");
			assertThat(browser.text("#proof-time")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
			browser.screenshot("verifier-proof-valid");
			browser.go("/proof");
			browser.type("#code", code);
			browser.click("#check-code");
			browser.waitFor("#proof-invalid");
			assertThat(browser.text("#proof-reason")).contains("すでに一度提示された");
		}
	}

	@Test
	void aForgedOrGarbledCodeIsRefusedWithTheReason() throws Exception {
		String code = issueCode();
		String forged = code.substring(0, code.length() - 2) + (code.endsWith("AA") ? "BB" : "AA");
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.DESKTOP, "en")) {
			browser.logIn("staff@city.sapporo.example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("main h1");
			browser.go("/proof?lang=en");
			browser.type("#code", forged);
			browser.click("#check-code");
			browser.waitFor("#proof-invalid");
			assertThat(browser.text("#proof-reason"))
				.isIn("The signature does not match: the code was altered or forged.", "This is not a proof code.");
			browser.type("#code", "hello");
			browser.click("#check-code");
			browser.waitFor("#proof-invalid");
			assertThat(browser.text("#proof-reason")).isEqualTo("This is not a proof code.");
		}
	}

	@Test
	void aProofCodeFillsInATravellersVerifiedDoses() throws Exception {
		String code = issueCode();
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.DESKTOP, "ja")) {
			browser.logIn("agent@shinshu-travel.example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("main h1");
			browser.go("/agent/checks/new");
			browser.type("[id='travellers0.proofCode']", code);
			browser.click("#read-proof-1");
			browser.waitFor("#proof-verified-1");
			assertThat(browser.attribute("[id='travellers0.name']", "value")).isEqualTo("札幌 太郎");
			assertThat(browser.attribute("[id='travellers0.birthDate']", "value")).isEqualTo("1985-04-02");
			assertThat(browser.attribute("[id='travellers0.dose2']", "value")).isNotEmpty();
		}
	}

}
