package jp.sapporo.vaccinepass.resident.security;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.sapporo.vaccinepass.db.resident.VaccinationRecordReview;
import jp.sapporo.vaccinepass.resident.TestImages;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import jp.sapporo.vaccinepass.test.InjectionPayload;
import jp.sapporo.vaccinepass.test.Visitor;
import jp.sapporo.vaccinepass.web.mail.DemoMailbox;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTML/script and SQL metacharacters in every field of the resident app's forms (sign-up,
 * login, record with its certificate, account deletion, password reset) and in the
 * rejection reason staff write to the resident: free text is stored intact and shown
 * escaped; a field with a format refuses them with a message and nothing is saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InjectionTests {

	/**
	 * A lot has at most 40 characters: script, both quotes, a tautology and a comment.
	 */
	private static final String LOT = "<script>alert(1)</script>' OR 1=1\"; --";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VaccinationRecordReview review;

	@Autowired
	DemoMailbox mailbox;

	@Test
	void namesAreStoredIntactAndShownEscaped() {
		Visitor resident = Visitor.anonymous(this.port);
		Map<String, String> form = signUp("names-injection@example.jp");
		form.put("fullName", InjectionPayload.in("fullName"));
		form.put("nameKana", InjectionPayload.in("nameKana"));
		assertThat(resident.post("/signup", Visitor.form(form)).statusCode()).isEqualTo(302);

		assertThat(this.jdbc.sql(
				"select full_name || '|' || name_kana from resident_account where email = 'names-injection@example.jp'")
			.query(String.class)
			.single()).isEqualTo(InjectionPayload.in("fullName") + "|" + InjectionPayload.in("nameKana"));
		InjectionPayload.assertShownEscaped(resident.get("/").body(), InjectionPayload.in("fullName"));
		InjectionPayload.assertShownEscaped(resident.get("/account").body(), InjectionPayload.in("fullName"));
	}

	@Test
	void signUpFieldsWithAFormatRefuseThePayloadAndSaveNothing() {
		Visitor visitor = Visitor.anonymous(this.port);
		for (String field : List.of("email", "birthDate", "home", "identity", "passportCountry", "passportNumber")) {
			Map<String, String> form = signUp("format-injection@example.jp");
			if (field.startsWith("passport")) {
				form.put("identity", "PASSPORT");
				form.put("passportCountry", "GBR");
				form.put("passportNumber", "X1234567");
			}
			form.put(field, InjectionPayload.in(field));
			form.put("fullName", InjectionPayload.in("fullName"));
			long before = count("resident_account");
			HttpResponse<String> refused = visitor.post("/signup", Visitor.form(form));
			assertThat(refused.statusCode()).as(field).isEqualTo(200);
			assertThat(refused.body()).as(field).contains("id=\"error-summary\"");
			InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("fullName"));
			assertThat(count("resident_account")).as(field).isEqualTo(before);
		}
	}

	@Test
	void recordFieldsComeBackEscapedAndNothingIsSavedWithoutACertificate() {
		Visitor resident = Visitor.anonymous(this.port);
		assertThat(resident.post("/signup", Visitor.form(signUp("record-injection@example.jp"))).statusCode())
			.isEqualTo(302);
		long before = count("vaccination_dose");
		HttpResponse<String> refused = resident.post("/record",
				Visitor.form(Map.of("certificateKind", InjectionPayload.in("certificateKind"), "doses[0].date",
						InjectionPayload.in("date"), "doses[0].product", InjectionPayload.in("product"), "doses[0].lot",
						InjectionPayload.in("lot"))));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"error-summary\"");
		InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("lot"));
		assertThat(count("vaccination_dose")).isEqualTo(before);
	}

	@Test
	void accountDeletionAndPasswordResetRefuseThePayload() {
		Visitor resident = Visitor.anonymous(this.port);
		assertThat(resident.post("/signup", Visitor.form(signUp("delete-injection@example.jp"))).statusCode())
			.isEqualTo(302);
		HttpResponse<String> kept = resident.post("/account/delete",
				Visitor.form(Map.of("password", InjectionPayload.TEXT)));
		assertThat(kept.statusCode()).isEqualTo(200);
		InjectionPayload.assertNotRaw(kept.body());
		assertThat(count("resident_account where email = 'delete-injection@example.jp'")).isEqualTo(1);

		long tokens = count("account_token");
		HttpResponse<String> reset = Visitor.anonymous(this.port)
			.post("/password-reset", Visitor.form(Map.of("email", InjectionPayload.TEXT)));
		assertThat(reset.statusCode()).isIn(200, 302);
		InjectionPayload.assertNotRaw(reset.body());
		assertThat(count("account_token")).isEqualTo(tokens);
	}

	@Test
	void aSavedDoseLotIsStoredIntactAndShownEscapedAndAnOverLongOneIsRefused() {
		Visitor resident = Visitor.anonymous(this.port);
		assertThat(resident.post("/signup", Visitor.form(signUp("lot-injection@example.jp"))).statusCode())
			.isEqualTo(302);
		long doses = count("vaccination_dose");
		long documents = count("document");
		// the whole payload is longer than a lot may be (40): refused even with a
		// certificate
		HttpResponse<String> refused = resident.postMultipart("/record", record(InjectionPayload.in("lot")),
				"certificate", "certificate.png", TestImages.certificatePng());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"error-summary\"");
		InjectionPayload.assertShownEscaped(refused.body(), InjectionPayload.in("lot"));
		assertThat(count("vaccination_dose")).isEqualTo(doses);
		assertThat(count("document")).isEqualTo(documents);

		HttpResponse<String> saved = resident.postMultipart("/record", record(LOT), "certificate", "certificate.png",
				TestImages.certificatePng());
		assertThat(saved.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				select d.lot from vaccination_dose d join vaccination_record r on r.id = d.record_id
				join resident_account a on a.id = r.resident_id where a.email = 'lot-injection@example.jp'
				""").query(String.class).single()).isEqualTo(LOT);
		InjectionPayload.assertShownEscaped(resident.get("/record").body(), LOT);
	}

	/**
	 * City staff type the rejection reason in the verifier console, another app (its
	 * {@code InjectionTests} post it through the console's form). Here it goes through
	 * the same shared review service, and the resident app's pages that show it to the
	 * resident (my page, the record form, the inbox notice) must show it escaped.
	 */
	@Test
	void aRejectionReasonIsStoredIntactAndShownEscapedToTheResident() {
		Visitor resident = Visitor.anonymous(this.port);
		assertThat(resident.post("/signup", Visitor.form(signUp("reason-injection@example.jp"))).statusCode())
			.isEqualTo(302);
		assertThat(resident
			.postMultipart("/record", record("AB1234"), "certificate", "certificate.png", TestImages.certificatePng())
			.statusCode()).isEqualTo(302);
		long record = this.jdbc.sql("""
				select r.id from vaccination_record r join resident_account a on a.id = r.resident_id
				where a.email = 'reason-injection@example.jp'
				""").query(Long.class).single();
		long staff = DemoAccounts.staffId(this.jdbc);

		this.review.reject(record, staff, InjectionPayload.in("rejectionReason"));

		assertThat(this.jdbc.sql("""
				select r.rejection_reason || '|' || e.reason from vaccination_record r
				join vaccination_record_event e on e.record_id = r.id and e.to_status = 'REJECTED' where r.id = :id
				""").param("id", record).query(String.class).single())
			.isEqualTo(InjectionPayload.in("rejectionReason") + "|" + InjectionPayload.in("rejectionReason"));
		InjectionPayload.assertShownEscapedOn(resident, InjectionPayload.in("rejectionReason"), "/", "/record",
				"/inbox");
	}

	@Test
	void aPasswordOfMetacharactersWorksAtSignUpAndThroughAResetLink() throws InterruptedException {
		String email = "password-injection@example.jp";
		Map<String, String> form = signUp(email);
		form.put("password", InjectionPayload.TEXT);
		assertThat(Visitor.anonymous(this.port).post("/signup", Visitor.form(form)).statusCode()).isEqualTo(302);
		assertThat(Visitor.anonymous(this.port).logIn(email, InjectionPayload.TEXT)).as("logs in with it")
			.doesNotContain("error");

		Visitor owner = Visitor.anonymous(this.port);
		owner.post("/password-reset", Visitor.form(Map.of("email", email)));
		String token = resetToken(email);
		HttpResponse<String> resetForm = owner.get("/password-reset/new?token=" + Visitor.encode(token));
		assertThat(resetForm.statusCode()).isEqualTo(200);
		HttpResponse<String> changed = owner.post("/password-reset/new",
				Visitor.form(Map.of("token", token, "password", InjectionPayload.in("password"))));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login?reset");
		assertThat(Visitor.anonymous(this.port).logIn(email, InjectionPayload.in("password")))
			.as("logs in with the new one")
			.doesNotContain("error");
		assertThat(Visitor.anonymous(this.port).logIn(email, InjectionPayload.TEXT)).as("the old one is refused")
			.endsWith("/login?error");
	}

	/** The token of the reset link mailed to this address (sent after commit). */
	private String resetToken(String email) throws InterruptedException {
		for (int i = 0; i < 50; i++) {
			Optional<String> line = this.mailbox.messages(email)
				.stream()
				.flatMap((message) -> message.body().lines())
				.filter((l) -> l.contains("/password-reset/new?token="))
				.findFirst();
			if (line.isPresent()) {
				return line.get().substring(line.get().indexOf("token=") + 6).strip();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("no reset mail to " + email);
	}

	/** A record of one dose 60 days ago with this lot. */
	private static Map<String, String> record(String lot) {
		return Map.of("certificateKind", "MUNICIPAL_CERTIFICATE", "doses[0].date",
				LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(60).toString(), "doses[0].product", "COMIRNATY",
				"doses[0].lot", lot);
	}

	private static Map<String, String> signUp(String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("identity", "EMAIL");
		form.put("email", email);
		form.put("password", "correct-horse-battery-9");
		form.put("fullName", "石狩 花子");
		form.put("nameKana", "イシカリ ハナコ");
		form.put("birthDate", "1990-05-01");
		form.put("home", "012351");
		form.put("acceptTerms", "true");
		form.put("acceptPrivacy", "true");
		return form;
	}

	private long count(String from) {
		return this.jdbc.sql("select count(*) from " + from).query(Long.class).single();
	}

}
