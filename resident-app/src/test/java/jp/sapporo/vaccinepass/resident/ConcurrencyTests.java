package jp.sapporo.vaccinepass.resident;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jp.sapporo.vaccinepass.db.proof.ProofClaims;
import jp.sapporo.vaccinepass.db.proof.ProofCodeCheck;
import jp.sapporo.vaccinepass.db.proof.ProofCodeSigner;
import jp.sapporo.vaccinepass.db.proof.ProofCodeVerifier;
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
 * Requests racing each other: the same scan, the same proof page, the same proof code.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ConcurrencyTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProofCodeSigner signer;

	@Autowired
	ProofCodeVerifier verifier;

	private static <T> List<T> race(int n, Callable<T> task) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(n);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void concurrentScansOfTheSamePosterBySameSessionGiveOneProofAndOneVisitAndNoneToAnotherSession() throws Exception {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		byte[] session = ProofTokens.sessionHash(phone.sessionId());
		List<String> locations = race(8, () -> {
			HttpResponse<String> scan = phone.get("/s/" + ScanAndProofTests.HOKUTO);
			assertThat(scan.statusCode()).isEqualTo(200);
			return ResidentHttp.proofPath(scan);
		});
		// a multiple tap is one visit: one scan log row, one proof (never a proof without
		// its scan), every request sent to that proof under a URL of its own
		assertThat(this.jdbc.sql("select count(*) from proof where session_hash = :s")
			.param("s", session)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("""
				select count(*) from scan_log l join proof p on p.scan_id = l.id
				where p.session_hash = :s and l.outcome = 'PROOF_ISSUED'
				""").param("s", session).query(Long.class).single()).isEqualTo(1);
		assertThat(new HashSet<>(locations)).hasSize(8);
		ResidentHttp thief = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		Set<String> shown = new HashSet<>();
		for (String location : locations) {
			assertThat(thief.get(location).statusCode()).isEqualTo(404);
			HttpResponse<String> page = phone.get(location);
			assertThat(page.statusCode()).isEqualTo(200);
			int at = page.body().indexOf("id=\"proof-scanned-at\"");
			shown.add(page.body().substring(at, page.body().indexOf('<', at)));
		}
		assertThat(shown).hasSize(1);
	}

	@Test
	void concurrentScansOfDifferentSessionsEachGetTheirOwnProof() throws Exception {
		List<ResidentHttp> phones = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			phones.add(ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD));
		}
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		List<String> locations = race(4, () -> {
			HttpResponse<String> scan = phones.get(next.getAndIncrement()).get("/s/" + ScanAndProofTests.HOKUTO);
			assertThat(scan.statusCode()).isEqualTo(200);
			return ResidentHttp.proofPath(scan);
		});
		assertThat(new HashSet<>(locations)).hasSize(4);
		for (ResidentHttp phone : phones) {
			assertThat(this.jdbc.sql("select count(*) from proof where session_hash = :s")
				.param("s", ProofTokens.sessionHash(phone.sessionId()))
				.query(Long.class)
				.single()).isEqualTo(1);
		}
	}

	@Test
	void concurrentFirstPagesOfANewSessionDoNotCollideOnSessionAttributes() throws Exception {
		// right after login the CSRF token is made lazily by whichever page renders first
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		List<Integer> statuses = race(8, () -> phone.get("/").statusCode());
		assertThat(statuses).containsOnly(200);
	}

	@Test
	void theSameProofRequestedAtOnceByItsOwnerAndOthersIsShownOnlyToTheOwner() throws Exception {
		ResidentHttp owner = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String proof = ResidentHttp.proofPath(owner.get("/s/" + ScanAndProofTests.HOKUTO));
		List<ResidentHttp> sessions = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			sessions.add(ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD));
			sessions.add(ResidentHttp.loggedIn(this.port, "123456789", DemoAccounts.PASSWORD));
		}
		List<ResidentHttp> everyone = new ArrayList<>(sessions);
		everyone.add(owner);
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();
		List<int[]> results = race(everyone.size(), () -> {
			int index = next.getAndIncrement();
			HttpResponse<String> response = everyone.get(index).get(proof);
			return new int[] { index, response.statusCode() };
		});
		for (int[] result : results) {
			ResidentHttp who = everyone.get(result[0]);
			assertThat(result[1]).isEqualTo((who == owner) ? 200 : 404);
		}
	}

	@Test
	void aProofCodePresentedTwiceAtOnceIsAcceptedOnce() throws Exception {
		ResidentHttp owner = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		owner.get("/s/" + ScanAndProofTests.HOKUTO);
		ProofClaims claims = this.jdbc.sql("""
				select p.id, p.store_id, p.programme_id, p.basis, p.scanned_at, p.expires_at from proof p
				order by p.id desc limit 1
				""")
			.query((rs, n) -> new ProofClaims(rs.getLong(1), rs.getLong(2), "すすきのラーメン横丁 北斗", rs.getString(3),
					rs.getString(4), rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()))
			.single();
		String code = this.signer.sign(claims);
		List<ProofCodeCheck.Result> results = race(6, () -> this.verifier.redeem(code, null).result());
		assertThat(results).filteredOn((r) -> r == ProofCodeCheck.Result.VALID).hasSize(1);
		assertThat(results).filteredOn((r) -> r == ProofCodeCheck.Result.ALREADY_REDEEMED).hasSize(5);
		assertThat(this.verifier.check(code).result()).isEqualTo(ProofCodeCheck.Result.VALID);
	}

}
