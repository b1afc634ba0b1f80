package jp.sapporo.vaccinepass.resident.security;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
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
 * HTML/script and SQL metacharacters in every field of the resident app's forms (sign-up,
 * record, account deletion, password reset): free text is stored intact and shown
 * escaped; a field with a format refuses them with a message and nothing is saved.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class InjectionTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

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
