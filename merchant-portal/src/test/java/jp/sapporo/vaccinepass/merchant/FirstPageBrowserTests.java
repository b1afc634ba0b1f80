package jp.sapporo.vaccinepass.merchant;

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
	void demoMerchantLogsInAndSeesTheFirstPage() {
		try (Browser browser = Browser.open(baseUrl(), Browser.DESKTOP, "ja")) {
			browser.logIn("merchant1@example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("#stores");
			assertThat(browser.path()).isEqualTo("/");
			assertThat(browser.text("main h1")).contains("北斗 太郎");
			assertThat(browser.attribute("html", "lang")).isEqualTo("ja");
			browser.screenshot("merchant-portal-merchant-first-page");
		}
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessage() {
		try (Browser browser = Browser.open(baseUrl(), Browser.DESKTOP, "en")) {
			browser.go("/login?lang=en");
			browser.logIn("merchant1@example.jp", "not-the-password");
			assertThat(browser.path()).isEqualTo("/login");
			assertThat(browser.text("#login-error")).isEqualTo("The e-mail address or password is not correct.");
		}
	}

}
