package jp.sapporo.vaccinepass.verifier.security;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.sapporo.vaccinepass.test.Visitor;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Objects of the verifier console, read from the demo data or created through it. */
class VerifierFixtures {

	private final JdbcClient jdbc;

	VerifierFixtures(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long id(String sql) {
		return this.jdbc.sql(sql).query(Long.class).list().get(0);
	}

	long account(String username) {
		return this.jdbc.sql("select id from staff_account where username = :u")
			.param("u", username)
			.query(Long.class)
			.single();
	}

	List<Long> checksOf(String agent) {
		return this.jdbc.sql("""
				select c.id from eligibility_check c join staff_account s on s.agency_id = c.agency_id
				where s.username = :u order by c.id
				""").param("u", agent).query(Long.class).list();
	}

	/** A valid booking check form; tests replace single fields. */
	static Map<String, String> checkForm(String booking) {
		LocalDate start = LocalDate.now().plusDays(5);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("action", "save");
		form.put("programme", "shinshu-wari-special-v2");
		form.put("bookingReference", booking);
		form.put("tripStart", start.toString());
		form.put("alertLevel", "0");
		form.put("travellers[0].name", "山田 太郎");
		form.put("travellers[0].birthDate", "1980-01-01");
		form.put("travellers[0].household", "1");
		form.put("travellers[0].role", "TRAVELLER");
		form.put("travellers[0].dose1", start.minusDays(80).toString());
		form.put("travellers[0].dose2", start.minusDays(50).toString());
		return form;
	}

	/** A check saved through the agent's form. */
	static long newCheck(Visitor agent, Map<String, String> form) {
		return idFrom(agent.post("/agent/checks/new", Visitor.form(form)), "/agent/checks/");
	}

	/**
	 * A cluster case opened through the staff form, on a window without scans so that
	 * notifying it tells no one.
	 */
	long newCase(Visitor staff, String caseNumber) {
		LocalDateTime start = LocalDateTime.now().minusDays(60).withNano(0);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("caseNumber", caseNumber);
		form.put("reason", "確認");
		form.put("storeId", String.valueOf(id("select id from store where status = 'APPROVED' order by id")));
		form.put("windowStart", start.toString());
		form.put("windowEnd", start.plusHours(3).toString());
		return idFrom(staff.post("/staff/clusters", Visitor.form(form)), "/staff/clusters/");
	}

	/** An API key issued through the staff form. */
	long newKey(Visitor staff, String label) {
		HttpResponse<String> response = staff.post("/staff/accounts/keys", Visitor
			.form(Map.of("agencyId", String.valueOf(id("select id from travel_agency order by id")), "label", label)));
		assertThat(response.statusCode()).as("key issued").isEqualTo(200);
		assertThat(response.body()).as("key shown").contains("id=\"issued-key-value\"");
		return this.jdbc.sql("select id from api_key where label = :label")
			.param("label", label)
			.query(Long.class)
			.single();
	}

	private static long idFrom(HttpResponse<String> response, String prefix) {
		assertThat(response.statusCode()).as("saved").isEqualTo(302);
		String location = response.headers().firstValue("Location").orElseThrow();
		String rest = location.substring(location.indexOf(prefix) + prefix.length());
		return Long.parseLong(rest.replaceAll("[^0-9].*$", ""));
	}

}
