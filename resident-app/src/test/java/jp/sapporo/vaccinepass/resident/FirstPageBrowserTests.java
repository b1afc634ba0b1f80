package jp.sapporo.vaccinepass.resident;

import jp.sapporo.vaccinepass.test.Browser;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Each demo role of this app logs in through a real browser and sees its first page. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class FirstPageBrowserTests {

	@LocalServerPort
	int port;

	private String baseUrl() {
		return "http://localhost:" + this.port;
	}

	@Test
	void demoResidentLogsInAndSeesTheFirstPage() {
		try (Browser browser = Browser.open(baseUrl(), Browser.PHONE, "ja")) {
			browser.logIn("resident@example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("#record-status");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text("main h1")).contains("札幌 太郎");
			assertThat(browser.attribute("html", "lang")).isEqualTo("ja");
			browser.screenshot("resident-app-resident-first-page");
		}
	}

	@Test
	void demoVisitorPassportLogsInAndSeesTheFirstPage() {
		try (Browser browser = Browser.open(baseUrl(), Browser.PHONE, "ja")) {
			browser.logIn("E12345678", DemoAccounts.PASSWORD);
			browser.waitFor("#record-status");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text("main h1")).contains("王 小明");
			assertThat(browser.attribute("html", "lang")).isEqualTo("ja");
			browser.screenshot("resident-app-visitor-passport-first-page");
		}
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessage() {
		try (Browser browser = Browser.open(baseUrl(), Browser.DESKTOP, "en")) {
			browser.go("/login?lang=en");
			browser.logIn("resident@example.jp", "not-the-password");
			assertThat(browser.path()).isEqualTo("/login");
			assertThat(browser.text("#login-error")).isEqualTo("The e-mail address or password is not correct.");
		}
	}

}
