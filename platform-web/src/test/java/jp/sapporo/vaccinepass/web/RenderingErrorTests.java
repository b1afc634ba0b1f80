package jp.sapporo.vaccinepass.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page that fails half-way through rendering answers with the error page and its
 * status, not with a truncated page and 200.
 */
@SpringBootTest(classes = RenderingErrorTests.TestApp.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.config.import=classpath:vaccinepass-platform.properties",
				"spring.messages.basename=messages/platform" })
class RenderingErrorTests {

	@Value("${local.server.port}")
	int port;

	@Test
	void aTemplateFailingAfterTheResponseBufferGivesTheErrorPageWith500() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/broken"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).doesNotContain("rendered-before-the-error")
			.doesNotContain("Exception")
			.contains("<html");
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(BrokenPageController.class)
	static class TestApp {

		@Bean
		SecurityFilterChain everyoneMayLook(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

	@Controller
	static class BrokenPageController {

		@GetMapping("/broken")
		String broken() {
			return "rendering-error";
		}

	}

}
