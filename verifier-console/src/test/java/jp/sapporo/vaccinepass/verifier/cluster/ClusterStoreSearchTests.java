package jp.sapporo.vaccinepass.verifier.cluster;

import java.net.http.HttpResponse;
import java.util.Map;

import jp.sapporo.vaccinepass.test.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff find the store of a cluster case by searching: the area has tens of thousands of
 * stores, so the page never lists them all, and only a published store can be chosen.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ClusterStoreSearchTests {

	@Value("${local.server.port}")
	int port;

	@Autowired
	JdbcClient jdbc;

	private long unpublishedStore() {
		return this.jdbc.sql("select id from store where published_revision_id is null order by id limit 1")
			.query(Long.class)
			.single();
	}

	@Test
	void theFirstPageListsNoStoreAndASearchByNameOrNumberFindsThePublishedOnes() {
		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		long hokuto = this.jdbc
			.sql("select store_id from poster where token = 'demo-hokuto-susukino-0000000000000000000001'")
			.query(Long.class)
			.single();

		assertThat(staff.get("/staff/clusters").body()).doesNotContain("name=\"storeId\"")
			.contains("id=\"store-search-first\"");
		assertThat(staff.get("/staff/clusters?storeQuery=" + Visitor.encode("ラーメン横丁")).body())
			.contains("id=\"storeId-" + hokuto + "\"");
		assertThat(staff.get("/staff/clusters?storeQuery=hokuto").body()).contains("id=\"storeId-" + hokuto + "\"");
		assertThat(staff.get("/staff/clusters?storeQuery=" + hokuto).body()).contains("id=\"storeId-" + hokuto + "\"");
		// a store never approved is not published, so it is not found even by its number
		long unpublished = unpublishedStore();
		assertThat(staff.get("/staff/clusters?storeQuery=" + unpublished).body())
			.doesNotContain("id=\"storeId-" + unpublished + "\"")
			.contains("該当する公開中の店舗はありません");
	}

	@Test
	void wildcardsAreSearchedForLiterallyNotAsPatterns() {
		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");

		for (String wildcard : new String[] { "%", "_", "\\" }) {
			assertThat(staff.get("/staff/clusters?storeQuery=" + Visitor.encode(wildcard)).body())
				.doesNotContain("name=\"storeId\"")
				.contains("該当する公開中の店舗はありません");
		}
	}

	@Test
	void aStoreThatIsNotPublishedCannotBeChosenAndNoCaseIsOpened() {
		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");

		HttpResponse<String> refused = staff.post("/staff/clusters",
				Visitor.form(Map.of("caseNumber", "SAP-2026-900", "reason", "確認", "storeId",
						String.valueOf(unpublishedStore()), "windowStart", "2026-11-01T10:00", "windowEnd",
						"2026-11-01T13:00")));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("公開中の店舗から選んでください");
		assertThat(this.jdbc.sql("select count(*) from cluster_case where case_number = 'SAP-2026-900'")
			.query(Long.class)
			.single()).isZero();
	}

}
