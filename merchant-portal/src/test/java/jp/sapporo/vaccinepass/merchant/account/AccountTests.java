package jp.sapporo.vaccinepass.merchant.account;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import jp.sapporo.vaccinepass.test.Visitor;
import jp.sapporo.vaccinepass.web.mail.DemoMailbox;
import jp.sapporo.vaccinepass.web.mail.MailboxMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sign-up, e-mail verification and password reset, with the e-mails read from the
 * embedded mail server.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class AccountTests {

	@LocalServerPort
	int port;

	@Autowired
	WebApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoMailbox mailbox;

	@Autowired
	PasswordEncoder passwords;

	MockMvc mvc;

	@BeforeEach
	void setUp() {
		this.mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
	}

	@Test
	void anAccountLogsInOnlyAfterItsAddressIsVerifiedAndALinkWorksOnce() throws Exception {
		String email = "signup-" + System.nanoTime() + "@example.jp";
		signUp(email, "a-long-password-1");
		this.mvc.perform(formLogin().user(email).password("a-long-password-1")).andExpect(unauthenticated());
		String link = link(email, "/verify?token=");
		this.mvc.perform(get(link)).andExpect(content().string(containsString("id=\"verify-ok\"")));
		this.mvc.perform(get(link)).andExpect(content().string(containsString("id=\"verify-failed\"")));
		this.mvc.perform(formLogin().user(email).password("a-long-password-1")).andExpect(authenticated());
		// only a hash of the link's token is stored
		String token = link.substring(link.indexOf("token=") + 6);
		assertThat(this.jdbc.sql("select count(*) from account_token where encode(token_hash, 'escape') like :t")
			.param("t", "%" + token + "%")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aSecondSignUpWithTheSameAddressIsRefusedWithAMessage() throws Exception {
		this.mvc
			.perform(post("/signup").with(csrf())
				.param("email", "MERCHANT1@example.jp")
				.param("password", "a-long-password-1")
				.param("passwordRepeat", "a-long-password-1")
				.param("contactName", "誰か")
				.param("terms", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("このメールアドレスはすでに登録されています")));
	}

	@Test
	void aCommonOrShortPasswordIsRefusedInTheUsersLanguageAndNoAccountIsMade() throws Exception {
		String email = "common-" + System.nanoTime() + "@example.jp";
		this.mvc.perform(signUpWith(email, "qwerty123456").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This password is too common and easy to guess.")));
		this.mvc.perform(signUpWith(email, "Qwerty123456"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("このパスワードはよく使われていて推測されやすいため")));
		this.mvc.perform(signUpWith(email, "eleven char"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("パスワードは12文字以上128文字以内にしてください。")));
		assertThat(this.jdbc.sql("select count(*) from merchant_account where email = :email")
			.param("email", email)
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aCommonPasswordCannotBeChosenThroughAResetLink() throws Exception {
		String email = "reset-common-" + System.nanoTime() + "@example.jp";
		signUp(email, "the-first-password");
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", email));
		String link = link(email, "/password/reset?token=");
		String token = link.substring(link.indexOf("token=") + 6);
		this.mvc
			.perform(post("/password/reset").with(csrf())
				.param("token", token)
				.param("password", "1qaz2wsx3edc")
				.param("passwordRepeat", "1qaz2wsx3edc"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("このパスワードはよく使われていて推測されやすいため")));
		this.mvc.perform(formLogin().user(email).password("1qaz2wsx3edc")).andExpect(unauthenticated());
	}

	@Test
	void aPasswordIsResetThroughTheEmailedLink() throws Exception {
		String email = "reset-" + System.nanoTime() + "@example.jp";
		signUp(email, "the-first-password");
		this.mvc.perform(get(link(email, "/verify?token=")));
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
			.andExpect(redirectedUrl("/password/sent"));
		// an unknown address gets the same answer
		this.mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody@example.jp"))
			.andExpect(redirectedUrl("/password/sent"));
		String link = link(email, "/password/reset?token=");
		String token = link.substring(link.indexOf("token=") + 6);
		this.mvc.perform(get(link)).andExpect(content().string(containsString("id=\"reset-form\"")));
		this.mvc
			.perform(post("/password/reset").with(csrf())
				.param("token", token)
				.param("password", "the-second-password")
				.param("passwordRepeat", "the-second-password"))
			.andExpect(redirectedUrl("/login?reset"));
		this.mvc.perform(formLogin().user(email).password("the-second-password")).andExpect(authenticated());
		this.mvc.perform(formLogin().user(email).password("the-first-password")).andExpect(unauthenticated());
		this.mvc.perform(get(link)).andExpect(content().string(containsString("id=\"reset-invalid\"")));
	}

	/**
	 * Over real HTTP, as a browser: two accounts locked by five wrong passwords (the
	 * right one refused too); the reset of one, through the link mailed to it, lifts its
	 * own lock only.
	 */
	@Test
	void aPasswordResetLiftsTheLockOfItsOwnNameOnly() {
		String locked = "locked-" + System.nanoTime() + "@example.jp";
		String other = "other-" + System.nanoTime() + "@example.jp";
		for (String email : List.of(locked, other)) {
			Visitor browser = Visitor.anonymous(this.port);
			assertThat(browser.post("/signup",
					Visitor.form(Map.of("email", email, "password", "the-first-password", "passwordRepeat",
							"the-first-password", "contactName", "札幌 次郎", "terms", "true")))
				.statusCode()).isEqualTo(302);
			assertThat(browser.get(link(email, "/verify?token=")).body()).contains("id=\"verify-ok\"");
			assertThat(logIn(email, "the-first-password")).as("can log in").doesNotContain("error");
			for (int i = 0; i < 5; i++) {
				assertThat(logIn(email, "a-wrong-password-" + i)).endsWith("/login?error");
			}
			assertThat(logIn(email, "the-first-password")).as("locked: the right password refused")
				.endsWith("/login?error");
		}

		resetThroughTheMailedLink(other, "the-second-password");
		assertThat(logIn(other, "the-second-password")).as("lock lifted by its reset").doesNotContain("error");
		assertThat(logIn(locked, "the-first-password")).as("another name's reset lifts nothing")
			.endsWith("/login?error");

		resetThroughTheMailedLink(locked, "the-second-password");
		Visitor owner = Visitor.anonymous(this.port);
		HttpResponse<String> login = owner.post("/login",
				Visitor.form(Map.of("username", locked, "password", "the-second-password")));
		assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
		assertThat(owner.get("/").statusCode()).as("signed in at once").isEqualTo(200);
	}

	/**
	 * @return where the login form sends the browser
	 */
	private String logIn(String email, String password) {
		HttpResponse<String> response = Visitor.anonymous(this.port)
			.post("/login", Visitor.form(Map.of("username", email, "password", password)));
		assertThat(response.statusCode()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	private void resetThroughTheMailedLink(String email, String password) {
		Visitor browser = Visitor.anonymous(this.port);
		HttpResponse<String> sent = browser.post("/password/forgot", Visitor.form(Map.of("email", email)));
		assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/password/sent");
		String link = link(email, "/password/reset?token=");
		HttpResponse<String> form = browser.get(link);
		assertThat(form.body()).contains("id=\"reset-form\"");
		HttpResponse<String> changed = browser.post("/password/reset", Visitor.form(Map.of("token",
				link.substring(link.indexOf("token=") + 6), "password", password, "passwordRepeat", password)));
		assertThat(changed.headers().firstValue("Location").orElseThrow()).endsWith("/login?reset");
	}

	@Test
	void resetLinksAreLimitedToThreeAnHourPerAccount() throws Exception {
		String email = "flood-" + System.nanoTime() + "@example.jp";
		signUp(email, "a-long-password-1");
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(post("/password/forgot").with(csrf()).param("email", email))
				.andExpect(redirectedUrl("/password/sent"));
		}
		assertThat(this.mailbox.messages(email)).filteredOn((m) -> m.body().contains("/password/reset?token="))
			.hasSize(3);
	}

	@Test
	void theSignUpPageAndTheTermsAreOpenToAnyoneInEnglishToo() throws Exception {
		this.mvc.perform(get("/signup").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Sign up as a merchant")));
		this.mvc.perform(get("/terms").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must never be a condition for entry")));
		this.mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
	}

	private void signUp(String email, String password) throws Exception {
		this.mvc.perform(signUpWith(email, password)).andExpect(redirectedUrl("/signup/sent"));
	}

	private MockHttpServletRequestBuilder signUpWith(String email, String password) {
		return post("/signup").with(csrf())
			.param("email", email)
			.param("password", password)
			.param("passwordRepeat", password)
			.param("contactName", "札幌 次郎")
			.param("terms", "true");
	}

	/** The path and query of the newest link in the newest mail that has one. */
	private String link(String email, String prefix) {
		List<MailboxMessage> messages = this.mailbox.messages(email);
		for (MailboxMessage message : messages) {
			for (MailboxMessage.Part part : message.parts()) {
				if (part.link() != null && part.link().contains(prefix)) {
					URI uri = URI.create(part.link());
					return uri.getPath() + "?" + uri.getQuery();
				}
			}
		}
		throw new AssertionError("No e-mail with " + prefix + " to " + email);
	}

}
