package jp.sapporo.vaccinepass.resident;

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
		return "VP_RESIDENT";
	}

	@Override
	protected String sessionTable() {
		return "resident_session";
	}

	@Override
	protected String demoUser() {
		return "pending@example.jp";
	}

}
