package jp.sapporo.vaccinepass.resident;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

/** Sign-up, e-mail verification, password reset, data download and account deletion. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SignUpTests {

	static final String PASSWORD = "a-long-password-1";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoMailbox mailbox;

	static Map<String, String> form(String email) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("identity", "EMAIL");
		form.put("email", email);
		form.put("password", PASSWORD);
		form.put("fullName", "石狩 花子");
		form.put("nameKana", "イシカリ ハナコ");
		form.put("birthDate", "1990-05-01");
		form.put("home", "012351");
		form.put("acceptTerms", "true");
		form.put("acceptPrivacy", "true");
		return form;
	}

	/** A new resident, signed in. */
	static ResidentHttp signUp(int port, String email) {
		ResidentHttp phone = new ResidentHttp(port);
		Map<String, String> form = form(email);
		form.put("_csrf", phone.csrf("/signup"));
		HttpResponse<String> response = phone.post("/signup", form);
		if (response.statusCode() != 302) {
			throw new IllegalStateException("Sign-up failed: " + response.statusCode());
		}
		return phone;
	}

	@Test
	void aResidentSignsUpIsSignedInAndVerifiesTheEmailAddress() throws Exception {
		String email = "new-" + System.nanoTime() + "@example.jp";
		ResidentHttp phone = signUp(this.port, email);
		HttpResponse<String> myPage = phone.get("/");
		assertThat(myPage.statusCode()).isEqualTo(200);
		assertThat(myPage.body()).contains("石狩 花子").contains("no-scan-warning");
		MailboxMessage mail = null;
		for (int i = 0; i < 50 && mail == null; i++) {
			mail = this.mailbox.messages(email).stream().findFirst().orElse(null);
			if (mail == null) {
				Thread.sleep(100);
			}
		}
		assertThat(mail).isNotNull();
		String link = mail.body().lines().filter((l) -> l.contains("/verify-email?token=")).findFirst().orElseThrow();
		String path = link.substring(link.indexOf("/verify-email"));
		assertThat(new ResidentHttp(this.port).get(path).body()).contains("id=\"email-verified\"");
		assertThat(new ResidentHttp(this.port).get(path).body()).contains("id=\"email-not-verified\"");
		assertThat(this.jdbc.sql("select email_verified_at is not null from resident_account where email = :e")
			.param("e", email)
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void aVisitorSignsUpWithAPassportAndNoEmail() {
		ResidentHttp phone = new ResidentHttp(this.port);
		Map<String, String> form = form("");
		form.put("identity", "PASSPORT");
		form.put("passportCountry", "KOR");
		form.put("passportNumber", "M" + (System.nanoTime() % 100_000_000L));
		form.put("fullName", "KIM MINJUN");
		form.put("nameKana", "");
		form.put("home", "VISITOR");
		form.put("_csrf", phone.csrf("/signup"));
		assertThat(phone.post("/signup", form).statusCode()).isEqualTo(302);
		assertThat(phone.get("/").body()).contains("KIM MINJUN");
		assertThat(this.jdbc.sql("""
				select visitor and municipality_code is null and email is null and identity_kind = 'PASSPORT'
				from resident_account where passport_number = :n
				""").param("n", form.get("passportNumber")).query(Boolean.class).single()).isTrue();
		ResidentHttp again = ResidentHttp.loggedIn(this.port, form.get("passportNumber"), PASSWORD);
		assertThat(again.get("/").statusCode()).isEqualTo(200);
	}

	@Test
	void badInputIsRefusedWithMessagesAndNothingIsStored() {
		ResidentHttp phone = new ResidentHttp(this.port);
		Map<String, String> form = form("not-an-email");
		form.put("password", "short");
		form.put("birthDate", "2999-01-01");
		form.put("home", "999999");
		form.remove("acceptTerms");
		form.put("_csrf", phone.csrf("/signup?lang=en"));
		HttpResponse<String> response = phone.post("/signup", form);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("error-summary")
			.contains("Enter an e-mail address like name@example.com.")
			.contains("Choose a password of 12 to 128 characters.")
			.contains("Enter a date of birth between 1900-01-01 and today.")
			.contains("Choose your municipality, or visitor.")
			.contains("Please accept the terms of use to register.")
			.contains("aria-invalid=\"true\"");
		assertThat(this.jdbc.sql("select count(*) from resident_account where email = 'not-an-email'")
			.query(Long.class)
			.single()).isZero();
		Map<String, String> taken = form("resident@example.jp");
		taken.put("_csrf", phone.csrf("/signup"));
		assertThat(phone.post("/signup", taken).body()).contains("This e-mail address is already registered");
	}

	@Test
	void aCommonPasswordIsRefusedInTheUsersLanguageAndNoAccountIsMade() {
		String email = "common-" + System.nanoTime() + "@example.jp";
		ResidentHttp phone = new ResidentHttp(this.port);
		Map<String, String> form = form(email);
		form.put("password", "QWERTY123456");
		form.put("_csrf", phone.csrf("/signup?lang=zh"));
		HttpResponse<String> response = phone.post("/signup", form);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("该密码过于常见,容易被猜到,不能使用。").contains("aria-invalid=\"true\"");
		assertThat(this.jdbc.sql("select count(*) from resident_account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPasswordResetLinkWorksOnce() throws Exception {
		String email = "reset-" + System.nanoTime() + "@example.jp";
		signUp(this.port, email);
		ResidentHttp phone = new ResidentHttp(this.port);
		HttpResponse<String> sent = phone.post("/password-reset",
				Map.of("email", email, "_csrf", phone.csrf("/password-reset")));
		assertThat(sent.body()).contains("id=\"reset-sent\"");
		String token = resetToken(email);
		HttpResponse<String> common = phone.post("/password-reset/new", Map.of("token", token, "password",
				"1qaz2wsx3edc", "_csrf", phone.csrf("/password-reset/new?token=" + token)));
		assertThat(common.body()).contains("このパスワードはよく使われていて推測されやすいため");
		String csrf = phone.csrf("/password-reset/new?token=" + token);
		HttpResponse<String> changed = phone.post("/password-reset/new",
				Map.of("token", token, "password", "another-password-2", "_csrf", csrf));
		assertThat(ResidentHttp.location(changed)).contains("/login?reset");
		ResidentHttp.loggedIn(this.port, email, "another-password-2");
		assertThat(phone.get("/password-reset/new?token=" + token).body()).contains("id=\"reset-invalid\"");
	}

	/**
	 * The token of the newest reset link mailed to this address (the mail is sent after
	 * commit).
	 */
	private String resetToken(String email) throws InterruptedException {
		MailboxMessage mail = null;
		for (int i = 0; i < 50 && mail == null; i++) {
			mail = this.mailbox.messages(email)
				.stream()
				.filter((m) -> m.body().contains("/password-reset/new?token="))
				.findFirst()
				.orElse(null);
			if (mail == null) {
				Thread.sleep(100);
			}
		}
		assertThat(mail).as("a reset mail to " + email).isNotNull();
		String line = mail.body().lines().filter((l) -> l.contains("token=")).findFirst().orElseThrow();
		return line.substring(line.indexOf("token=") + 6).strip();
	}

	@Test
	void aPasswordResetLiftsTheLockOfItsOwnNameOnly() throws Exception {
		String locked = "locked-" + System.nanoTime() + "@example.jp";
		String other = "other-" + System.nanoTime() + "@example.jp";
		ResidentHttp phone = new ResidentHttp(this.port);
		for (String email : List.of(locked, other)) {
			signUp(this.port, email);
			for (int i = 0; i < 5; i++) {
				assertThat(ResidentHttp.location(phone.logIn(email, "a-wrong-password"))).contains("error");
			}
			// locked: even the right password is refused now
			assertThat(ResidentHttp.location(phone.logIn(email, PASSWORD))).contains("error");
		}
		resetPassword(phone, other, "another-password-2");
		ResidentHttp.loggedIn(this.port, other, "another-password-2");
		assertThat(ResidentHttp.location(phone.logIn(locked, PASSWORD))).contains("error");
		resetPassword(phone, locked, "another-password-2");
		ResidentHttp.loggedIn(this.port, locked, "another-password-2");
	}

	@Test
	void aResetThroughTheEmailedLinkLiftsTheLockOfAVisitorsPassportNumberToo() throws Exception {
		String email = "passport-locked-" + System.nanoTime() + "@example.jp";
		String passport = "L" + (System.nanoTime() % 100_000_000L);
		ResidentHttp signUp = new ResidentHttp(this.port);
		Map<String, String> form = form(email);
		form.put("identity", "PASSPORT");
		form.put("passportCountry", "KOR");
		form.put("passportNumber", passport);
		form.put("fullName", "LEE SEOYEON");
		form.put("nameKana", "");
		form.put("home", "VISITOR");
		form.put("_csrf", signUp.csrf("/signup"));
		assertThat(signUp.post("/signup", form).statusCode()).isEqualTo(302);
		ResidentHttp phone = new ResidentHttp(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(ResidentHttp.location(phone.logIn(passport, "a-wrong-password"))).contains("error");
		}
		// the passport number is locked, even with the right password
		assertThat(ResidentHttp.location(phone.logIn(passport, PASSWORD))).contains("error");

		resetPassword(phone, email, "another-password-2");
		ResidentHttp visitor = ResidentHttp.loggedIn(this.port, passport, "another-password-2");
		assertThat(visitor.get("/").body()).contains("LEE SEOYEON");
	}

	private void resetPassword(ResidentHttp phone, String email, String password) throws InterruptedException {
		phone.post("/password-reset", Map.of("email", email, "_csrf", phone.csrf("/password-reset")));
		String token = resetToken(email);
		HttpResponse<String> changed = phone.post("/password-reset/new", Map.of("token", token, "password", password,
				"_csrf", phone.csrf("/password-reset/new?token=" + token)));
		assertThat(ResidentHttp.location(changed)).contains("/login?reset");
	}

	@Test
	void aResidentDownloadsAllOwnDataAndDeletesTheAccountWhileScansStayAnonymous() {
		String email = "leaver-" + System.nanoTime() + "@example.jp";
		ResidentHttp phone = signUp(this.port, email);
		long id = this.jdbc.sql("select id from resident_account where email = :e")
			.param("e", email)
			.query(Long.class)
			.single();
		HttpResponse<String> photo = phone.multipart("/photo/edit", "/photo/edit", Map.of(), "photo",
				TestImages.facePng());
		assertThat(photo.statusCode()).isEqualTo(302);
		phone.get("/s/" + ScanAndProofTests.HOKUTO);
		long scans = this.jdbc.sql("select count(*) from scan_log where resident_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(scans).isEqualTo(1);
		HttpResponse<String> export = phone.get("/account/export");
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		assertThat(export.body()).contains(email)
			.contains("石狩 花子")
			.contains("FACE_PHOTO")
			.contains("RECORD_NOT_VERIFIED")
			.doesNotContain("password_hash")
			.doesNotContain("{bcrypt}");
		HttpResponse<String> wrong = phone.post("/account/delete",
				Map.of("password", "wrong-password", "_csrf", phone.csrf("/account")));
		assertThat(wrong.body()).contains("delete-password-error");
		HttpResponse<String> deleted = phone.post("/account/delete",
				Map.of("password", PASSWORD, "_csrf", phone.csrf("/account")));
		assertThat(ResidentHttp.location(deleted)).contains("/login");
		assertThat(this.jdbc.sql("select count(*) from resident_account where id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from document where resident_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from scan_log where resident_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(phone.get("/").statusCode()).isEqualTo(302);
	}

}
