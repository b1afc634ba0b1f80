package jp.sapporo.vaccinepass.verifier.staff;

import jp.sapporo.vaccinepass.test.Browser;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * City staff clear both review queues and run a cluster notice end to end, in a real
 * browser.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class StaffBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private Browser staff(String language) {
		Browser browser = Browser.open("http://localhost:" + this.port, Browser.DESKTOP, language);
		browser.logIn("staff@city.sapporo.example.jp", DemoAccounts.PASSWORD);
		browser.waitFor("main h1");
		return browser;
	}

	@Test
	void staffApproveAMerchantsNewStoreAndTheMerchantIsTold() {
		long revision = this.jdbc.sql("""
				select r.id from store_revision r where r.name_ja = 'ラーメン北斗 恵庭店' and r.status = 'SUBMITTED'
				""").query(Long.class).single();
		long noticesBefore = this.jdbc.sql("select count(*) from notification where merchant_id is not null")
			.query(Long.class)
			.single();
		try (Browser browser = staff("ja")) {
			browser.go("/staff/reviews/stores");
			browser.waitFor("#store-queue");
			assertThat(browser.text("#store-queue")).contains("ラーメン北斗 恵庭店").contains("新規登録");
			browser.go("/staff/reviews/stores/" + revision);
			assertThat(browser.text("#field-address")).contains("恵庭市相生町1-1");
			browser.screenshot("verifier-staff-store-review");
			browser.click("#approve");
			browser.waitFor("#done");
			assertThat(browser.text("#done")).contains("承認しました");
		}
		assertThat(this.jdbc.sql("select status from store_revision where id = :id")
			.param("id", revision)
			.query(String.class)
			.single()).isEqualTo("APPROVED");
		assertThat(this.jdbc.sql(
				"select count(*) from poster p join store_revision r on r.store_id = p.store_id where r.id = :id and p.status = 'ACTIVE'")
			.param("id", revision)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from notification where merchant_id is not null")
			.query(Long.class)
			.single()).isEqualTo(noticesBefore + 1);
	}

	@Test
	void staffVerifyAResidentsRecordAndTheResidentIsTold() {
		long record = this.jdbc.sql("""
				select r.id from vaccination_record r join resident_account a on a.id = r.resident_id
				where a.email = 'pending@example.jp'
				""").query(Long.class).single();
		try (Browser browser = staff("ja")) {
			browser.go("/staff/reviews/records");
			browser.waitFor("#record-queue");
			assertThat(browser.text("#record-queue")).contains("小樽 はじめ");
			browser.go("/staff/reviews/records/" + record);
			assertThat(browser.text("#doses")).contains("COMIRNATY");
			browser.screenshot("verifier-staff-record-review");
			browser.click("#verify");
			browser.waitFor("#done");
			assertThat(browser.text("#record-queue")).doesNotContain("小樽 はじめ");
		}
		assertThat(this.jdbc.sql("select status from vaccination_record where id = :id")
			.param("id", record)
			.query(String.class)
			.single()).isEqualTo("VERIFIED");
		assertThat(this.jdbc.sql("""
				select count(*) from notification n join vaccination_record r on r.resident_id = n.resident_id
				where r.id = :id and n.kind = 'RECORD_VERIFIED'
				""").param("id", record).query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc
			.sql("select count(*) from audit_log where action = 'VACCINATION_RECORD_VIEWED' and target_id = :id")
			.param("id", String.valueOf(record))
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void aRejectionWithoutAReasonChangesNothing() {
		long record = this.jdbc.sql("""
				select r.id from vaccination_record r join resident_account a on a.id = r.resident_id
				where a.email = 'wang@example.cn'
				""").query(Long.class).single();
		try (Browser browser = staff("en")) {
			browser.go("/staff/reviews/records/" + record + "?lang=en");
			// the browser's own check is bypassed to reach the server's
			((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("document.getElementById('reason').removeAttribute('required')");
			browser.click("#reject");
			browser.waitFor("#problem");
			assertThat(browser.text("#problem")).isEqualTo("Enter the reason for returning it.");
		}
		assertThat(this.jdbc.sql("select status from vaccination_record where id = :id")
			.param("id", record)
			.query(String.class)
			.single()).isEqualTo("PENDING_REVIEW");
	}

	@Test
	void staffRunAClusterQueryNotifyTheResidentsAndEveryViewIsAudited() {
		long store = this.jdbc
			.sql("select store_id from poster where token = 'demo-hokuto-susukino-0000000000000000000001'")
			.query(Long.class)
			.single();
		try (Browser browser = staff("ja")) {
			browser.go("/staff/clusters");
			// nothing is shown before a case number and a reason are given
			browser.click("#open-case");
			browser.waitFor("#error-summary");
			assertThat(browser.path()).isEqualTo("/staff/clusters");
			// the store is found by part of its name, among tens of thousands
			browser.type("#storeQuery", "ラーメン横丁");
			browser.click("#find-store");
			browser.waitFor("#storeId-" + store);
			browser.type("#caseNumber", "SAP-2026-017");
			browser.type("#reason", "陽性者の行動歴による接触者の確認");
			browser.click("#storeId-" + store);
			browser.click("#open-case");
			browser.waitFor("#residents");
			assertThat(browser.text("#residents")).contains("札幌 太郎").contains("江別 みどり").contains("Emily Carter");
			assertThat(browser.text("#notice-body")).doesNotContain("北斗").doesNotContain("http");
			browser.screenshot("verifier-staff-cluster");
			browser.click("#notify");
			browser.waitFor("#notified");
			assertThat(browser.text("#notified")).contains("3人");
		}
		long caseId = this.jdbc.sql("select id from cluster_case where case_number = 'SAP-2026-017'")
			.query(Long.class)
			.single();
		var notices = this.jdbc.sql("select subject, body from notification where cluster_case_id = :id")
			.param("id", caseId)
			.query((rs, n) -> rs.getString(1) + "\n" + rs.getString(2))
			.list();
		assertThat(notices).hasSize(3)
			.allSatisfy((text) -> assertThat(text).doesNotContain("北斗")
				.doesNotContain("すすきの")
				.doesNotContain("Susukino")
				.doesNotContain("http"));
		assertThat(this.jdbc.sql("""
				select count(*) from audit_log where case_number = 'SAP-2026-017'
				  and action in ('CLUSTER_CASE_OPENED', 'CLUSTER_RESIDENTS_VIEWED', 'CLUSTER_RESIDENTS_NOTIFIED')
				  and reason = '陽性者の行動歴による接触者の確認'
				""").query(Long.class).single()).isGreaterThanOrEqualTo(3);
		// the lead reads it; nobody can change it
		try (Browser browser = Browser.open("http://localhost:" + this.port, Browser.DESKTOP, "ja")) {
			browser.logIn("lead@city.sapporo.example.jp", DemoAccounts.PASSWORD);
			browser.waitFor("main h1");
			browser.go("/staff/audit?caseNumber=SAP-2026-017");
			assertThat(browser.text("#audit")).contains("CLUSTER_RESIDENTS_VIEWED")
				.contains("CLUSTER_RESIDENTS_NOTIFIED");
			browser.screenshot("verifier-lead-audit");
		}
		org.assertj.core.api.Assertions
			.assertThatThrownBy(
					() -> this.jdbc.sql("delete from audit_log where case_number = 'SAP-2026-017'").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void staffSeeTheDashboardChartsAndProgrammes() {
		try (Browser browser = staff("ja")) {
			browser.go("/staff/dashboard");
			browser.waitFor("svg.chart");
			assertThat(browser.driver().findElements(org.openqa.selenium.By.cssSelector("svg.chart"))).hasSize(4);
			assertThat(browser.attribute("#scan-matrix", "textContent")).contains("札幌市").contains("長沼町");
			browser.screenshot("verifier-staff-dashboard");
			browser.go("/staff/programmes");
			assertThat(browser.text("#programmes")).contains("信州割SPECIAL").contains("さっぽろPASS-CODE");
			browser.go("/staff/programmes/shinshu-wari-special-v2");
			new Select(browser.find("#alertLevel")).selectByValue("2");
			if (!browser.find("[id='priorityMeasures1']").isSelected()) {
				browser.click("[id='priorityMeasures1']");
			}
			browser.type("#reason", "まん延防止等重点措置の適用(テスト)");
			browser.click("#save-programme");
			browser.waitFor("#programme-saved");
			assertThat(browser.text("#programme-shinshu-wari-special-v2")).contains("2");
			browser.go("/staff/accounts");
			browser.screenshot("verifier-staff-accounts");
		}
		assertThat(this.jdbc.sql("""
				select count(*) from programme_setting_event where programme_id = 'shinshu-wari-special-v2'
				  and alert_level = 2 and priority_measures and reason = 'まん延防止等重点措置の適用(テスト)'
				""").query(Long.class).single()).isEqualTo(1);
	}

}
