package jp.sapporo.vaccinepass.merchant.security;

import java.net.http.HttpResponse;
import java.util.List;
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
 * HTML/script and SQL metacharacters in every field of the portal's forms (store,
 * sign-up, profile, password reset, directory search): free text is stored intact and
 * shown escaped; a field with a format refuses them with the form's error summary and
 * nothing is saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InjectionTests {

	/** The store form's free-text fields and their columns. */
	private static final Map<String, String> STORE_TEXT = Map.of("nameJa", "name_ja", "nameEn", "name_en", "address",
			"address", "perkJa", "perk_ja", "perkEn", "perk_en", "perkZh", "perk_zh", "perkConditions",
			"perk_conditions");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void storeTextFieldsAreStoredIntactAndShownEscaped() {
		Map<String, String> form = MerchantFixtures.storeForm();
		STORE_TEXT.keySet().forEach((field) -> form.put(field, InjectionPayload.in(field)));
		Visitor merchant = Visitor.loggedIn(this.port, "merchant1@example.jp");
		long store = new MerchantFixtures(this.jdbc, this.port).newDraftStore(merchant, form);

		String page = merchant.get("/stores/" + store).body();
		String edit = merchant.get("/stores/" + store + "/edit").body();
		STORE_TEXT.forEach((field, column) -> {
			assertThat(this.jdbc.sql("select " + column + " from store_revision where store_id = :id")
				.param("id", store)
				.query(String.class)
				.single()).as(column).isEqualTo(InjectionPayload.in(field));
			InjectionPayload.assertShownEscaped(page, InjectionPayload.in(field));
			InjectionPayload.assertShownEscaped(edit, InjectionPayload.in(field));
		});
	}

	@Test
	void storeFieldsWithAFormatRefuseThePayloadAndSaveNothing() {
		Visitor merchant = Visitor.loggedIn(this.port, "merchant1@example.jp");
		for (String field : List.of("contactPhone", "contactEmail", "municipalityCode", "categoryCode")) {
			Map<String, String> form = MerchantFixtures.storeForm();
			form.put(field, InjectionPayload.in(field));
			long before = count("store");
			HttpResponse<String> response = merchant.post("/stores", Visitor.form(form));
			assertThat(response.statusCode()).as(field).isEqualTo(200);
			assertThat(response.body()).as(field).contains("id=\"error-summary\"");
			InjectionPayload.assertNotRaw(response.body());
			assertThat(count("store")).as(field).isEqualTo(before);
		}
	}

	@Test
	void signUpKeepsTextIntactAndRefusesThePayloadAsAnEmailAddressOrPhone() {
		Visitor visitor = Visitor.anonymous(this.port);
		HttpResponse<String> saved = visitor.post("/signup", signUp("injection@example.jp",
				InjectionPayload.in("contactName"), InjectionPayload.in("companyName"), "011-000-0000"));
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select contact_name || '|' || company_name from merchant_account where email = :e")
			.param("e", "injection@example.jp")
			.query(String.class)
			.single()).isEqualTo(InjectionPayload.in("contactName") + "|" + InjectionPayload.in("companyName"));

		for (String[] bad : List.of(new String[] { InjectionPayload.in("email"), "011-000-0000" },
				new String[] { "injection2@example.jp", InjectionPayload.in("phone") })) {
			long before = count("merchant_account");
			HttpResponse<String> refused = visitor.post("/signup",
					signUp(bad[0], InjectionPayload.in("contactName"), "会社", bad[1]));
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("id=\"error-summary\"");
			InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("contactName"));
			assertThat(count("merchant_account")).isEqualTo(before);
		}
	}

	@Test
	void profileTextIsStoredIntactAndShownEscaped() {
		Visitor merchant = Visitor.loggedIn(this.port, "merchant3@example.jp");
		Map<String, Object> original = this.jdbc
			.sql("select contact_name, company_name, phone from merchant_account where email = 'merchant3@example.jp'")
			.query()
			.singleRow();
		try {
			HttpResponse<String> saved = merchant.post("/profile",
					Visitor.form(Map.of("contactName", InjectionPayload.in("contactName"), "companyName",
							InjectionPayload.in("companyName"), "phone", "011-000-0000", "preferredLocale", "ja")));
			assertThat(saved.statusCode()).isEqualTo(302);
			String page = merchant.get("/profile").body();
			InjectionPayload.assertShownEscaped(page, InjectionPayload.in("contactName"));
			InjectionPayload.assertShownEscaped(page, InjectionPayload.in("companyName"));
			assertThat(this.jdbc.sql("select contact_name from merchant_account where email = 'merchant3@example.jp'")
				.query(String.class)
				.single()).isEqualTo(InjectionPayload.in("contactName"));

			HttpResponse<String> refused = merchant.post("/profile", Visitor.form(Map.of("contactName", "名前", "phone",
					InjectionPayload.in("phone"), "preferredLocale", InjectionPayload.in("preferredLocale"))));
			assertThat(refused.statusCode()).isEqualTo(200);
			assertThat(refused.body()).contains("id=\"error-summary\"");
			InjectionPayload.assertNotRaw(refused.body());
		}
		finally {
			merchant.post("/profile",
					Visitor.form(Map.of("contactName", (String) original.get("contact_name"), "companyName",
							String.valueOf(original.getOrDefault("company_name", "")), "phone",
							String.valueOf(original.getOrDefault("phone", "")), "preferredLocale", "ja")));
		}
	}

	@Test
	void theDirectorySearchShowsThePayloadEscapedAndFindsNothingWithIt() {
		Visitor visitor = Visitor.anonymous(this.port);
		String query = "?q=" + Visitor.encode(InjectionPayload.in("q")) + "&municipality="
				+ Visitor.encode(InjectionPayload.in("municipality")) + "&category="
				+ Visitor.encode(InjectionPayload.in("category"));
		HttpResponse<String> page = visitor.get("/directory" + query);
		assertThat(page.statusCode()).isEqualTo(200);
		// the search box keeps what was typed, escaped; a tautology matches no store
		InjectionPayload.assertShownEscaped(page.body(), InjectionPayload.in("q"));
		assertThat(page.body()).doesNotContain("class=\"card\"");
		HttpResponse<String> json = visitor.get("/directory.json" + query);
		assertThat(json.statusCode()).isEqualTo(200);
		assertThat(json.body()).isEqualTo("[]");
	}

	@Test
	void passwordResetRefusesThePayloadAsAnEmailAddress() {
		Visitor visitor = Visitor.anonymous(this.port);
		long before = count("account_token");
		HttpResponse<String> refused = visitor.post("/password/forgot",
				Visitor.form(Map.of("email", "<script>alert(1)</script>")));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"error-summary\"");
		InjectionPayload.assertNotRaw(refused.body());
		assertThat(count("account_token")).isEqualTo(before);
	}

	private static String signUp(String email, String contactName, String companyName, String phone) {
		return Visitor.form(Map.of("email", email, "password", "correct-horse-battery-9", "passwordRepeat",
				"correct-horse-battery-9", "contactName", contactName, "companyName", companyName, "phone", phone,
				"terms", "true"));
	}

	private long count(String table) {
		return this.jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
