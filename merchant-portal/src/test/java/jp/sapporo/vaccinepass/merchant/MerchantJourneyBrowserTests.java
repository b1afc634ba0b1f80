package jp.sapporo.vaccinepass.merchant;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import jp.sapporo.vaccinepass.db.store.StoreReview;
import jp.sapporo.vaccinepass.merchant.poster.PosterFiles;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import jp.sapporo.vaccinepass.test.Browser;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A new merchant, as a person would in a real Chromium: signs up, confirms the e-mail
 * from the demo mailbox, registers a store, submits it; the city approves it (through the
 * shared review service, as the verifier console does); the merchant downloads the poster
 * and its QR code opens the resident app's page for the store's current poster. Then the
 * merchant changes the perk, the old poster keeps working until the change is approved,
 * and after approval the old QR is refused (REPLACED) and the new poster carries a new
 * one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class MerchantJourneyBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	StoreReview review;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MerchantPortalProperties properties;

	@Test
	void aNewMerchantGoesFromSignUpToAPosterWhoseQrOpensTheResidentApp() throws Exception {
		String email = "new-shop-" + System.nanoTime() + "@example.jp";
		String password = "ramen-and-gyoza-2026";
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.PHONE, "ja")) {
			// sign up
			browser.go("/login");
			browser.click("#signup-link");
			browser.waitFor("#signup-form");
			browser.click("#signup-form button[type=submit]");
			browser.waitFor("#error-summary");
			assertThat(browser.attribute("#email", "aria-invalid")).isEqualTo("true");
			assertThat(browser.text("#terms-error")).isEqualTo("利用規約への同意が必要です。");
			browser.screenshot("merchant-signup-errors");
			browser.type("#email", email)
				.type("#password", password)
				.type("#passwordRepeat", password)
				.type("#contactName", "札幌 花子")
				.type("#companyName", "すすきの餃子合同会社");
			browser.click("#terms");
			browser.click("#signup-form button[type=submit]");
			browser.waitFor("#signup-sent");

			// not verified yet: cannot log in
			browser.logIn(email, password);
			assertThat(browser.path()).isEqualTo("/login");

			// the confirmation e-mail, read in the demo mailbox
			browser.go("/demo/mailbox?address=" + email);
			browser.waitFor(".mail__link");
			assertThat(browser.text(".mail__subject")).contains("メールアドレスの確認");
			browser.screenshot("merchant-demo-mailbox");
			// the link points at the configured portal address; this test's server has a
			// random port
			URI link = URI.create(browser.attribute(".mail__link", "href"));
			assertThat(link.toString()).startsWith(this.properties.baseUrl() + "/verify?token=");
			browser.go(link.getPath() + "?" + link.getQuery());
			browser.waitFor("#verify-ok");

			// log in and register a store
			browser.logIn(email, password);
			browser.waitFor("#no-stores");
			browser.click("#new-store");
			browser.waitFor("#store-form");
			browser.type("#nameJa", "すすきの餃子 花");
			browser.type("#nameEn", "Susukino Gyoza Hana");
			browser.click("#municipalityCode option[value='011002']");
			browser.type("#address", "札幌市中央区南4条西4丁目");
			browser.click("#categoryCode option[value='RESTAURANT']");
			browser.type("#perkJa", "焼き餃子 1皿無料");
			browser.type("#perkEn", "One free plate of gyoza");
			browser.type("#contactPhone", "011-123-4567");
			browser.type("#contactEmail", email);
			browser.click("#terms");
			assertThat(browser.driver().findElements(By.cssSelector("#store-form input[name=terms]"))).hasSize(1);
			browser.screenshot("merchant-store-form");
			browser.click("#store-form button[type=submit]");
			browser.waitFor("#submit-store");
			assertThat(browser.text("#store-status")).isEqualTo("下書き");
			browser.click("#submit-store");
			browser.waitFor("#notice");
			assertThat(browser.text("#store-status")).isEqualTo("審査待ち");
			browser.screenshot("merchant-store-submitted");
			long storeId = Long.parseLong(browser.path().replaceAll("\\D+", ""));

			// the city approves (the verifier console calls the same service)
			long revision = this.jdbc.sql("select current_revision_id from store where id = :id")
				.param("id", storeId)
				.query(Long.class)
				.single();
			this.review.approve(revision, staffId());

			browser.go("/stores/" + storeId);
			browser.waitFor("#poster-a4");
			assertThat(browser.text("#store-status")).isEqualTo("承認済み");
			browser.screenshot("merchant-store-approved");
			String firstToken = activeToken(storeId);
			byte[] pdf = download(browser, browser.attribute("#poster-a4", "href"));
			String firstUrl = PosterFiles.decodeQr(pdf, 200);
			assertThat(firstUrl).isEqualTo(this.properties.posterUrl(firstToken))
				.startsWith("http://localhost:8082/s/");
			assertThat(PosterFiles.text(pdf)).contains("すすきの餃子 花", "焼き餃子 1皿無料");

			// change the perk: the old poster keeps working until the change is approved
			browser.click("#edit-store");
			browser.waitFor("#store-form");
			browser.type("#perkJa", "焼き餃子 2皿無料");
			browser.click("#terms");
			browser.click("#store-form button[type=submit]");
			browser.waitFor("#submit-store");
			browser.click("#submit-store");
			browser.waitFor("#change-pending");
			assertThat(browser.text("#changed-fields")).contains("特典の内容").doesNotContain("店舗名");
			assertThat(posterStatus(firstToken)).isEqualTo("ACTIVE");
			long change = this.jdbc.sql("select current_revision_id from store where id = :id")
				.param("id", storeId)
				.query(Long.class)
				.single();
			this.review.approve(change, staffId());

			// after approval the old QR is refused and the new poster has a new one
			assertThat(posterStatus(firstToken)).isEqualTo("REPLACED");
			browser.go("/stores/" + storeId);
			browser.waitFor("#poster-a4");
			String secondToken = activeToken(storeId);
			assertThat(secondToken).isNotEqualTo(firstToken);
			byte[] second = download(browser, browser.attribute("#poster-a4", "href"));
			assertThat(PosterFiles.decodeQr(second, 200)).isEqualTo(this.properties.posterUrl(secondToken));
			assertThat(PosterFiles.text(second)).contains("焼き餃子 2皿無料");
			assertThat(browser.driver().findElements(By.cssSelector("#posters tbody tr"))).hasSize(2);
			browser.screenshot("merchant-store-poster-replaced");
		}
	}

	private long staffId() {
		return DemoAccounts.staffId(this.jdbc);
	}

	private String activeToken(long storeId) {
		return this.jdbc.sql("select token from poster where store_id = :id and status = 'ACTIVE'")
			.param("id", storeId)
			.query(String.class)
			.single();
	}

	private String posterStatus(String token) {
		return this.jdbc.sql("select status from poster where token = :token")
			.param("token", token)
			.query(String.class)
			.single();
	}

	/** Download with the browser's session, as the browser's own download would. */
	private static byte[] download(Browser browser, String url) throws Exception {
		Cookie session = browser.driver().manage().getCookieNamed("VP_MERCHANT");
		HttpResponse<byte[]> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", "VP_MERCHANT=" + session.getValue()).build(),
					HttpResponse.BodyHandlers.ofByteArray());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		return response.body();
	}

}
