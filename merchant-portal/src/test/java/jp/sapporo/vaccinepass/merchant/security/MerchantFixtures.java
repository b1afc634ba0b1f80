package jp.sapporo.vaccinepass.merchant.security;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.sapporo.vaccinepass.test.Visitor;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo merchants' objects, read from the demo data or created through the portal. */
class MerchantFixtures {

	private final JdbcClient jdbc;

	private final int port;

	MerchantFixtures(JdbcClient jdbc, int port) {
		this.jdbc = jdbc;
		this.port = port;
	}

	long approvedStore(String merchant) {
		return stores(merchant).stream()
			.filter((id) -> this.jdbc.sql("select count(*) from poster where store_id = :id and status = 'ACTIVE'")
				.param("id", id)
				.query(Long.class)
				.single() > 0)
			.findFirst()
			.orElseThrow();
	}

	long activePoster(long store) {
		return this.jdbc.sql("select id from poster where store_id = :id and status = 'ACTIVE'")
			.param("id", store)
			.query(Long.class)
			.single();
	}

	List<Long> stores(String merchant) {
		return this.jdbc.sql("""
				select s.id from store s join merchant_account m on m.id = s.merchant_id
				where m.email = :email order by s.id
				""").param("email", merchant).query(Long.class).list();
	}

	List<Long> posters(String merchant) {
		return this.jdbc
			.sql("""
					select p.id from poster p join store s on s.id = p.store_id join merchant_account m on m.id = s.merchant_id
					where m.email = :email order by p.id
					""")
			.param("email", merchant)
			.query(Long.class)
			.list();
	}

	/** A new draft store, registered through the store form. */
	long newDraftStore(String merchant) {
		return newDraftStore(Visitor.loggedIn(this.port, merchant), storeForm());
	}

	long newDraftStore(Visitor merchant, Map<String, String> form) {
		HttpResponse<String> response = merchant.post("/stores", Visitor.form(form));
		assertThat(response.statusCode()).as("store saved").isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	/** A valid store form; tests replace single fields. */
	static Map<String, String> storeForm() {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nameJa", "試験 そば");
		form.put("nameEn", "Test Soba");
		form.put("municipalityCode", "011002");
		form.put("address", "札幌市中央区北1条西2丁目");
		form.put("categoryCode", "RESTAURANT");
		form.put("perkJa", "大盛り無料");
		form.put("perkEn", "Free large serving");
		form.put("perkZh", "免费加大");
		form.put("perkConditions", "ワクチン・パスの提示で");
		form.put("contactPhone", "011-000-0000");
		form.put("contactEmail", "test-store@example.jp");
		form.put("terms", "true");
		return form;
	}

}
