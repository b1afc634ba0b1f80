package jp.sapporo.vaccinepass.resident;

import java.net.http.HttpResponse;

import jp.sapporo.vaccinepass.resident.scan.ProofTokens;
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
 * A double tap (the same session scans the same store again within 30 s) is one visit:
 * one scan log row, one proof, and every tap opens that proof.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class DoubleTapTests {

	static final String OTARU = "demo-hokuto-otaru-0000000000000000000000002";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long proofs(ResidentHttp phone) {
		return this.jdbc.sql("select count(*) from proof where session_hash = :session")
			.param("session", ProofTokens.sessionHash(phone.sessionId()))
			.query(Long.class)
			.single();
	}

	private long scans(ResidentHttp phone) {
		return this.jdbc
			.sql("select count(*) from scan_log where id in (select scan_id from proof where session_hash = :s)")
			.param("s", ProofTokens.sessionHash(phone.sessionId()))
			.query(Long.class)
			.single();
	}

	private static String proofId(HttpResponse<String> page) {
		// the page's status URL is per token; the scan time identifies the proof
		int at = page.body().indexOf("id=\"proof-scanned-at\"");
		return page.body().substring(at, page.body().indexOf('<', at));
	}

	@Test
	void aSecondScanOfTheSameStoreWithinTheWindowOpensTheSameProofAndLogsOneVisit() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		HttpResponse<String> first = phone.get("/s/" + ScanAndProofTests.HOKUTO);
		HttpResponse<String> second = phone.get("/s/" + ScanAndProofTests.HOKUTO);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(second.statusCode()).isEqualTo(200);
		String a = ResidentHttp.proofPath(first);
		String b = ResidentHttp.proofPath(second);
		assertThat(a).isNotEqualTo(b);
		HttpResponse<String> pageA = phone.get(a);
		HttpResponse<String> pageB = phone.get(b);
		assertThat(pageA.statusCode()).isEqualTo(200);
		assertThat(pageB.statusCode()).isEqualTo(200);
		assertThat(proofId(pageB)).isEqualTo(proofId(pageA));
		assertThat(phone.get(b + "/status").statusCode()).isEqualTo(200);
		assertThat(proofs(phone)).isEqualTo(1);
		assertThat(scans(phone)).isEqualTo(1);
		// the double tap's URL is still bound to the session that scanned
		ResidentHttp other = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		assertThat(other.get(b).statusCode()).isEqualTo(404);
		assertThat(other.get(b + "/code.svg").statusCode()).isEqualTo(404);
	}

	@Test
	void aScanAfterTheWindowAnotherStoreAndAnotherSessionEachMakeTheirOwnProof() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		assertThat(phone.get("/s/" + ScanAndProofTests.HOKUTO).statusCode()).isEqualTo(200);
		assertThat(phone.get("/s/" + OTARU).statusCode()).isEqualTo(200);
		assertThat(proofs(phone)).isEqualTo(2);
		// 31 seconds later
		this.jdbc.sql("update proof_tap set tapped_at = tapped_at - interval '31 seconds' where session_hash = :s")
			.param("s", ProofTokens.sessionHash(phone.sessionId()))
			.update();
		assertThat(phone.get("/s/" + ScanAndProofTests.HOKUTO).statusCode()).isEqualTo(200);
		assertThat(proofs(phone)).isEqualTo(3);
		assertThat(scans(phone)).isEqualTo(3);
		ResidentHttp tablet = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		assertThat(tablet.get("/s/" + ScanAndProofTests.HOKUTO).statusCode()).isEqualTo(200);
		assertThat(proofs(tablet)).isEqualTo(1);
	}

	@Test
	void aDoubleTapOnAProofThatIsGoneMakesANewOne() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String first = ResidentHttp.proofPath(phone.get("/s/" + ScanAndProofTests.HOKUTO));
		this.jdbc.sql("delete from proof where session_hash = :s")
			.param("s", ProofTokens.sessionHash(phone.sessionId()))
			.update();
		HttpResponse<String> again = phone.get("/s/" + ScanAndProofTests.HOKUTO);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(ResidentHttp.proofPath(again)).isNotEqualTo(first);
		assertThat(phone.get(ResidentHttp.proofPath(again)).statusCode()).isEqualTo(200);
		assertThat(proofs(phone)).isEqualTo(1);
	}

}
