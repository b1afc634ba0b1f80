package jp.sapporo.vaccinepass.verifier.account;

import java.util.List;

import jp.sapporo.vaccinepass.test.DemoAccounts;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The initial password of a new agent or staff account follows the platform's rules. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class StaffPasswordTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	private MockMvc mvc;

	private final String username = "new-staff-" + System.nanoTime() + "@city.sapporo.example.jp";

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void aCommonOrShortInitialPasswordIsRefusedWithAMessageAndNoAccountIsMade() throws Exception {
		this.mvc.perform(newAccount("1qaz2wsx3edc").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This password is too common and easy to guess.")));
		this.mvc.perform(newAccount("Whosyourdaddy"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("このパスワードはよく使われていて推測されやすいため")));
		this.mvc.perform(newAccount("eleven char"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("パスワードは12文字以上128文字以内にしてください。")));
		assertThat(accounts()).isZero();
		this.mvc.perform(newAccount("two cranes over the toyohira")).andExpect(status().is3xxRedirection());
		assertThat(accounts()).isOne();
	}

	private MockHttpServletRequestBuilder newAccount(String password) {
		return post("/staff/accounts/users").with(user(staff()))
			.with(csrf())
			.param("username", this.username)
			.param("displayName", "新しい 職員")
			.param("role", "CITY_STAFF")
			.param("password", password);
	}

	private long accounts() {
		return this.jdbc.sql("select count(*) from staff_account where username = :u")
			.param("u", this.username)
			.query(Long.class)
			.single();
	}

	private PlatformUser staff() {
		long id = DemoAccounts.staffId(this.jdbc);
		return new PlatformUser(id, DemoAccounts.STAFF, "x", true, true, "札幌 市子", null,
				List.of(new SimpleGrantedAuthority("ROLE_CITY_STAFF")));
	}

}
