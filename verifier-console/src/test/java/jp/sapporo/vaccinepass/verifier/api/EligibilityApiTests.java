package jp.sapporo.vaccinepass.verifier.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/** The eligibility API over real HTTP, with the real key check and a real database. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class EligibilityApiTests {

	static final String DEMO_KEY = "vpk_demo0001_sapporo-demo-api-key-do-not-use-in-production";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	ApiKeys keys;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	static String familyRequest(LocalDate start) {
		return """
				{"programme": "shinshu-wari-special-v2", "referenceDate": "%s",
				 "context": {"crossPrefecture": true, "alertLevel": 2, "priorityMeasures": true},
				 "people": [
				  {"id": "father", "birthDate": "1985-03-02", "household": "h1",
				   "vaccinations": [{"dose": 1, "date": "%s"}, {"dose": 2, "date": "%s"}]},
				  {"id": "mother", "birthDate": "1987-06-10", "household": "h1",
				   "vaccinations": [{"dose": 1, "date": "%s"}, {"dose": 2, "date": "%s"}]},
				  {"id": "child8", "birthDate": "%s", "household": "h1", "guardianId": "father"},
				  {"id": "child4", "birthDate": "%s", "household": "h1", "guardianId": "mother"}
				 ]}
				""".formatted(start, start.minusDays(90), start.minusDays(60), start.minusDays(95), start.minusDays(70),
				start.minusYears(8).minusMonths(2), start.minusYears(4).minusMonths(1));
	}

	private HttpResponse<String> post(String key, String body) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/eligibility"))
			.header("Content-Type", "application/json")
			.header("Accept-Language", "en")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (key != null) {
			request.header("X-API-Key", key);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void withoutAKeyTheApiAnswers401WithTheContractsErrorObject() throws Exception {
		HttpResponse<String> response = post(null, familyRequest(LocalDate.now().plusDays(7)));
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(JSON.readTree(response.body()).at("/error/code").asString()).isEqualTo("UNAUTHORIZED");
		assertThat(response.headers().firstValue("Set-Cookie")).isEmpty();
	}

	@Test
	void anUnknownKeyIsRefused() throws Exception {
		assertThat(post("vpk_nothere0_abcdefghijklmnopqrstuvwxyz0123456789", "{}").statusCode()).isEqualTo(401);
	}

	@Test
	void theDemoKeyGetsADecisionForEachTravellerAndTheCallIsKept() throws Exception {
		long before = this.jdbc.sql("select count(*) from eligibility_check where channel = 'API'")
			.query(Long.class)
			.single();
		HttpResponse<String> response = post(DEMO_KEY, familyRequest(LocalDate.now().plusDays(7)));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode decision = JSON.readTree(response.body());
		assertThat(decision.get("status").asString()).isEqualTo("ACTIVE");
		assertThat(decision.at("/people/0/outcome").asString()).isEqualTo("ELIGIBLE");
		assertThat(decision.at("/people/1/outcome").asString()).isEqualTo("ELIGIBLE");
		// Shinshu during spread on cross-prefecture travel: a child of 6-11 needs a test
		assertThat(decision.at("/people/2/outcome").asString()).isEqualTo("NOT_ELIGIBLE");
		assertThat(decision.at("/people/3/outcome").asString()).isEqualTo("EXEMPT");
		assertThat(decision.get("eligibleCount").asInt()).isEqualTo(3);
		assertThat(decision.at("/people/2/reasons/0/message").asString()).isNotBlank();
		long after = this.jdbc.sql("select count(*) from eligibility_check where channel = 'API'")
			.query(Long.class)
			.single();
		assertThat(after).isEqualTo(before + 1);
	}

	@Test
	void aRevokedKeyIsRefusedFromTheNextRequestOn() throws Exception {
		long agency = this.jdbc.sql("select id from travel_agency order by id limit 1").query(Long.class).single();
		long staff = this.jdbc.sql("select id from staff_account where role = 'CITY_STAFF' limit 1")
			.query(Long.class)
			.single();
		ApiKeys.IssuedKey key = this.keys.issue(agency, "test system", staff);
		String body = familyRequest(LocalDate.now().plusDays(3));
		assertThat(post(key.plainKey(), body).statusCode()).isEqualTo(200);
		assertThat(this.keys.revoke(key.id(), staff)).isTrue();
		assertThat(post(key.plainKey(), body).statusCode()).isEqualTo(401);
	}

	@Test
	void onlyTheHashOfAKeyIsStored() {
		long agency = this.jdbc.sql("select id from travel_agency order by id limit 1").query(Long.class).single();
		long staff = this.jdbc.sql("select id from staff_account where role = 'CITY_STAFF' limit 1")
			.query(Long.class)
			.single();
		ApiKeys.IssuedKey key = this.keys.issue(agency, "hash check", staff);
		String stored = this.jdbc.sql("select encode(key_hash, 'hex') from api_key where id = :id")
			.param("id", key.id())
			.query(String.class)
			.single();
		assertThat(stored).hasSize(64).doesNotContain(key.plainKey().substring(13));
		assertThat(this.keys.authenticate(key.plainKey())).isPresent();
		assertThat(this.keys.authenticate(key.plainKey() + "x")).isEmpty();
	}

	@Test
	void anInvalidRequestGets400NamingTheField() throws Exception {
		HttpResponse<String> response = post(DEMO_KEY,
				"{\"programme\": \"shinshu-wari-special-v2\", \"referenceDate\": \"2022-02-30\", \"people\": []}");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode error = JSON.readTree(response.body()).get("error");
		assertThat(error.get("code").asString()).isEqualTo("INVALID_DATE");
		assertThat(error.get("field").asString()).isEqualTo("referenceDate");
	}

	@Test
	void malformedJsonGets400() throws Exception {
		HttpResponse<String> response = post(DEMO_KEY, "{not json");
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(JSON.readTree(response.body()).at("/error/code").asString()).isEqualTo("MALFORMED_JSON");
	}

	@Test
	void theOpenApiDocumentIsServedWithoutAKeyAndDescribesTheEndpoint() throws Exception {
		HttpResponse<String> response = this.http.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/openapi.yaml")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		java.util.Map<String, Object> document = new Yaml().load(response.body());
		assertThat(document.get("openapi")).isEqualTo("3.0.3");
		assertThat(((java.util.Map<?, ?>) document.get("paths")).containsKey("/api/v1/eligibility")).isTrue();
		// ("/api/v1/eligibility");
		@SuppressWarnings("unchecked")
		java.util.Map<String, Object> components = (java.util.Map<String, Object>) document.get("components");
		assertThat(((java.util.Map<?, ?>) components.get("securitySchemes")).containsKey("apiKey")).isTrue();
	}

	@Test
	void theOpenApiExampleRequestIsAcceptedByTheApi() throws Exception {
		String yaml = new String(getClass().getResourceAsStream("/api/openapi.yaml").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);
		java.util.Map<String, Object> document = new Yaml().load(yaml);
		Object example = dig(document, "paths", "/api/v1/eligibility", "post", "requestBody", "content",
				"application/json", "example");
		HttpResponse<String> response = post(DEMO_KEY, JSON.writeValueAsString(example));
		assertThat(response.statusCode()).isEqualTo(200);
	}

	private static Object dig(Object node, String... path) {
		Object current = node;
		for (String key : path) {
			current = ((java.util.Map<?, ?>) current).get(key);
		}
		return current;
	}

}
