package jp.sapporo.vaccinepass.merchant;

import java.net.URI;

import jp.sapporo.vaccinepass.test.LogCanary;
import jp.sapporo.vaccinepass.web.mail.DemoMailbox;
import jp.sapporo.vaccinepass.web.mail.MailboxMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The merchant account flows typed with canary personal data leave none of it in the log
 * (docs/security.md "Logs"): sign-up, e-mail link, logins, password reset.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@ExtendWith(OutputCaptureExtension.class)
class LogCanaryTests {

	@Autowired
	WebApplicationContext context;

	@Autowired
	DemoMailbox mailbox;

	@Test
	void merchantAccountFlowsWithCanaryDataLogNoneOfIt(CapturedOutput output) throws Exception {
		MockMvc mvc = MockMvcBuilders.webAppContextSetup(this.context).apply(springSecurity()).build();
		mvc.perform(post("/signup").with(csrf())
			.param("email", LogCanary.EMAIL)
			.param("password", LogCanary.PASSWORD)
			.param("passwordRepeat", LogCanary.PASSWORD)
			.param("contactName", LogCanary.NAME)
			.param("phone", LogCanary.PHONE)
			.param("terms", "true")).andExpect(redirectedUrl("/signup/sent"));
		// the same address again, and passwords that do not match
		mvc.perform(post("/signup").with(csrf())
			.param("email", LogCanary.EMAIL)
			.param("password", LogCanary.PASSWORD)
			.param("passwordRepeat", LogCanary.WRONG_PASSWORD)
			.param("contactName", LogCanary.NAME)
			.param("terms", "true")).andExpect(status().isOk());
		mvc.perform(formLogin().user(LogCanary.EMAIL).password(LogCanary.PASSWORD)).andExpect(unauthenticated());
		String verify = link("/verify?token=");
		mvc.perform(get(verify)).andExpect(status().isOk());
		mvc.perform(formLogin().user(LogCanary.EMAIL).password(LogCanary.PASSWORD)).andExpect(authenticated());
		mvc.perform(formLogin().user(LogCanary.EMAIL).password(LogCanary.WRONG_PASSWORD)).andExpect(unauthenticated());
		mvc.perform(formLogin().user("x" + LogCanary.EMAIL).password(LogCanary.PASSWORD)).andExpect(unauthenticated());
		// password reset: asked for, then set with the link's token
		mvc.perform(post("/password/forgot").with(csrf()).param("email", LogCanary.EMAIL))
			.andExpect(redirectedUrl("/password/sent"));
		String reset = link("/password/reset?token=");
		String token = reset.substring(reset.indexOf("token=") + 6);
		mvc.perform(post("/password/reset").with(csrf())
			.param("token", token)
			.param("password", LogCanary.PASSWORD + "-2")
			.param("passwordRepeat", LogCanary.PASSWORD + "-2")).andExpect(redirectedUrl("/login?reset"));
		LogCanary.assertNotLogged(output, verify.substring(verify.indexOf("token=") + 6), token);
	}

	private String link(String prefix) {
		for (MailboxMessage message : this.mailbox.messages(LogCanary.EMAIL)) {
			for (MailboxMessage.Part part : message.parts()) {
				if (part.link() != null && part.link().contains(prefix)) {
					URI uri = URI.create(part.link());
					return uri.getPath() + "?" + uri.getQuery();
				}
			}
		}
		throw new AssertionError("No e-mail with " + prefix);
	}

}
