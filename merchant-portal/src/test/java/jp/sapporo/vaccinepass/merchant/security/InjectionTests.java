package jp.sapporo.vaccinepass.merchant.security;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jp.sapporo.vaccinepass.db.store.StoreReview;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import jp.sapporo.vaccinepass.test.InjectionPayload;
import jp.sapporo.vaccinepass.test.Visitor;
import jp.sapporo.vaccinepass.web.mail.DemoMailbox;
import jp.sapporo.vaccinepass.web.mail.MailboxMessage;
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
 * sign-up, login, profile, password reset, directory search) and in the rejection reason
 * staff write to the merchant: free text is stored intact and shown escaped; a field with
 * a format refuses them with the form's error summary and nothing is saved.
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

	@Autowired
	StoreReview review;

	@Autowired
	DemoMailbox mailbox;

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
		// LIKE wildcards are plain characters: no store name has one
		assertThat(visitor.get("/directory.json").body()).as("stores listed without a filter").isNotEqualTo("[]");
		for (String wildcard : List.of("%", "_", "%%")) {
			assertThat(visitor.get("/directory.json?q=" + Visitor.encode(wildcard)).body()).as(wildcard)
				.isEqualTo("[]");
		}
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

	/**
	 * City staff type the rejection reason in the verifier console, another app (its
	 * {@code InjectionTests} post it through the console's form). Here it goes through
	 * the same shared review service, and the portal's pages that show it to the merchant
	 * (the store page's notice and history, the dashboard's notices) must show it
	 * escaped.
	 */
	@Test
	void aStoreRejectionReasonIsStoredIntactAndShownEscapedToTheMerchant() {
		Visitor merchant = Visitor.loggedIn(this.port, "merchant2@example.jp");
		long store = new MerchantFixtures(this.jdbc, this.port).newDraftStore(merchant, MerchantFixtures.storeForm());
		assertThat(merchant.post("/stores/" + store + "/submit", "").statusCode()).isEqualTo(302);
		long revision = this.jdbc.sql("select current_revision_id from store where id = :id")
			.param("id", store)
			.query(Long.class)
			.single();
		long staff = DemoAccounts.staffId(this.jdbc);

		this.review.reject(revision, staff, InjectionPayload.in("storeReason"));

		assertThat(this.jdbc.sql("""
				select r.decision_reason || '|' || e.reason from store_revision r
				join store_event e on e.revision_id = r.id and e.to_status = 'REJECTED' where r.id = :id
				""").param("id", revision).query(String.class).single())
			.isEqualTo(InjectionPayload.in("storeReason") + "|" + InjectionPayload.in("storeReason"));
		InjectionPayload.assertShownEscapedOn(merchant, InjectionPayload.in("storeReason"), "/stores/" + store, "/");
	}

	@Test
	void aPasswordOfMetacharactersWorksAtSignUpAndThroughAResetLink() {
		String email = "password-injection@example.jp";
		Visitor owner = Visitor.anonymous(this.port);
		assertThat(
				owner.post("/signup",
						Visitor.form(Map.of("email", email, "password", InjectionPayload.TEXT, "passwordRepeat",
								InjectionPayload.TEXT, "contactName", "札幌 次郎", "terms", "true")))
					.statusCode())
			.isEqualTo(302);
		assertThat(owner.get(link(email, "/verify?token=")).body()).contains("id=\"verify-ok\"");
		assertThat(Visitor.anonymous(this.port).logIn(email, InjectionPayload.TEXT)).as("logs in with it")
			.doesNotContain("error");

		owner.post("/password/forgot", Visitor.form(Map.of("email", email)));
		String link = link(email, "/password/reset?token=");
		assertThat(owner.get(link).body()).contains("id=\"reset-form\"");
		HttpResponse<String> changed = owner.post("/password/reset",
				Visitor.form(Map.of("token", link.substring(link.indexOf("token=") + 6), "password",
						InjectionPayload.in("password"), "passwordRepeat", InjectionPayload.in("password"))));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login?reset");
		assertThat(Visitor.anonymous(this.port).logIn(email, InjectionPayload.in("password")))
			.as("logs in with the new one")
			.doesNotContain("error");
		assertThat(Visitor.anonymous(this.port).logIn(email, InjectionPayload.TEXT)).as("the old one is refused")
			.endsWith("/login?error");
	}

	/** The path and query of the link in the newest mail to this address that has one. */
	private String link(String email, String prefix) {
		for (MailboxMessage message : this.mailbox.messages(email)) {
			for (MailboxMessage.Part part : message.parts()) {
				if (part.link() != null && part.link().contains(prefix)) {
					URI uri = URI.create(part.link());
					return uri.getPath() + "?" + uri.getQuery();
				}
			}
		}
		throw new AssertionError("No e-mail with " + prefix + " to " + email);
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
