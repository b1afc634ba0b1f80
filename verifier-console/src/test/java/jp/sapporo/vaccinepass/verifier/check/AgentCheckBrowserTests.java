package jp.sapporo.vaccinepass.verifier.check;

import java.time.LocalDate;

import jp.sapporo.vaccinepass.test.Browser;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A travel agent checks a whole family in a real browser, as a new user would. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AgentCheckBrowserTests {

	@LocalServerPort
	int port;

	private static void date(Browser browser, String id, LocalDate value) {
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]",
				browser.find("[id='" + id + "']"), value.toString());
	}

	private static void traveller(Browser browser, int index, String name, LocalDate birth, Integer guardian,
			LocalDate dose1, LocalDate dose2) {
		String prefix = "travellers" + index + ".";
		browser.type("[id='" + prefix + "name']", name);
		date(browser, prefix + "birthDate", birth);
		if (guardian != null) {
			new Select(browser.find("[id='" + prefix + "guardian']")).selectByValue(String.valueOf(guardian));
		}
		if (dose1 != null) {
			new Select(browser.find("[id='" + prefix + "certificateKind']")).selectByValue("MUNICIPAL_CERTIFICATE");
			date(browser, prefix + "dose1", dose1);
			date(browser, prefix + "dose2", dose2);
		}
	}

	@Test
	void anAgentChecksAFamilyForShinshuDuringSpreadAndKeepsTheRecord() {
		LocalDate start = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(10);
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.DESKTOP, "ja")) {
			browser.logIn("agent@shinshu-travel.example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("main h1");
			browser.go("/agent/checks/new");
			new Select(browser.find("#programme")).selectByValue("shinshu-wari-special-v2");
			browser.type("#bookingReference", "SW-2026-0001");
			date(browser, "tripStart", start);
			date(browser, "tripEnd", start.plusDays(2));
			browser.click("[id='crossPrefecture1']");
			new Select(browser.find("#alertLevel")).selectByValue("2");
			if (!browser.find("[id='priorityMeasures1']").isSelected()) {
				browser.click("[id='priorityMeasures1']");
			}
			traveller(browser, 0, "信州 一郎", start.minusYears(40), null, start.minusDays(90), start.minusDays(60));
			// adding travellers re-renders the form on the server: what was typed stays
			browser.click("#add-traveller");
			browser.waitFor("#traveller-2");
			assertThat(browser.attribute("[id='travellers0.name']", "value")).isEqualTo("信州 一郎");
			assertThat(browser.attribute("#bookingReference", "value")).isEqualTo("SW-2026-0001");
			traveller(browser, 1, "信州 花子", start.minusYears(38), null, start.minusDays(95), start.minusDays(70));
			browser.click("#add-traveller");
			browser.waitFor("#traveller-3");
			traveller(browser, 2, "信州 太郎", start.minusYears(8).minusMonths(3), 1, null, null);
			browser.click("#add-traveller");
			browser.waitFor("#traveller-4");
			traveller(browser, 3, "信州 次郎", start.minusYears(4).minusMonths(2), 2, null, null);
			browser.click("#evaluate");
			browser.waitFor("#result");
			browser.screenshot("verifier-agent-family-result");
			assertThat(browser.attribute("#result-1", "data-outcome")).isEqualTo("ELIGIBLE");
			assertThat(browser.attribute("#result-2", "data-outcome")).isEqualTo("ELIGIBLE");
			// Shinshu during spread, across prefectures: a child of 6-11 needs a negative
			// test
			assertThat(browser.attribute("#result-3", "data-outcome")).isEqualTo("NOT_ELIGIBLE");
			assertThat(browser.text("#result-3")).contains("信州 太郎").contains("検査");
			// under 6 with a qualifying co-resident guardian: exempt
			assertThat(browser.attribute("#result-4", "data-outcome")).isEqualTo("EXEMPT");
			assertThat(browser.text("#summary")).contains("4人中 3人");
			browser.click("#save");
			browser.waitFor("#saved");
			assertThat(browser.text("#booking")).isEqualTo("SW-2026-0001");
			assertThat(browser.attribute("#result-3", "data-outcome")).isEqualTo("NOT_ELIGIBLE");
			assertThat(browser.attribute("#pdf", "href")).endsWith("/record.pdf");
			browser.go("/agent/checks?q=SW-2026");
			assertThat(browser.text("#checks")).contains("SW-2026-0001").contains("4人中 3人");
		}
	}

	@Test
	void removingATravellerKeepsTheOthersAndTheirGuardians() {
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.DESKTOP, "en")) {
			browser.logIn("agent@shinshu-travel.example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("main h1");
			browser.go("/agent/checks/new?lang=en");
			browser.type("[id='travellers0.name']", "Removed Person");
			browser.click("#add-traveller");
			browser.waitFor("#traveller-2");
			browser.type("[id='travellers1.name']", "Parent");
			browser.click("#add-traveller");
			browser.waitFor("#traveller-3");
			browser.type("[id='travellers2.name']", "Child");
			new Select(browser.find("[id='travellers2.guardian']")).selectByValue("2");
			org.openqa.selenium.WebElement before = browser.find("html");
			browser.click("#remove-1");
			new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
				.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(before));
			browser.waitFor("#add-traveller");
			assertThat(browser.attribute("[id='travellers0.name']", "value")).isEqualTo("Parent");
			assertThat(browser.attribute("[id='travellers1.name']", "value")).isEqualTo("Child");
			assertThat(new Select(browser.find("[id='travellers1.guardian']")).getFirstSelectedOption()
				.getAttribute("value")).isEqualTo("1");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.id("traveller-3"))).isEmpty();
		}
	}

	@Test
	void anIncompleteBookingIsExplainedAtTheTopAndAtEachField() {
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.PHONE, "en")) {
			browser.logIn("agent@shinshu-travel.example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("main h1");
			browser.go("/agent/checks/new?lang=en");
			browser.click("#evaluate");
			browser.waitFor("#error-summary");
			assertThat(browser.text("#error-summary a[href='#tripStart']"))
				.isEqualTo("Trip start date: Please fill this in.");
			assertThat(browser.text("#error-summary a[href='#travellers0.birthDate']"))
				.isEqualTo("Traveller 1 · Date of birth: Please fill this in.");
			assertThat(browser.attribute("#tripStart", "aria-invalid")).isEqualTo("true");
			assertThat(browser.attribute("#tripStart", "aria-describedby")).isEqualTo("tripStart-error");
			assertThat(browser.attribute("[id='travellers0.name']", "aria-invalid")).isEqualTo("true");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.id("result"))).isEmpty();
			browser.screenshot("verifier-agent-check-errors-phone");
		}
	}

}
