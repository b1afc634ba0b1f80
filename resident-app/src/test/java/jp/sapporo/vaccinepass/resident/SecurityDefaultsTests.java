package jp.sapporo.vaccinepass.resident;

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
		return "VP_RESIDENT";
	}

	@Override
	protected String sessionTable() {
		return "resident_session";
	}

	@Override
	protected List<String> demoUsers() {
		return List.of("pending@example.jp", "resident@example.jp", "waiting@example.jp", "rejected@example.jp",
				"123456789", "visitor@example.com", "E12345678", "wang@example.cn");
	}

}
