package jp.sapporo.vaccinepass.verifier;

import java.util.List;

import jp.sapporo.vaccinepass.test.SecurityDefaultsContract;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;

/** The platform's security and page baseline, as this app serves it. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SecurityDefaultsTests extends SecurityDefaultsContract {

	@Override
	protected String sessionCookie() {
		return "VP_VERIFIER";
	}

	@Override
	protected String sessionTable() {
		return "verifier_session";
	}

	@Override
	protected List<String> demoUsers() {
		return List.of("agent@hokkaido-tours.example.jp", "agent@shinshu-travel.example.jp",
				"staff@city.sapporo.example.jp", "lead@city.sapporo.example.jp");
	}

}
