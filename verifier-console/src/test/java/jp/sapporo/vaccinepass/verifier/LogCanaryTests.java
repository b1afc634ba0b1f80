package jp.sapporo.vaccinepass.verifier;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jp.sapporo.vaccinepass.test.DemoAccounts;
import jp.sapporo.vaccinepass.test.LogCanary;
import jp.sapporo.vaccinepass.test.Visitor;
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
 * The agent's flows and the API typed with canary personal data leave none of it in the
 * log (docs/security.md "Logs"): logins, a booking check with a proof code, API calls.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class LogCanaryTests {

	private static final String DEMO_KEY = "vpk_demo0001_sapporo-demo-api-key-do-not-use-in-production";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	@Test
	void agentFlowsAndApiCallsWithCanaryDataLogNoneOfIt(CapturedOutput output) {
		// failed logins: an unknown user name and a known one with a wrong password
		assertThat(logIn(LogCanary.EMAIL, LogCanary.PASSWORD)).contains("error");
		assertThat(logIn("agent@shinshu-travel.example.jp", LogCanary.WRONG_PASSWORD)).contains("error");
		assertThat(logIn("agent@shinshu-travel.example.jp", DemoAccounts.PASSWORD)).doesNotContain("error");

		// a booking check for a canary traveller: evaluated, a proof code read, saved
		LocalDate start = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(7);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("programme", "shinshu-wari-special-v2");
		form.put("bookingReference", "CANARY0BOOKING");
		form.put("tripStart", start.toString());
		form.put("tripEnd", start.plusDays(2).toString());
		form.put("overnight", "true");
		form.put("alertLevel", "2");
		form.put("travellers[0].name", LogCanary.NAME);
		form.put("travellers[0].birthDate", LogCanary.BIRTH_DATE);
		form.put("travellers[0].household", "1");
		form.put("travellers[0].role", "TRAVELLER");
		form.put("travellers[0].certificateKind", "MUNICIPAL_CERTIFICATE");
		form.put("travellers[0].dose1", start.minusDays(90).toString());
		form.put("travellers[0].dose2", start.minusDays(60).toString());
		form.put("travellers[0].proofCode", "VP1." + LogCanary.PASSPORT + "." + LogCanary.PASSWORD);
		form.put("action", "evaluate");
		assertThat(postForm("/agent/checks/new", "/agent/checks/new", form).statusCode()).isEqualTo(200);
		form.put("action", "proof-0");
		assertThat(postForm("/agent/checks/new", "/agent/checks/new", form).statusCode()).isEqualTo(200);
		form.put("action", "save");
		HttpResponse<String> saved = postForm("/agent/checks/new", "/agent/checks/new", form);
		assertThat(saved.statusCode()).isEqualTo(302);
		String checkPath = saved.headers().firstValue("Location").orElseThrow().replaceFirst("\\?.*", "");
		assertThat(get(checkPath).body()).contains("CanaryTaro");
		assertThat(get(checkPath + "/record.pdf").statusCode()).isEqualTo(200);
		assertThat(get("/agent/checks?q=" + URLEncoder.encode(LogCanary.NAME, StandardCharsets.UTF_8)).statusCode())
			.isEqualTo(200);

		// the API: a good key, a forged key, a body that is not JSON
		String request = """
				{"programme": "shinshu-wari-special-v2", "referenceDate": "%s",
				 "context": {"crossPrefecture": true, "alertLevel": 2, "priorityMeasures": true},
				 "people": [{"id": "%s", "birthDate": "%s", "household": "h1",
				   "vaccinations": [{"dose": 1, "date": "%s"}, {"dose": 2, "date": "%s"}]}]}
				""".formatted(start, LogCanary.EMAIL, LogCanary.BIRTH_DATE, start.minusDays(90), start.minusDays(60));
		assertThat(api(DEMO_KEY, request).statusCode()).isEqualTo(200);
		assertThat(api(LogCanary.API_KEY, request).statusCode()).isEqualTo(401);
		assertThat(api(DEMO_KEY, "{\"people\": [" + LogCanary.NAME + "\"").statusCode()).isEqualTo(400);
		assertThat(api(DEMO_KEY, request.replace(LogCanary.BIRTH_DATE, LogCanary.BIRTH_DATE + "T" + LogCanary.NAME))
			.statusCode()).isEqualTo(400);

		LogCanary.assertNotLogged(output, DEMO_KEY, "CANARY0BOOKING");
	}

	private String logIn(String username, String password) {
		this.client.cookieHandler().ifPresent((cookies) -> ((CookieManager) cookies).getCookieStore().removeAll());
		HttpResponse<String> response = postForm("/login", "/login",
				Map.of("username", username, "password", password));
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private HttpResponse<String> postForm(String path, String csrfPage, Map<String, String> fields) {
		Matcher csrf = CSRF.matcher(get(csrfPage).body());
		assertThat(csrf.find()).as("a CSRF token on " + csrfPage).isTrue();
		Map<String, String> all = new LinkedHashMap<>(fields);
		all.put("_csrf", csrf.group(1));
		String body = all.entrySet()
			.stream()
			.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).GET().build());
	}

	private HttpResponse<String> api(String key, String body) {
		return send(HttpRequest.newBuilder(uri("/api/v1/eligibility"))
			.header("Content-Type", "application/json")
			.header("X-API-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private URI uri(String path) {
		return URI.create(path.startsWith("http") ? path : "http://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		return Visitor.send(this.client, request);
	}

}
