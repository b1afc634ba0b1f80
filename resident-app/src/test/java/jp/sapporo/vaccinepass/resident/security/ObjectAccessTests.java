package jp.sapporo.vaccinepass.resident.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
 * Object-level access: resident A asks for every proof (page, code, status), face photo
 * and certificate of resident B by id and gets 404 for each; B's scans never show in A's
 * history and marking B's notice read changes nothing. B gets its own.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ObjectAccessTests {

	private static final String OWNER = "visitor@example.com";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResidentGetsNotFoundForEveryProofPhotoAndCertificateOfAnother() {
		ResidentFixtures fixtures = new ResidentFixtures(this.jdbc);
		Visitor owner = Visitor.loggedIn(this.port, OWNER);
		List<String> paths = new ArrayList<>();
		for (String poster : List.of(ResidentFixtures.POSTER, ResidentFixtures.POSTER)) {
			String proof = ResidentFixtures.scan(owner, poster);
			paths.addAll(List.of("/p/" + proof, "/p/" + proof + "/code.svg", "/p/" + proof + "/status"));
		}
		for (String kind : List.of("FACE_PHOTO", "VACCINATION_CERTIFICATE")) {
			fixtures.documents(OWNER, kind).forEach((document) -> paths.add("/documents/" + document));
		}

		Visitor other = Visitor.loggedIn(this.port, "resident@example.jp");
		long refused = paths.stream().filter((path) -> other.get(path).statusCode() == 404).count();

		assertThat(paths).hasSizeGreaterThanOrEqualTo(8);
		assertThat(refused).as("404 for all %d requests", paths.size()).isEqualTo(paths.size());
		assertThat(paths).allSatisfy((path) -> assertThat(owner.get(path).statusCode()).as(path).isEqualTo(200));
	}

	@Test
	void anotherResidentsScansNeverShowInTheHistoryAndTheirNoticesCannotBeMarkedRead() {
		Map<String, Object> store = this.jdbc.sql("""
				select p.token, sr.name_ja from poster p join store s on s.id = p.store_id
				join store_revision sr on sr.id = s.published_revision_id
				where p.status = 'ACTIVE' and s.status = 'APPROVED'
				  and not exists (select 1 from scan_log l join resident_account a on a.id = l.resident_id
				                  where l.store_id = s.id and a.email = 'resident@example.jp')
				order by p.id limit 1
				""").query().singleRow();
		Visitor owner = Visitor.loggedIn(this.port, OWNER);
		ResidentFixtures.scan(owner, (String) store.get("token"));
		long notice = new ResidentFixtures(this.jdbc).newNotice(OWNER);

		Visitor other = Visitor.loggedIn(this.port, "resident@example.jp");
		other.post("/inbox/" + notice + "/read", "");

		String name = (String) store.get("name_ja");
		assertThat(owner.get("/history").body()).contains(name);
		assertThat(other.get("/history").body()).doesNotContain(name);
		assertThat(this.jdbc.sql("select read_at is null from notification where id = :id")
			.param("id", notice)
			.query(Boolean.class)
			.single()).as("still unread").isTrue();
	}

}
