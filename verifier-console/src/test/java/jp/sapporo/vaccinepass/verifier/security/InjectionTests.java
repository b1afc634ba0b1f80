package jp.sapporo.vaccinepass.verifier.security;

import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * HTML/script and SQL metacharacters in the console's forms (login, booking and traveller
 * with their test notice, check search, proof code, cluster case and store search,
 * agency, account, API key, store and record rejection, programme change, audit filter)
 * and in what residents and merchants typed in the other apps that staff review here:
 * free text is stored intact and shown escaped; a field with a format refuses them with
 * the form's error summary and nothing is saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InjectionTests {

	/** A registration number has at most 40 characters. */
	private static final String SHORT = "<b>' OR '1'='1\"; --</b>";

	/** A dose lot has at most 40 characters. */
	private static final String LOT = "<script>alert(1)</script>' OR 1=1\"; --";

	/** A household has at most 20 characters. */
	private static final String HOUSEHOLD = "<b>'OR'1'='1\";--</b>";

	/** A traveller's test notice: the free-text fields. */
	private static final List<String> TEST_TEXT = List.of("testSite", "testSupervisor", "testKit");

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
	void aStoreRejectionReasonIsStoredIntactAndShownEscapedAndTheMerchantsTextToo() {
		// a store of its own under review, so that the demo's queue stays as it is
		long store = this.jdbc.sql("""
				insert into store (merchant_id, status) select id, 'SUBMITTED' from merchant_account order by id limit 1
				returning id
				""").query(Long.class).single();
		long revision = this.jdbc.sql("""
				insert into store_revision (store_id, revision_no, name_ja, municipality_code, address, category_code,
				    perk_ja, contact_phone, contact_email, terms_agreed_at, status, submitted_at)
				values (:store, 1, :name, '011002', :address, 'RESTAURANT', :perk, '011-000-0000',
				    'review@example.jp', now(), 'SUBMITTED', now())
				returning id
				""")
			.param("store", store)
			.param("name", InjectionPayload.in("nameJa"))
			.param("address", InjectionPayload.in("address"))
			.param("perk", InjectionPayload.in("perkJa"))
			.query(Long.class)
			.single();
		this.jdbc.sql("update store set current_revision_id = :revision where id = :store")
			.param("revision", revision)
			.param("store", store)
			.update();

		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		// what the merchant typed in the merchant portal (written here as that app stores
		// it; its InjectionTests type it through its forms), on the review pages
		String review = staff.get("/staff/reviews/stores/" + revision).body();
		for (String field : List.of("nameJa", "address", "perkJa")) {
			InjectionPayload.assertShownEscaped(review, InjectionPayload.in(field));
		}
		InjectionPayload.assertShownEscaped(staff.get("/staff/reviews/stores").body(), InjectionPayload.in("nameJa"));
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

	/**
	 * The resident's name, reading and dose lot are typed in the resident app, another
	 * app: they are written here as that app stores them (its {@code InjectionTests} type
	 * them through its forms), and staff's review pages must show them escaped. The
	 * rejection reason is typed here, through the review form.
	 */
	@Test
	void aRecordRejectionReasonIsStoredIntactAndShownEscapedAndTheResidentsTextToo() {
		// a resident and record of its own under review, so that the demo's queue stays
		long resident = this.jdbc.sql("""
				insert into resident_account (identity_kind, email, password_hash, full_name, name_kana, birth_date,
				    municipality_code, terms_accepted_at, privacy_accepted_at)
				values ('EMAIL', 'record-reason-injection@example.jp', 'x', :name, :kana, date '1980-01-01', '011002',
				    now(), now())
				returning id
				""")
			.param("name", InjectionPayload.in("fullName"))
			.param("kana", InjectionPayload.in("nameKana"))
			.query(Long.class)
			.single();
		long record = this.jdbc
			.sql("""
					insert into vaccination_record (resident_id, certificate_kind) values (:resident, 'MUNICIPAL_CERTIFICATE')
					returning id
					""")
			.param("resident", resident)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into vaccination_dose (record_id, dose_number, dose_date, product, lot)
				values (:record, 1, date '2021-06-01', 'COMIRNATY', :lot)
				""").param("record", record).param("lot", LOT).update();

		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		String review = staff.get("/staff/reviews/records/" + record).body();
		InjectionPayload.assertShownEscaped(review, InjectionPayload.in("fullName"));
		InjectionPayload.assertShownEscaped(review, InjectionPayload.in("nameKana"));
		InjectionPayload.assertShownEscaped(review, LOT);
		InjectionPayload.assertShownEscaped(staff.get("/staff/reviews/records").body(),
				InjectionPayload.in("fullName"));

		assertThat(staff
			.post("/staff/reviews/records/" + record + "/reject",
					Visitor.form(Map.of("version", "0", "reason", InjectionPayload.in("recordReason"))))
			.statusCode()).isEqualTo(302);

		assertThat(this.jdbc.sql("select status || '|' || rejection_reason from vaccination_record where id = :id")
			.param("id", record)
			.query(String.class)
			.single()).isEqualTo("REJECTED|" + InjectionPayload.in("recordReason"));
		assertThat(this.jdbc.sql("select reason from vaccination_record_event where record_id = :id")
			.param("id", record)
			.query(String.class)
			.single()).isEqualTo(InjectionPayload.in("recordReason"));
		// the resident reads it in the resident app: its InjectionTests check that page
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
		// LIKE wildcards are plain characters: no store name has one
		for (String wildcard : List.of("%", "_")) {
			assertThat(staff.get("/staff/clusters?storeQuery=" + Visitor.encode(wildcard)).body()).as(wildcard)
				.doesNotContain("id=\"storeId-");
		}
		assertThat(staff.get("/staff/clusters?storeQuery=" + Visitor.encode("北")).body()).as("a real match")
			.contains("id=\"storeId-");
	}

	@Test
	void theTravellersOtherTextIsStoredIntactAndShownEscapedAndAnOverLongHouseholdIsRefused() {
		Visitor agent = Visitor.loggedIn(this.port, "agent@shinshu-travel.example.jp");
		Map<String, String> form = VerifierFixtures.checkForm("INJ-TEST-1");
		form.put("travellers[0].household", HOUSEHOLD);
		for (String field : TEST_TEXT) {
			form.put("travellers[0]." + field, InjectionPayload.in(field));
		}
		long check = VerifierFixtures.newCheck(agent, form);

		// as typed in the form copy of the stored request, and in the contract's request
		for (String field : TEST_TEXT) {
			assertThat(this.jdbc.sql("select request #>> cast(:path as text[]) from eligibility_check where id = :id")
				.param("path", "{form,travellers,0," + field + "}")
				.param("id", check)
				.query(String.class)
				.single()).as(field).isEqualTo(InjectionPayload.in(field));
		}
		assertThat(this.jdbc
			.sql("""
					select request #>> '{people,0,household}' || '|' || (request #>> '{people,0,tests,0,site}') || '|'
					    || (request #>> '{people,0,tests,0,supervisor}') || '|' || (request #>> '{people,0,tests,0,kitName}')
					from eligibility_check where id = :id
					""")
			.param("id", check)
			.query(String.class)
			.single())
			.isEqualTo(String.join("|", HOUSEHOLD, InjectionPayload.in("testSite"),
					InjectionPayload.in("testSupervisor"), InjectionPayload.in("testKit")));
		String amend = agent.get("/agent/checks/" + check + "/amend").body();
		assertThat(amend).contains(InjectionPayload.escaped(HOUSEHOLD)).doesNotContain(HOUSEHOLD);
		for (String field : TEST_TEXT) {
			InjectionPayload.assertShownEscaped(amend, InjectionPayload.in(field));
		}

		form.put("travellers[0].household", InjectionPayload.in("household"));
		long before = count("eligibility_check");
		HttpResponse<String> refused = agent.post("/agent/checks/new", Visitor.form(form));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"error-summary\"");
		InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("household"));
		assertThat(count("eligibility_check")).isEqualTo(before);
	}

	@Test
	void checkFieldsWithAFormatRefuseThePayloadAndSaveNothing() {
		Visitor agent = Visitor.loggedIn(this.port, "agent@shinshu-travel.example.jp");
		for (String field : List.of("programme", "tripStart", "tripEnd", "alertLevel", "tableSize", "overnight",
				"travellers[0].birthDate", "travellers[0].guardian", "travellers[0].role",
				"travellers[0].certificateKind", "travellers[0].dose1", "travellers[0].testMethod",
				"travellers[0].testSpecimenDate", "travellers[0].testResult", "travellers[0].testExpiry",
				"travellers[0].testPresentedAs", "travellers[0].testStatesName")) {
			Map<String, String> form = VerifierFixtures.checkForm(InjectionPayload.in("booking"));
			form.put(field, InjectionPayload.in(field));
			long before = count("eligibility_check");
			HttpResponse<String> refused = agent.post("/agent/checks/new", Visitor.form(form));
			assertThat(refused.statusCode()).as(field).isEqualTo(200);
			assertThat(refused.body()).as(field).contains("id=\"error-summary\"");
			InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("booking"));
			assertThat(count("eligibility_check")).as(field).isEqualTo(before);
		}
	}

	@Test
	void clusterProgrammeAndAccountFieldsWithAFormatRefuseThePayloadAndChangeNothing() {
		Visitor lead = Visitor.loggedIn(this.port, "lead@city.sapporo.example.jp");
		LocalDateTime start = LocalDateTime.now().minusDays(90).withNano(0);
		for (String field : List.of("windowStart", "windowEnd", "storeId")) {
			Map<String, String> form = new java.util.LinkedHashMap<>(
					Map.of("caseNumber", "INJ-FMT-1", "reason", InjectionPayload.in("reason"), "storeId",
							String.valueOf(new VerifierFixtures(this.jdbc).id("select id from store order by id")),
							"windowStart", start.toString(), "windowEnd", start.plusHours(3).toString()));
			form.put(field, InjectionPayload.in(field));
			long before = count("cluster_case");
			HttpResponse<String> refused = lead.post("/staff/clusters", Visitor.form(form));
			assertThat(refused.statusCode()).as(field).isEqualTo(200);
			assertThat(refused.body()).as(field).contains("id=\"error-summary\"");
			InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("reason"));
			assertThat(count("cluster_case")).as(field).isEqualTo(before);
		}

		for (String field : List.of("version", "localPeriodStart", "localPeriodEnd", "alertLevel")) {
			Map<String, String> form = new java.util.LinkedHashMap<>(Map.of("version",
					String.valueOf(this.jdbc
						.sql("select version from programme_setting where programme_id = 'fukuoka-vtp-3dose'")
						.query(Long.class)
						.single()),
					"localPeriodStart", "", "localPeriodEnd", "", "alertLevel", "0", "reason",
					InjectionPayload.in("programmeReason")));
			form.put(field, InjectionPayload.in(field));
			long before = count("programme_setting_event");
			HttpResponse<String> refused = lead.post("/staff/programmes/fukuoka-vtp-3dose", Visitor.form(form));
			assertThat(refused.statusCode()).as(field).isEqualTo(200);
			assertThat(refused.body()).as(field).contains("id=\"error-summary\"");
			InjectionPayload.assertNotRaw(refused.body());
			assertThat(count("programme_setting_event")).as(field).isEqualTo(before);
		}

		long users = count("staff_account");
		HttpResponse<String> refused = lead.post("/staff/accounts/users",
				Visitor.form(Map.of("username", "format-injection@example.jp", "displayName",
						InjectionPayload.in("displayName"), "role", "TRAVEL_AGENT", "agencyId",
						InjectionPayload.in("agencyId"), "password", "correct-horse-battery-9")));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("error-summary");
		InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("displayName"));
		assertThat(count("staff_account")).isEqualTo(users);
	}

	@Test
	void theCheckSearchMatchesThePayloadLiterallyAndShowsItEscaped() {
		Visitor agent = Visitor.loggedIn(this.port, "agent@shinshu-travel.example.jp");
		long check = VerifierFixtures.newCheck(agent, VerifierFixtures.checkForm(InjectionPayload.in("search")));
		long plain = VerifierFixtures.newCheck(agent, VerifierFixtures.checkForm("SEARCH-LIKE-1"));

		HttpResponse<String> found = agent.get("/agent/checks?q=" + Visitor.encode(InjectionPayload.in("search")));
		assertThat(found.statusCode()).isEqualTo(200);
		InjectionPayload.assertShownEscaped(found.body(), InjectionPayload.in("search"));
		assertThat(rows(found.body(), "/agent/checks/")).as("only the one check").containsExactly(check);
		assertThat(rows(agent.get("/agent/checks?q=SEARCH-LIKE-1").body(), "/agent/checks/")).containsExactly(plain);

		// a tautology matches nothing (the payload's own does: it is in other bookings);
		// LIKE wildcards are plain characters
		for (String query : List.of(InjectionPayload.in("q"), "x' OR 'x'='x", "SEARCH_LIKE_1", "SEARCH%1")) {
			HttpResponse<String> page = agent.get("/agent/checks?q=" + Visitor.encode(query));
			assertThat(page.statusCode()).as(query).isEqualTo(200);
			assertThat(page.body()).as(query).contains("id=\"no-checks\"");
			assertThat(page.body()).as(query).contains("value=\"" + InjectionPayload.escaped(query) + "\"");
			InjectionPayload.assertNotRaw(page.body());
		}

		// the date filters and the page number have a format: the friendly error page
		for (String parameter : List.of("from", "to", "page")) {
			HttpResponse<String> page = agent
				.get("/agent/checks?" + parameter + "=" + Visitor.encode(InjectionPayload.in(parameter)));
			assertThat(page.statusCode()).as(parameter).isEqualTo(400);
			assertThat(page.body()).as(parameter).contains("<main").doesNotContain("Exception").doesNotContain("\tat ");
			InjectionPayload.assertNotRaw(page.body());
		}
	}

	@Test
	void theAuditCaseFilterMatchesThePayloadLiterallyAndShowsItEscaped() {
		Visitor lead = Visitor.loggedIn(this.port, "lead@city.sapporo.example.jp");
		assertThat(count("audit_log")).as("something to find").isPositive();
		HttpResponse<String> page = lead.get("/staff/audit?caseNumber=" + Visitor.encode(InjectionPayload.in("case")));
		assertThat(page.statusCode()).isEqualTo(200);
		InjectionPayload.assertShownEscaped(page.body(), InjectionPayload.in("case"));
		String body = page.body();
		assertThat(body.substring(body.indexOf("<tbody>"), body.indexOf("</tbody>"))).as("no entry")
			.doesNotContain("<tr");
	}

	@Test
	void aPastedProofCodeOfMetacharactersIsRefusedAndNothingIsRedeemed() {
		Visitor agent = Visitor.loggedIn(this.port, "agent@shinshu-travel.example.jp");
		long redemptions = count("proof_code_redemption");
		HttpResponse<String> page = agent.post("/proof", Visitor.form(Map.of("code", InjectionPayload.in("code"))));
		assertThat(page.statusCode()).isEqualTo(200);
		InjectionPayload.assertNotRaw(page.body());

		Map<String, String> form = VerifierFixtures.checkForm("INJ-PROOF-1");
		form.put("action", "proof-0");
		form.put("travellers[0].proofCode", InjectionPayload.in("proofCode"));
		long checks = count("eligibility_check");
		HttpResponse<String> refused = agent.post("/agent/checks/new", Visitor.form(form));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"proof-error-1\"");
		InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("proofCode"));
		assertThat(count("proof_code_redemption")).isEqualTo(redemptions);
		assertThat(count("eligibility_check")).isEqualTo(checks);
	}

	@Test
	void anAgencyContactAddressRefusesThePayloadAndANewAccountsPasswordKeepsIt() {
		Visitor staff = Visitor.loggedIn(this.port, "staff@city.sapporo.example.jp");
		long agencies = count("travel_agency");
		HttpResponse<String> refused = staff.post("/staff/accounts/agencies",
				Visitor.form(Map.of("name", InjectionPayload.in("agencyName"), "registrationNumber", "INJ-EMAIL-1",
						"contactEmail", InjectionPayload.in("contactEmail"))));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("error-summary");
		InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("agencyName"));
		assertThat(count("travel_agency")).isEqualTo(agencies);

		String username = "password-injection@example.jp";
		assertThat(staff.post("/staff/accounts/users",
				Visitor.form(Map.of("username", username, "displayName", "記号 試験", "role", "TRAVEL_AGENT", "agencyId",
						String.valueOf(new VerifierFixtures(this.jdbc).id("select id from travel_agency order by id")),
						"password", InjectionPayload.TEXT)))
			.statusCode()).isEqualTo(302);
		HttpResponse<String> login = Visitor.anonymous(this.port)
			.post("/login", Visitor.form(Map.of("username", username, "password", InjectionPayload.TEXT)));
		assertThat(login.headers().firstValue("Location").orElseThrow()).as("logs in with it").doesNotContain("error");
	}

	/** The ids of the rows linked from a list page. */
	private static List<Long> rows(String html, String prefix) {
		List<Long> ids = new ArrayList<>();
		Matcher matcher = Pattern.compile("href=\"" + Pattern.quote(prefix) + "(\\d+)\"").matcher(html);
		while (matcher.find()) {
			ids.add(Long.parseLong(matcher.group(1)));
		}
		return ids;
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
