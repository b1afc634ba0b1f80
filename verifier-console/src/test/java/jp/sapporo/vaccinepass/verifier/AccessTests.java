package jp.sapporo.vaccinepass.verifier;

import java.time.LocalDate;
import java.util.List;

import jp.sapporo.vaccinepass.web.PlatformUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Least privilege per role and object-level access, through the real security chain. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AccessTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	private PlatformUser account(String username) {
		return this.jdbc.sql("select id, role, display_name, agency_id from staff_account where username = :u")
			.param("u", username)
			.query((rs, n) -> {
				String role = rs.getString("role");
				List<SimpleGrantedAuthority> authorities = "CITY_STAFF_LEAD".equals(role)
						? List.of(new SimpleGrantedAuthority("ROLE_CITY_STAFF_LEAD"),
								new SimpleGrantedAuthority("ROLE_CITY_STAFF"))
						: List.of(new SimpleGrantedAuthority("ROLE_" + role));
				return new PlatformUser(rs.getLong("id"), username, "x", true, true, rs.getString("display_name"),
						(Long) rs.getObject("agency_id"), authorities);
			})
			.single();
	}

	private PlatformUser shinshuAgent() {
		return account("agent@shinshu-travel.example.jp");
	}

	private PlatformUser hokkaidoAgent() {
		return account("agent@hokkaido-tours.example.jp");
	}

	private long saveCheckAs(PlatformUser agent, String booking) throws Exception {
		LocalDate start = LocalDate.now().plusDays(5);
		MvcResult result = this.mvc
			.perform(post("/agent/checks/new").with(user(agent))
				.with(csrf())
				.param("action", "save")
				.param("programme", "shinshu-wari-special-v2")
				.param("bookingReference", booking)
				.param("tripStart", start.toString())
				.param("alertLevel", "0")
				.param("travellers[0].name", "山田 太郎")
				.param("travellers[0].birthDate", "1980-01-01")
				.param("travellers[0].household", "1")
				.param("travellers[0].role", "TRAVELLER")
				.param("travellers[0].dose1", start.minusDays(80).toString())
				.param("travellers[0].dose2", start.minusDays(50).toString()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/agent/checks/");
		return Long.parseLong(location.substring("/agent/checks/".length(), location.indexOf('?')));
	}

	@Test
	void anAgentCannotReachStaffPages() throws Exception {
		this.mvc.perform(get("/staff/programmes").with(user(shinshuAgent()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/clusters").with(user(shinshuAgent()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/accounts").with(user(shinshuAgent()))).andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/audit").with(user(shinshuAgent()))).andExpect(status().isForbidden());
	}

	@Test
	void staffCannotUseTheAgentsCheckForm() throws Exception {
		this.mvc.perform(get("/agent/checks/new").with(user(account("staff@city.sapporo.example.jp"))))
			.andExpect(status().isForbidden());
	}

	@Test
	void onlyALeadReadsTheAuditLog() throws Exception {
		this.mvc.perform(get("/staff/audit").with(user(account("staff@city.sapporo.example.jp"))))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/staff/audit").with(user(account("lead@city.sapporo.example.jp"))))
			.andExpect(status().isOk());
	}

	@Test
	void anAgencyCannotReadAnotherAgencysCheck() throws Exception {
		long id = saveCheckAs(shinshuAgent(), "SH-ACCESS-1");
		this.mvc.perform(get("/agent/checks/" + id).with(user(shinshuAgent()))).andExpect(status().isOk());
		this.mvc.perform(get("/agent/checks/" + id).with(user(hokkaidoAgent()))).andExpect(status().isNotFound());
		this.mvc.perform(get("/agent/checks/" + id + "/record.pdf").with(user(hokkaidoAgent())))
			.andExpect(status().isNotFound());
		String list = this.mvc.perform(get("/agent/checks").with(user(hokkaidoAgent())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain("SH-ACCESS-1");
	}

	@Test
	void theSavedCheckPrintsAsAPdfWithTheTravellersName() throws Exception {
		long id = saveCheckAs(shinshuAgent(), "SH-PDF-1");
		MvcResult result = this.mvc.perform(get("/agent/checks/" + id + "/record.pdf").with(user(shinshuAgent())))
			.andExpect(status().isOk())
			.andReturn();
		byte[] pdf = result.getResponse().getContentAsByteArray();
		// kept beside the screenshots, to look at
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "check-record.pdf"), pdf);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		// the Japanese font is embedded (a subset of IPAex Gothic)
		assertThat(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).contains("IPAexGothic");
	}

	@Test
	void aTripThatAlreadyStartedCannotGetNewEvidence() throws Exception {
		String page = this.mvc
			.perform(post("/agent/checks/new").with(user(shinshuAgent()))
				.with(csrf())
				.param("action", "save")
				.param("programme", "shinshu-wari-special-v2")
				.param("tripStart", LocalDate.now().minusDays(1).toString())
				.param("alertLevel", "0")
				.param("travellers[0].name", "山田 花子")
				.param("travellers[0].birthDate", "1980-01-01")
				.param("travellers[0].role", "TRAVELLER"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"error-summary\"").contains("aria-invalid=\"true\"");
		assertThat(this.jdbc.sql("select count(*) from eligibility_check where request::text like '%山田 花子%'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void addingATravellerKeepsWhatWasTyped() throws Exception {
		String page = this.mvc
			.perform(post("/agent/checks/new").with(user(shinshuAgent()))
				.with(csrf())
				.param("action", "add")
				.param("programme", "shinshu-wari-special-v2")
				.param("bookingReference", "KEEP-ME")
				.param("travellers[0].name", "佐藤 一郎"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("value=\"KEEP-ME\"").contains("value=\"佐藤 一郎\"").contains("id=\"traveller-2\"");
		assertThat(page).doesNotContain("id=\"error-summary\"");
	}

	@Test
	void aSavedCheckCanGetMoreEvidenceUntilTheTripStartsButNotAfter() throws Exception {
		long id = saveCheckAs(shinshuAgent(), "SH-AMEND-1");
		this.mvc.perform(get("/agent/checks/" + id + "/amend").with(user(shinshuAgent())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("value=\"SH-AMEND-1\"")));
		// the same check once its trip has started (the row is moved back in time)
		this.jdbc.sql("update eligibility_check set reference_date = current_date - 1 where id = :id")
			.param("id", id)
			.update();
		this.mvc.perform(get("/agent/checks/" + id + "/amend").with(user(shinshuAgent())))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/agent/checks/" + id));
		this.mvc.perform(get("/agent/checks/" + id + "/amend").with(user(hokkaidoAgent())))
			.andExpect(status().isNotFound());
	}

	@Test
	void theListFiltersByBookingReferenceAndDay() throws Exception {
		saveCheckAs(shinshuAgent(), "SH-FILTER-1");
		String today = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
		String tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1).toString();
		String matching = this.mvc
			.perform(get("/agent/checks").param("q", "filter-1")
				.param("from", today)
				.param("to", today)
				.with(user(shinshuAgent())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(matching).contains("SH-FILTER-1");
		String otherName = this.mvc.perform(get("/agent/checks").param("q", "NO-SUCH").with(user(shinshuAgent())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(otherName).doesNotContain("SH-FILTER-1").contains("id=\"no-checks\"");
		String laterDay = this.mvc.perform(get("/agent/checks").param("from", tomorrow).with(user(shinshuAgent())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(laterDay).doesNotContain("SH-FILTER-1");
	}

	@Test
	void staffCannotDisableALeadButALeadCan() throws Exception {
		PlatformUser lead = account("lead@city.sapporo.example.jp");
		this.mvc
			.perform(post("/staff/accounts/users/" + lead.accountId() + "/enabled").param("enabled", "false")
				.with(user(account("staff@city.sapporo.example.jp")))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select enabled from staff_account where id = :id")
			.param("id", lead.accountId())
			.query(Boolean.class)
			.single()).isTrue();
		PlatformUser agent = hokkaidoAgent();
		this.mvc
			.perform(post("/staff/accounts/users/" + agent.accountId() + "/enabled").param("enabled", "false")
				.with(user(lead))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.sql("select enabled from staff_account where id = :id")
			.param("id", agent.accountId())
			.query(Boolean.class)
			.single()).isFalse();
		this.jdbc.sql("update staff_account set enabled = true where id = :id").param("id", agent.accountId()).update();
	}

	@Test
	void anImpossibleBookingIsExplainedForTheTravellerConcernedAndNothingIsSaved() throws Exception {
		LocalDate start = LocalDate.now().plusDays(5);
		long before = this.jdbc.sql("select count(*) from eligibility_check").query(Long.class).single();
		String page = this.mvc
			.perform(post("/agent/checks/new").with(user(shinshuAgent()))
				.with(csrf())
				.param("action", "save")
				.param("programme", "shinshu-wari-special-v2")
				.param("tripStart", start.toString())
				.param("alertLevel", "0")
				.param("travellers[0].name", "一人目")
				.param("travellers[0].birthDate", "1980-01-01")
				.param("travellers[1].name", "二人目")
				.param("travellers[1].birthDate", "1981-01-01")
				.param("travellers[1].dose1", start.minusDays(30).toString())
				.param("travellers[1].dose2", start.minusDays(60).toString()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"error-summary\"").contains("旅行者 2: ");
		assertThat(this.jdbc.sql("select count(*) from eligibility_check").query(Long.class).single())
			.isEqualTo(before);
	}

}
