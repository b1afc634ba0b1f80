package jp.sapporo.vaccinepass.resident.security;

import java.net.http.HttpResponse;
import java.util.List;

import jp.sapporo.vaccinepass.test.Visitor;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo residents' objects, read from the demo data or created through the app. */
class ResidentFixtures {

	/** A demo poster of an approved store (Hokuto Susukino). */
	static final String POSTER = "demo-hokuto-susukino-0000000000000000000001";

	private final JdbcClient jdbc;

	ResidentFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Long> documents(String resident, String kind) {
		return this.jdbc.sql("""
				select d.id from document d join resident_account a on a.id = d.resident_id
				where (a.email = :user or a.passport_number = :user) and d.kind = :kind order by d.id
				""").param("user", resident).param("kind", kind).query(Long.class).list();
	}

	/**
	 * A notice in the resident's inbox. Written directly: notices come from city staff's
	 * cluster investigations in the verifier console, another app.
	 */
	long newNotice(String resident) {
		return this.jdbc.sql("""
				insert into notification (resident_id, kind, subject, body)
				select id, 'CLUSTER', 'お知らせ', '確認のお願い' from resident_account where email = :user
				returning id
				""").param("user", resident).query(Long.class).single();
	}

	/**
	 * Scan a poster in the visitor's session, as its QR code does.
	 * @return the token of the one-time proof it issued
	 */
	static String scan(Visitor resident, String poster) {
		HttpResponse<String> response = resident.get("/s/" + poster);
		assertThat(response.statusCode()).as("a proof issued").isEqualTo(200);
		String location = response.headers().firstValue("Content-Location").orElseThrow();
		return location.substring(location.lastIndexOf("/p/") + 3);
	}

}
