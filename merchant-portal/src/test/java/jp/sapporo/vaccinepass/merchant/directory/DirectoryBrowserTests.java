package jp.sapporo.vaccinepass.merchant.directory;

import jp.sapporo.vaccinepass.test.Browser;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A visitor on a phone finds a store in the directory; a merchant sees their dashboard.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DirectoryBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aVisitorFiltersByMunicipalityAndCategoryAndOpensAStoreInEnglish() {
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.PHONE, "en")) {
			browser.go("/directory?lang=en");
			browser.waitFor("#directory-results");
			browser.screenshot("merchant-directory-phone");
			browser.click("#municipality option[value='012033']");
			browser.click("#category option[value='RESTAURANT']");
			browser.click("#directory-search button[type=submit]");
			browser.waitFor("#result-count");
			assertThat(browser.driver().findElements(By.cssSelector("#directory-results .card"))).hasSize(1);
			browser.click("#directory-results .card a");
			browser.waitFor("#store-perk");
			assertThat(browser.text("#store-perk")).isEqualTo("One free noodle refill");
			browser.screenshot("merchant-directory-store-phone");
		}
	}

	@Test
	void theDemoChainSeesEveryStateAndThePendingChangeOnItsDashboard() {
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.DESKTOP, "ja")) {
			browser.logIn("merchant1@example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("#stores");
			String table = browser.text("#stores");
			assertThat(table).contains("承認済み", "審査待ち", "下書き", "変更を審査中");
			assertThat(browser.driver().findElements(By.cssSelector("#scans tbody tr"))).hasSize(5);
			browser.screenshot("merchant-dashboard-demo");
		}
	}

}
