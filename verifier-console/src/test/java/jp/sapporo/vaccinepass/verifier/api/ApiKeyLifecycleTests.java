package jp.sapporo.vaccinepass.verifier.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import jp.sapporo.vaccinepass.web.PlatformUser;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Staff issue a key on the accounts page (shown once), the booking system uses it, staff
 * revoke it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ApiKeyLifecycleTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void aKeyIssuedByStaffIsShownOnceWorksAndStopsWorkingWhenRevoked() throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		PlatformUser staff = this.jdbc
			.sql("select id, display_name from staff_account where username = 'staff@city.sapporo.example.jp'")
			.query((rs, n) -> new PlatformUser(rs.getLong(1), "staff@city.sapporo.example.jp", "x", true, true,
					rs.getString(2), null, List.of(new SimpleGrantedAuthority("ROLE_CITY_STAFF"))))
			.single();
		long agency = this.jdbc.sql("select id from travel_agency where registration_number = '北海道知事登録旅行業第2-999号'")
			.query(Long.class)
			.single();
		MvcResult issued = mvc
			.perform(post("/staff/accounts/keys").param("agencyId", String.valueOf(agency))
				.param("label", "Hokkaido booking system")
				.with(user(staff))
				.with(csrf()))
			.andReturn();
		ApiKeys.IssuedKey key = (ApiKeys.IssuedKey) issued.getModelAndView().getModel().get("issuedKey");
		assertThat(issued.getResponse().getContentAsString()).contains(key.plainKey());
		// never through the session, which is stored in PostgreSQL
		assertThat(issued.getFlashMap().isEmpty()).isTrue();
		assertThat(key.plainKey()).startsWith(key.prefix() + "_");
		String page = mvc.perform(get("/staff/accounts").with(user(staff)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains(key.prefix()).doesNotContain(key.plainKey());

		assertThat(call(key.plainKey())).isEqualTo(200);
		long checks = this.jdbc.sql("select count(*) from eligibility_check where api_key_id = :id")
			.param("id", key.id())
			.query(Long.class)
			.single();
		assertThat(checks).isEqualTo(1);

		mvc.perform(post("/staff/accounts/keys/" + key.id() + "/revoke").with(user(staff)).with(csrf()));
		assertThat(call(key.plainKey())).isEqualTo(401);
		assertThat(this.jdbc.sql(
				"select count(*) from audit_log where action in ('API_KEY_ISSUED', 'API_KEY_REVOKED') and actor_id = :id")
			.param("id", staff.accountId())
			.query(Long.class)
			.single()).isGreaterThanOrEqualTo(2);
	}

	private int call(String key) throws Exception {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + this.port + "/api/v1/eligibility"))
			.header("Content-Type", "application/json")
			.header("X-API-Key", key)
			.POST(HttpRequest.BodyPublishers.ofString(EligibilityApiTests.familyRequest(LocalDate.now().plusDays(4))))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
	}

}
