package jp.sapporo.vaccinepass.verifier.security;

import java.util.ArrayList;
import java.util.List;

import jp.sapporo.vaccinepass.test.Visitor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Object-level access: an agent of one agency asks for every saved check of another
 * agency (its page, its amendment form and its PDF record) by id and gets 404 for each;
 * the other agency's agent gets them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ObjectAccessTests {

	private static final String OWNER = "agent@hokkaido-tours.example.jp";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAgentGetsNotFoundForEveryCheckOfAnotherAgency() {
		Visitor owner = Visitor.loggedIn(this.port, OWNER);
		VerifierFixtures.newCheck(owner, VerifierFixtures.checkForm("HKD-1"));
		VerifierFixtures.newCheck(owner, VerifierFixtures.checkForm("HKD-2"));
		List<Long> checks = new VerifierFixtures(this.jdbc).checksOf(OWNER);
		List<String> paths = new ArrayList<>();
		for (long check : checks) {
			for (String page : List.of("", "/amend", "/record.pdf")) {
				paths.add("/agent/checks/" + check + page);
			}
		}

		Visitor other = Visitor.loggedIn(this.port, "agent@shinshu-travel.example.jp");
		long refused = paths.stream().filter((path) -> other.get(path).statusCode() == 404).count();

		assertThat(checks).hasSizeGreaterThanOrEqualTo(2);
		assertThat(refused).as("404 for all %d requests", paths.size()).isEqualTo(paths.size());
		// the same ids do exist: their owner reads each (an API check's amendment form
		// redirects to the check when it cannot be amended)
		assertThat(paths).allSatisfy((path) -> assertThat(owner.get(path).statusCode()).as(path).isIn(200, 302));
		assertThat(other.get("/agent/checks").body()).doesNotContain("HKD-1", "HKD-2");
	}

}
