package jp.sapporo.vaccinepass.resident;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jp.sapporo.vaccinepass.test.DemoAccounts;
import jp.sapporo.vaccinepass.test.LogCanary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident flows typed with canary personal data leave none of it in the log
 * (docs/security.md "Logs"): sign-up, login, record, scan, proof, password reset.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class LogCanaryTests {

	@LocalServerPort
	int port;

	@Test
	void residentFlowsWithCanaryDataLogNoneOfIt(CapturedOutput output) {
		// sign-up with an e-mail address, then the same address again (refused)
		ResidentHttp phone = new ResidentHttp(this.port);
		Map<String, String> form = new LinkedHashMap<>(SignUpTests.form(LogCanary.EMAIL));
		form.put("password", LogCanary.PASSWORD);
		form.put("fullName", LogCanary.NAME);
		form.put("nameKana", LogCanary.NAME_KANA);
		form.put("birthDate", LogCanary.BIRTH_DATE);
		form.put("_csrf", phone.csrf("/signup"));
		assertThat(phone.post("/signup", form).statusCode()).isEqualTo(302);
		ResidentHttp again = new ResidentHttp(this.port);
		form.put("_csrf", again.csrf("/signup"));
		assertThat(again.post("/signup", form).statusCode()).isEqualTo(200);
		// a visitor with a passport, and a sign-up with a bad birth date
		ResidentHttp visitor = new ResidentHttp(this.port);
		Map<String, String> passport = new LinkedHashMap<>(SignUpTests.form(""));
		passport.put("identity", "PASSPORT");
		passport.put("passportCountry", "GBR");
		passport.put("passportNumber", LogCanary.PASSPORT);
		passport.put("password", LogCanary.PASSWORD);
		passport.put("fullName", LogCanary.NAME);
		passport.put("home", "VISITOR");
		passport.put("_csrf", visitor.csrf("/signup"));
		assertThat(visitor.post("/signup", passport).statusCode()).isEqualTo(302);
		Map<String, String> badDate = new LinkedHashMap<>(form);
		badDate.put("email", "bad-" + LogCanary.EMAIL);
		badDate.put("birthDate", LogCanary.BIRTH_DATE + "x");
		badDate.put("_csrf", visitor.csrf("/signup"));
		assertThat(visitor.post("/signup", badDate).statusCode()).isEqualTo(200);

		// logins: right password, wrong password, unknown passport number
		ResidentHttp.loggedIn(this.port, LogCanary.EMAIL, LogCanary.PASSWORD);
		ResidentHttp.loggedIn(this.port, LogCanary.PASSPORT, LogCanary.PASSWORD);
		ResidentHttp stranger = new ResidentHttp(this.port);
		assertThat(ResidentHttp.location(stranger.logIn(LogCanary.EMAIL, LogCanary.WRONG_PASSWORD))).contains("error");
		assertThat(ResidentHttp.location(stranger.logIn(LogCanary.PASSPORT + "9", LogCanary.PASSWORD)))
			.contains("error");

		// record entry with the certificate photo, and a scan while it is under review
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		assertThat(RecordPosts.post(phone,
				Map.of("certificateKind", "MUNICIPAL_CERTIFICATE", "doses[0].date", today.minusDays(60).toString(),
						"doses[0].product", "COMIRNATY", "doses[1].date", today.minusDays(30).toString(),
						"doses[1].product", "COMIRNATY", "doses[1].lot", "CANARY0PASS"),
				TestImages.certificatePng())
			.statusCode()).isEqualTo(302);
		assertThat(phone.get("/s/" + ScanAndProofTests.HOKUTO).statusCode()).isEqualTo(200);
		assertThat(phone.get("/s/" + LogCanary.POSTER_TOKEN).statusCode()).isEqualTo(404);

		// an eligible resident's scan, proof page, code and status
		ResidentHttp eligible = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String proofPath = ResidentHttp.proofPath(eligible.get("/s/" + ScanAndProofTests.HOKUTO));
		String proofId = proofPath.substring(proofPath.lastIndexOf('/') + 1);
		assertThat(eligible.get(proofPath).statusCode()).isEqualTo(200);
		assertThat(eligible.get(proofPath + "/code.svg").statusCode()).isEqualTo(200);
		assertThat(eligible.get(proofPath + "/status").statusCode()).isEqualTo(200);
		assertThat(new ResidentHttp(this.port).get(proofPath).statusCode()).isNotEqualTo(200);

		// password reset asked for a known and an unknown address
		ResidentHttp reset = new ResidentHttp(this.port);
		String csrf = reset.csrf("/password-reset");
		assertThat(reset.post("/password-reset", Map.of("email", LogCanary.EMAIL, "_csrf", csrf)).statusCode())
			.isEqualTo(200);
		assertThat(reset.post("/password-reset", Map.of("email", "x" + LogCanary.EMAIL, "_csrf", csrf)).statusCode())
			.isEqualTo(200);

		LogCanary.assertNotLogged(output, proofId, ScanAndProofTests.HOKUTO);
	}

}
