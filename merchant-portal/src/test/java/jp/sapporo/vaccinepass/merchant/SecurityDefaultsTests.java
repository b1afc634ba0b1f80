package jp.sapporo.vaccinepass.merchant;

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
		return "VP_MERCHANT";
	}

	@Override
	protected String sessionTable() {
		return "merchant_session";
	}

	@Override
	protected List<String> demoUsers() {
		return List.of("merchant1@example.jp", "merchant2@example.jp", "merchant3@example.jp");
	}

}
