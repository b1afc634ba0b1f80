package jp.sapporo.vaccinepass.resident;

import java.net.http.HttpResponse;

import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The session row's last-access time is written at most once a minute (platform-web's
 * {@code SessionConfiguration}); idle timeout and logout still end the session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class SessionLastAccessTests {

	private static final long MINUTE = 60_000;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long lastAccess(String sessionId) {
		return this.jdbc.sql("select last_access_time from resident_session where session_id = :id")
			.param("id", sessionId)
			.query(Long.class)
			.single();
	}

	private void moveLastAccess(String sessionId, long millis) {
		this.jdbc.sql("""
				update resident_session set last_access_time = last_access_time + :by, expiry_time = expiry_time + :by
				where session_id = :id
				""").param("by", millis).param("id", sessionId).update();
	}

	@Test
	void requestsWithinAMinuteOfTheStoredLastAccessDoNotWriteTheSessionRow() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String id = phone.sessionId();
		assertThat(phone.get("/").statusCode()).isEqualTo(200);
		long stored = lastAccess(id);
		for (int i = 0; i < 3; i++) {
			assertThat(phone.get("/").statusCode()).isEqualTo(200);
		}
		assertThat(lastAccess(id)).isEqualTo(stored);
	}

	@Test
	void aRequestMoreThanAMinuteAfterTheStoredLastAccessWritesIt() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String id = phone.sessionId();
		moveLastAccess(id, -2 * MINUTE);
		long stale = lastAccess(id);
		assertThat(phone.get("/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(id)).isGreaterThanOrEqualTo(stale + 2 * MINUTE);
		long expiry = this.jdbc
			.sql("select expiry_time - last_access_time from resident_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
		assertThat(expiry).isEqualTo(30 * MINUTE);
	}

	@Test
	void theLastAccessIsWrittenFromExactlyAMinuteOnAndNotJustBefore() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String id = phone.sessionId();
		// 58 s old (plus the moments since it was written, well under 2 s): not written
		moveLastAccess(id, -58_000);
		long young = lastAccess(id);
		assertThat(phone.get("/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(id)).isEqualTo(young);
		// two seconds more, so exactly a minute old (plus those moments): written
		moveLastAccess(id, -2_000);
		long due = lastAccess(id);
		assertThat(phone.get("/").statusCode()).isEqualTo(200);
		assertThat(lastAccess(id)).isGreaterThanOrEqualTo(due + MINUTE);
	}

	@Test
	void aSessionIdleForTheTimeoutIsEndedEvenIfItsLastRequestsWereNotWritten() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String id = phone.sessionId();
		assertThat(phone.get("/").statusCode()).isEqualTo(200);
		// the stored last access is at most a minute old: 30 minutes of idleness after it
		// end the session
		moveLastAccess(id, -30 * MINUTE - 1000);
		HttpResponse<String> page = phone.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(ResidentHttp.location(page)).contains("/login");
	}

	@Test
	void logoutEndsTheSessionInTheDatabaseAtOnce() {
		ResidentHttp phone = ResidentHttp.loggedIn(this.port, "resident@example.jp", DemoAccounts.PASSWORD);
		String id = phone.sessionId();
		String csrf = phone.csrf("/");
		assertThat(phone.post("/logout", java.util.Map.of("_csrf", csrf)).statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from resident_session where session_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isZero();
		// the old cookie (another instance, another tab) opens nothing
		ResidentHttp stolen = new ResidentHttp(this.port);
		stolen.useSession(id);
		HttpResponse<String> page = stolen.get("/");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(ResidentHttp.location(page)).contains("/login");
	}

}
