package jp.sapporo.vaccinepass.verifier.security;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.Map;

import jp.sapporo.vaccinepass.test.InjectionPayload;
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
 * HTML/script and SQL metacharacters in the console's forms (booking and traveller,
 * cluster case and store search, agency, account, API key, store and record rejection,
 * programme change): free text is stored intact and shown escaped; a field with a format
 * refuses them with the form's error summary and nothing is saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InjectionTests {

	/** A registration number has at most 40 characters. */
	private static final String SHORT = "<b>' OR '1'='1\"; --</b>";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void bookingAndTravellerAreStoredIntactAndShownEscaped() {
		Visitor agent = Visitor.loggedIn(this.port, "agent@shinshu-travel.example.jp");
		Map<String, String> form = VerifierFixtures.checkForm(InjectionPayload.in("booking"));
		form.put("travellers[0].name", InjectionPayload.in("traveller"));
		long check = VerifierFixtures.newCheck(agent, form);

		String page = agent.get("/agent/checks/" + check).body();
		InjectionPayload.assertShownEscaped(page, InjectionPayload.in("booking"));
		InjectionPayload.assertShownEscaped(page, InjectionPayload.in("traveller"));
		assertThat(this.jdbc.sql("""
				select booking_reference = :booking and jsonb_path_exists(request, '$.** ? (@ == $v)',
				                                                          jsonb_build_object('v', :name))
				from eligibility_check where id = :id
				""")
			.param("booking", InjectionPayload.in("booking"))
			.param("name", InjectionPayload.in("traveller"))
			.param("id", check)
			.query(Boolean.class)
			.single()).as("booking and traveller stored intact").isTrue();
	}

	@Test
	void aClusterReasonIsStoredIntactAndShownEscapedAndACaseNumberRefusesThePayload() {
		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		LocalDateTime start = LocalDateTime.now().minusDays(90).withNano(0);
		Map<String, String> form = new java.util.LinkedHashMap<>(
				Map.of("caseNumber", "INJ-1", "reason", InjectionPayload.in("reason"), "storeId",
						String.valueOf(new VerifierFixtures(this.jdbc).id("select id from store order by id")),
						"windowStart", start.toString(), "windowEnd", start.plusHours(3).toString()));
		HttpResponse<String> opened = staff.post("/staff/clusters", Visitor.form(form));
		assertThat(opened.statusCode()).isEqualTo(302);
		String location = opened.headers().firstValue("Location").orElseThrow();
		InjectionPayload.assertShownEscaped(staff.get(location.substring(location.indexOf("/staff"))).body(),
				InjectionPayload.in("reason"));
		assertThat(this.jdbc.sql("select reason from cluster_case where case_number = 'INJ-1'")
			.query(String.class)
			.single()).isEqualTo(InjectionPayload.in("reason"));

		form.put("caseNumber", InjectionPayload.in("caseNumber"));
		long before = count("cluster_case");
		HttpResponse<String> refused = staff.post("/staff/clusters", Visitor.form(form));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"error-summary\"");
		InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("reason"));
		assertThat(count("cluster_case")).isEqualTo(before);
	}

	@Test
	void agencyAccountAndKeyTextIsStoredIntactAndShownEscaped() {
		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		assertThat(staff
			.post("/staff/accounts/agencies",
					Visitor.form(Map.of("name", InjectionPayload.in("agency"), "registrationNumber", SHORT,
							"contactEmail", "")))
			.statusCode()).isEqualTo(302);
		long agency = this.jdbc.sql("select id from travel_agency where registration_number = :n")
			.param("n", SHORT)
			.query(Long.class)
			.single();
		assertThat(staff.post("/staff/accounts/users",
				Visitor.form(Map.of("username", InjectionPayload.in("user"), "displayName",
						InjectionPayload.in("displayName"), "role", "TRAVEL_AGENT", "agencyId", String.valueOf(agency),
						"password", "correct-horse-battery-9")))
			.statusCode()).isEqualTo(302);
		assertThat(
				staff
					.post("/staff/accounts/keys",
							Visitor.form(
									Map.of("agencyId", String.valueOf(agency), "label", InjectionPayload.in("label"))))
					.statusCode())
			.isEqualTo(200);

		String page = staff.get("/staff/accounts").body();
		for (String field : new String[] { "agency", "displayName", "label" }) {
			InjectionPayload.assertShownEscaped(page, InjectionPayload.in(field));
		}
		assertThat(page).contains(InjectionPayload.escaped(SHORT)).doesNotContain(SHORT);
		assertThat(this.jdbc.sql("""
				select a.name || '|' || s.username || '|' || s.display_name || '|' || k.label
				from travel_agency a join staff_account s on s.agency_id = a.id join api_key k on k.agency_id = a.id
				where a.id = :id
				""").param("id", agency).query(String.class).single())
			.isEqualTo(String.join("|", InjectionPayload.in("agency"), InjectionPayload.in("user"),
					InjectionPayload.in("displayName"), InjectionPayload.in("label")));

		long before = count("staff_account");
		HttpResponse<String> refused = staff.post("/staff/accounts/users",
				Visitor
					.form(Map.of("username", "someone@example.jp", "displayName", "名前", "role", InjectionPayload.TEXT,
							"agencyId", String.valueOf(agency), "password", "correct-horse-battery-9")));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("error-summary");
		InjectionPayload.assertNotRaw(refused.body());
		assertThat(count("staff_account")).isEqualTo(before);
	}

	@Test
	void aStoreRejectionReasonIsStoredIntactAndShownEscapedInTheAuditLog() {
		// a store of its own under review, so that the demo's queue stays as it is
		long store = this.jdbc.sql("""
				insert into store (merchant_id, status) select id, 'SUBMITTED' from merchant_account order by id limit 1
				returning id
				""").query(Long.class).single();
		long revision = this.jdbc.sql("""
				insert into store_revision (store_id, revision_no, name_ja, municipality_code, address, category_code,
				    perk_ja, contact_phone, contact_email, terms_agreed_at, status, submitted_at)
				values (:store, 1, '審査 試験', '011002', '札幌市中央区', 'RESTAURANT', '特典', '011-000-0000',
				    'review@example.jp', now(), 'SUBMITTED', now())
				returning id
				""").param("store", store).query(Long.class).single();
		this.jdbc.sql("update store set current_revision_id = :revision where id = :store")
			.param("revision", revision)
			.param("store", store)
			.update();

		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		assertThat(staff
			.post("/staff/reviews/stores/" + revision + "/reject",
					Visitor.form(Map.of("reason", InjectionPayload.in("storeReason"))))
			.statusCode()).isEqualTo(302);

		assertThat(this.jdbc.sql("select decision_reason from store_revision where id = :id")
			.param("id", revision)
			.query(String.class)
			.single()).isEqualTo(InjectionPayload.in("storeReason"));
		InjectionPayload.assertShownEscaped(
				Visitor.loggedIn(this.port, "lead@city.sapporo.example.jp").get("/staff/audit").body(),
				InjectionPayload.in("storeReason"));
	}

	@Test
	void aRecordRejectionReasonIsStoredIntactAndShownEscaped() {
		// a resident and record of its own under review, so that the demo's queue stays
		long resident = this.jdbc.sql("""
				insert into resident_account (identity_kind, email, password_hash, full_name, birth_date,
				    municipality_code, terms_accepted_at, privacy_accepted_at)
				values ('EMAIL', 'record-reason-injection@example.jp', 'x', '審査 試験', date '1980-01-01', '011002',
				    now(), now())
				returning id
				""").query(Long.class).single();
		long record = this.jdbc
			.sql("""
					insert into vaccination_record (resident_id, certificate_kind) values (:resident, 'MUNICIPAL_CERTIFICATE')
					returning id
					""")
			.param("resident", resident)
			.query(Long.class)
			.single();

		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		assertThat(staff
			.post("/staff/reviews/records/" + record + "/reject",
					Visitor.form(Map.of("version", "0", "reason", InjectionPayload.in("recordReason"))))
			.statusCode()).isEqualTo(302);

		assertThat(this.jdbc.sql("select status || '|' || rejection_reason from vaccination_record where id = :id")
			.param("id", record)
			.query(String.class)
			.single()).isEqualTo("REJECTED|" + InjectionPayload.in("recordReason"));
		InjectionPayload.assertShownEscaped(
				Visitor.loggedIn(this.port, "lead@city.sapporo.example.jp").get("/staff/audit").body(),
				InjectionPayload.in("recordReason"));
	}

	@Test
	void aProgrammeChangeReasonIsStoredIntactAndShownEscapedInTheHistory() {
		// the Tochigi programme's settings as they are, posted again with a reason
		Map<String, Object> setting = this.jdbc
			.sql("""
					select version, coalesce(local_period_start::text, '') as start, coalesce(local_period_end::text, '') as "end",
					       alert_level, priority_measures, suspended
					from programme_setting where programme_id = 'tochigi-vtp-restaurant'
					""")
			.query()
			.singleRow();
		Map<String, String> form = new java.util.HashMap<>(Map.of("version", setting.get("version").toString(),
				"localPeriodStart", setting.get("start").toString(), "localPeriodEnd", setting.get("end").toString(),
				"alertLevel", setting.get("alert_level").toString(), "reason", InjectionPayload.in("programmeReason")));
		if ((Boolean) setting.get("priority_measures")) {
			form.put("priorityMeasures", "true");
		}
		if ((Boolean) setting.get("suspended")) {
			form.put("suspended", "true");
		}
		Visitor lead = Visitor.loggedIn(this.port, "lead@city.sapporo.example.jp");
		assertThat(lead.post("/staff/programmes/tochigi-vtp-restaurant", Visitor.form(form)).statusCode())
			.isEqualTo(302);

		assertThat(this.jdbc.sql("""
				select reason from programme_setting_event where programme_id = 'tochigi-vtp-restaurant'
				order by id desc limit 1
				""").query(String.class).single()).isEqualTo(InjectionPayload.in("programmeReason"));
		InjectionPayload.assertShownEscaped(lead.get("/staff/programmes/tochigi-vtp-restaurant").body(),
				InjectionPayload.in("programmeReason"));
	}

	@Test
	void theClusterStoreSearchShowsThePayloadEscapedAndFindsNothingWithIt() {
		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		HttpResponse<String> page = staff
			.get("/staff/clusters?storeQuery=" + Visitor.encode(InjectionPayload.in("storeQuery")));
		assertThat(page.statusCode()).isEqualTo(200);
		InjectionPayload.assertShownEscaped(page.body(), InjectionPayload.in("storeQuery"));
		assertThat(page.body()).doesNotContain("id=\"storeId-");
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
