package jp.sapporo.vaccinepass.resident;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** Poster scans and proof pages over real HTTP against the real PostgreSQL. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ScanAndProofTests {

	static final String HOKUTO = "demo-hokuto-susukino-0000000000000000000001";

	static final String WITHDRAWN = "demo-nail-lumie-sapporo-withdrawn-000000011";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long scans(String email, String outcome) {
		return this.jdbc.sql("""
				select count(*) from scan_log l join resident_account a on a.id = l.resident_id
				where a.email = :email and l.outcome = :outcome
				""").param("email", email).param("outcome", outcome).query(Long.class).single();
	}

	/** The proof on a page, without the server time of the live clock. */
	private static String proofSection(String page) {
		String proof = page.substring(page.indexOf("<div id=\"proof\""), page.indexOf("</main>"));
		return proof.replaceFirst("data-server-now=\"\\d+\"", "");
	}

	@Test
	void anEligibleResidentScansAndSeesTheProofPageWithStoreNameAndTime() {
		ResidentHttp resident = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		long before = scans("resident@example.jp", "PROOF_ISSUED");
		HttpResponse<String> scan = resident.get("/s/" + HOKUTO);
		// the scan answers with the proof page itself, which names its own URL
		assertThat(scan.statusCode()).isEqualTo(200);
		assertThat(scan.body()).contains("すすきのラーメン横丁 北斗").contains("札幌 太郎").contains("proof-clock");
		assertThat(scan.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(scan.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");
		String proofPath = ResidentHttp.proofPath(scan);
		assertThat(URI.create(proofPath).getPath()).matches("/p/[A-Za-z0-9_-]{43}");
		assertThat(scan.body()).contains("data-proof-url=\"" + proofPath + "\"");
		assertThat(scans("resident@example.jp", "PROOF_ISSUED")).isEqualTo(before + 1);
		// opening that URL again (a reload) shows the same proof and scans nothing
		HttpResponse<String> proof = resident.get(proofPath);
		assertThat(scans("resident@example.jp", "PROOF_ISSUED")).isEqualTo(before + 1);
		assertThat(proof.statusCode()).isEqualTo(200);
		assertThat(proof.body()).contains("すすきのラーメン横丁 北斗").contains("札幌 太郎").contains("proof-clock");
		String today = LocalDate.now(ZoneId.of("Asia/Tokyo")).toString();
		assertThat(proof.body()).contains(today);
		// the scan's page is made without reading the proof back: it shows exactly what
		// the
		// stored proof shows (store, scan time, expiry, name, photo, doses), bar the
		// clock
		assertThat(proofSection(scan.body())).isEqualTo(proofSection(proof.body())).contains("id=\"proof-photo\"");
		assertThat(proof.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(proof.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");
		assertThat(proof.body()).contains(proofPath + "/code.svg").doesNotContain("<script>");
		assertThat(proof.body()).containsPattern("<script src=\"/js/proof-[0-9a-f]{32}\\.js\" defer>");
		HttpResponse<String> code = resident.get(proofPath + "/code.svg");
		assertThat(code.statusCode()).isEqualTo(200);
		assertThat(code.headers().firstValue("Content-Type").orElse("")).startsWith("image/svg+xml");
		assertThat(code.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(code.body()).startsWith("<svg");
		// only the hash of the proof id is stored
		String token = proofPath.substring(proofPath.lastIndexOf('/') + 1);
		assertThat(this.jdbc.sql("select count(*) from proof where token_hash = :hash")
			.param("hash", jp.sapporo.vaccinepass.resident.scan.ProofTokens.hash(token))
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from proof where position(:raw in token_hash) > 0")
			.param("raw", token.getBytes(java.nio.charset.StandardCharsets.US_ASCII))
			.query(Long.class)
			.single()).isZero();
		HttpResponse<String> status = resident.get(proofPath + "/status");
		assertThat(status.statusCode()).isEqualTo(200);
		assertThat(status.body()).contains("\"expired\":false");
	}

	@Test
	void theResidentSeesTheirOwnScansOnlyInTheHistory() {
		ResidentHttp waiting = ResidentHttp.loggedIn(this.port, "waiting@example.jp", DemoAccounts.PASSWORD);
		waiting.get("/s/" + HOKUTO);
		HttpResponse<String> history = waiting.get("/history");
		assertThat(history.statusCode()).isEqualTo(200);
		assertThat(history.body()).contains("すすきのラーメン横丁 北斗")
			.contains("対象外")
			.contains(LocalDate.now(ZoneId.of("Asia/Tokyo")).toString());
		ResidentHttp fresh = SignUpTests.signUp(this.port, "history-" + System.nanoTime() + "@example.jp");
		assertThat(fresh.get("/history").body()).contains("id=\"no-scans\"");
		assertThat(fresh.get("/inbox").body()).contains("id=\"no-notices\"");
	}

	@Test
	void anotherSessionOfTheSameResidentAndAnotherResidentGet404() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String proofPath = ResidentHttp.proofPath(phone.get("/s/" + HOKUTO));
		ResidentHttp otherDevice = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		assertThat(otherDevice.get(proofPath).statusCode()).isEqualTo(404);
		assertThat(otherDevice.get(proofPath + "/status").statusCode()).isEqualTo(404);
		assertThat(otherDevice.get(proofPath + "/code.svg").statusCode()).isEqualTo(404);
		ResidentHttp someoneElse = ResidentHttp.loggedIn(this.port, "123456789", DemoAccounts.PASSWORD);
		assertThat(someoneElse.get(proofPath).statusCode()).isEqualTo(404);
		assertThat(phone.get(proofPath).statusCode()).isEqualTo(200);
		assertThat(phone.get("/p/not-a-token").statusCode()).isEqualTo(404);
	}

	@Test
	void aResidentInTheWaitingPeriodSeesTheDateFromWhichTheyAreEligible() {
		ResidentHttp waiting = ResidentHttp.loggedIn(this.port, "waiting@example.jp", DemoAccounts.PASSWORD);
		long before = scans("waiting@example.jp", "NOT_ELIGIBLE");
		HttpResponse<String> scan = waiting.get("/s/" + HOKUTO);
		assertThat(scan.statusCode()).isEqualTo(200);
		// second dose 5 days ago; the dose day is day 1 of the 14: eligible in 9 days
		LocalDate eligibleFrom = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(9);
		assertThat(scan.body()).contains("id=\"eligible-from\"").contains(eligibleFrom.toString());
		assertThat(scan.body()).doesNotContain("/p/");
		assertThat(scans("waiting@example.jp", "NOT_ELIGIBLE")).isEqualTo(before + 1);
	}

	@Test
	void aRecordUnderReviewOpensNoProof() {
		ResidentHttp pending = ResidentHttp.loggedIn(this.port, "pending@example.jp", DemoAccounts.PASSWORD);
		long before = scans("pending@example.jp", "RECORD_NOT_VERIFIED");
		HttpResponse<String> scan = pending.get("/s/" + HOKUTO);
		assertThat(scan.statusCode()).isEqualTo(200);
		assertThat(scan.body()).contains("scan-record-not-verified");
		assertThat(scans("pending@example.jp", "RECORD_NOT_VERIFIED")).isEqualTo(before + 1);
	}

	@Test
	void anUnknownPosterAndAWithdrawnPosterGetClearPages() {
		ResidentHttp resident = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		HttpResponse<String> unknown = resident.get("/s/no-such-poster-token");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("scan-unknown");
		// every answer to a scan is about the resident: never cached, never indexed
		assertThat(unknown.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
		assertThat(unknown.headers().firstValue("X-Robots-Tag").orElse("")).contains("noindex");
		long before = scans("resident@example.jp", "POSTER_WITHDRAWN");
		HttpResponse<String> withdrawn = resident.get("/s/" + WITHDRAWN);
		assertThat(withdrawn.statusCode()).isEqualTo(410);
		assertThat(withdrawn.body()).contains("このポスターは現在無効です");
		assertThat(scans("resident@example.jp", "POSTER_WITHDRAWN")).isEqualTo(before + 1);
	}

	@Test
	void aScanWhileNotSignedInGoesToLoginAndThenBackToTheSameScan() {
		ResidentHttp phone = new ResidentHttp(this.port);
		HttpResponse<String> scan = phone.get("/s/" + HOKUTO);
		assertThat(scan.statusCode()).isEqualTo(302);
		assertThat(ResidentHttp.location(scan)).endsWith("/login");
		HttpResponse<String> login = phone.logIn("resident@example.jp", DemoAccounts.PASSWORD);
		assertThat(ResidentHttp.location(login)).contains("/s/" + HOKUTO);
		HttpResponse<String> again = phone.get(ResidentHttp.location(login));
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("すすきのラーメン横丁 北斗");
		assertThat(phone.get(ResidentHttp.proofPath(again)).body()).contains("すすきのラーメン横丁 北斗");
	}

	@Test
	void whenTheProgrammeIsNotInForceNoProofIsShown() {
		ResidentHttp resident = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		record Period(LocalDate start, LocalDate end) {
		}
		Period saved = this.jdbc.sql(
				"select local_period_start, local_period_end from programme_setting where programme_id = 'sapporo-passcode-2021'")
			.query((rs, n) -> new Period(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalDate.class)))
			.single();
		try {
			LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
			this.jdbc.sql("""
					update programme_setting set local_period_start = :s, local_period_end = :e
					where programme_id = 'sapporo-passcode-2021'
					""").param("s", today.minusDays(100)).param("e", today.minusDays(1)).update();
			long before = scans("resident@example.jp", "NOT_IN_FORCE");
			HttpResponse<String> scan = resident.get("/s/" + HOKUTO);
			assertThat(scan.statusCode()).isEqualTo(200);
			assertThat(scan.body()).contains("scan-not-in-force");
			assertThat(scans("resident@example.jp", "NOT_IN_FORCE")).isEqualTo(before + 1);
		}
		finally {
			this.jdbc.sql("""
					update programme_setting set local_period_start = :s, local_period_end = :e
					where programme_id = 'sapporo-passcode-2021'
					""").param("s", saved.start()).param("e", saved.end()).update();
		}
	}

	@Test
	void anExpiredProofSaysScanAgain() {
		ResidentHttp resident = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String proofPath = ResidentHttp.proofPath(resident.get("/s/" + HOKUTO));
		this.jdbc
			.sql("""
					update proof set scanned_at = scanned_at - interval '11 minutes', expires_at = expires_at - interval '11 minutes'
					where id = (select max(id) from proof)
					""")
			.update();
		HttpResponse<String> proof = resident.get(proofPath);
		assertThat(proof.statusCode()).isEqualTo(410);
		assertThat(proof.body()).contains("id=\"proof-expired\"").doesNotContain("id=\"proof-photo\"");
		assertThat(resident.get(proofPath + "/status").body()).contains("\"expired\":true");
	}

}
