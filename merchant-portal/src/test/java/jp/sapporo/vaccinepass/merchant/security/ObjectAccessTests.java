package jp.sapporo.vaccinepass.merchant.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jp.sapporo.vaccinepass.test.DatabaseFingerprint;
import jp.sapporo.vaccinepass.test.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level access: merchant1 asks for every store and poster of merchant2 (from the
 * demo data and one it registers now) by id and gets 404 for each, reading or writing,
 * and nothing changes; merchant2 itself gets them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ObjectAccessTests {

	private static final String OWNER = "merchant2@example.jp";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMerchantGetsNotFoundForEveryStoreAndPosterOfAnotherMerchant() {
		MerchantFixtures fixtures = new MerchantFixtures(this.jdbc, this.port);
		Visitor owner = Visitor.loggedIn(this.port, OWNER);
		fixtures.newDraftStore(owner, MerchantFixtures.storeForm());
		List<String> reads = new ArrayList<>();
		for (long store : fixtures.stores(OWNER)) {
			for (String page : List.of("", "/edit", "/poster.pdf", "/qr.png", "/qr.svg")) {
				reads.add("/stores/" + store + page);
			}
		}
		fixtures.posters(OWNER).forEach((poster) -> reads.add("/posters/" + poster + ".pdf"));
		List<String> writes = new ArrayList<>();
		for (long store : fixtures.stores(OWNER)) {
			for (String action : List.of("", "/submit", "/withdraw")) {
				writes.add("/stores/" + store + action);
			}
		}

		Visitor other = Visitor.loggedIn(this.port, "merchant1@example.jp");
		Map<String, String> before = DatabaseFingerprint.of(this.jdbc);
		long refused = reads.stream().filter((path) -> other.get(path).statusCode() == 404).count() + writes.stream()
			.filter((path) -> other.post(path, Visitor.form(MerchantFixtures.storeForm())).statusCode() == 404)
			.count();

		assertThat(fixtures.posters(OWNER)).isNotEmpty();
		assertThat(refused).as("404 for all %d requests", reads.size() + writes.size())
			.isEqualTo(reads.size() + writes.size());
		assertThat(DatabaseFingerprint.changes(before, DatabaseFingerprint.of(this.jdbc))).isEmpty();
		// the same ids do exist: their owner reads every store
		assertThat(fixtures.stores(OWNER)).allSatisfy(
				(store) -> assertThat(owner.get("/stores/" + store).statusCode()).as("store %d", store).isEqualTo(200));
	}

}
