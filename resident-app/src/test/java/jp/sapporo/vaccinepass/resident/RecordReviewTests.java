package jp.sapporo.vaccinepass.resident;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jp.sapporo.vaccinepass.db.resident.RecordForReview;
import jp.sapporo.vaccinepass.db.resident.ResidentDocuments;
import jp.sapporo.vaccinepass.db.resident.ReviewException;
import jp.sapporo.vaccinepass.db.resident.VaccinationRecordReview;
import jp.sapporo.vaccinepass.test.DemoAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The shared review service (used by the verifier console) and the resident's side of it.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class RecordReviewTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VaccinationRecordReview review;

	@Autowired
	ResidentDocuments documents;

	private long staff() {
		return DemoAccounts.staffId(this.jdbc);
	}

	private long recordOf(String email) {
		return this.jdbc.sql("""
				select r.id from vaccination_record r join resident_account a on a.id = r.resident_id where a.email = :e
				""").param("e", email).query(Long.class).single();
	}

	@Test
	void theQueueListsPendingRecordsWithDosesAndCertificateOldestFirst() {
		List<RecordForReview> queue = this.review.pendingQueue(50, 0);
		assertThat(queue).isNotEmpty().allMatch((r) -> r.status().equals("PENDING_REVIEW"));
		assertThat(queue).isSortedAccordingTo(java.util.Comparator.comparing(RecordForReview::submittedAt));
		RecordForReview wang = queue.stream()
			.filter((r) -> "E12345678".equals(r.passportNumber()))
			.findFirst()
			.orElseThrow();
		assertThat(wang.passportCountry()).isEqualTo("CHN");
		assertThat(wang.visitor()).isTrue();
		assertThat(wang.doses()).extracting((d) -> d.number()).containsExactly(1, 2);
		assertThat(wang.certificateDocumentId()).isNotNull();
		assertThat(this.documents.certificate(wang.recordId())).hasValueSatisfying((image) -> {
			assertThat(image.mediaType()).isEqualTo("image/jpeg");
			assertThat(image.content()).isNotEmpty();
		});
		assertThat(this.documents.facePhoto(wang.residentId())).isPresent();
		assertThat(this.review.pendingCount()).isGreaterThanOrEqualTo(queue.size());
	}

	@Test
	void rejectingNeedsAReasonAndTellsTheResident() {
		long record = this.jdbc
			.sql("""
					insert into vaccination_record (resident_id, status, certificate_kind)
					select id, 'PENDING_REVIEW', 'MUNICIPAL_CERTIFICATE' from resident_account where email = 'visitor@example.com'
					on conflict (resident_id) do update set status = 'PENDING_REVIEW', reviewed_at = null, reviewed_by = null,
					    rejection_reason = null
					returning id
					""")
			.query(Long.class)
			.single();
		assertThatThrownBy(() -> this.review.reject(record, staff(), "  ")).isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).problem())
			.isEqualTo(ReviewException.Problem.REASON_REQUIRED);
		this.review.reject(record, staff(), "The photo is blurred.");
		assertThat(this.review.record(record)).hasValueSatisfying((r) -> {
			assertThat(r.status()).isEqualTo("REJECTED");
			assertThat(r.rejectionReason()).isEqualTo("The photo is blurred.");
		});
		// the visitor reads English: the notice is in English
		assertThat(this.jdbc.sql("""
				select body from notification n join resident_account a on a.id = n.resident_id
				where a.email = 'visitor@example.com' and n.kind = 'RECORD_REJECTED' order by n.id desc limit 1
				""").query(String.class).single()).contains("Reason: The photo is blurred.");
		assertThatThrownBy(() -> this.review.verify(record, staff())).isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).problem())
			.isEqualTo(ReviewException.Problem.NOT_PENDING);
		this.jdbc.sql("""
				update vaccination_record set status = 'VERIFIED', rejection_reason = null where id = :id
				""").param("id", record).update();
	}

	@Test
	void aRecordChangedWhileStaffLookedIsNotVerifiedUnseenAndTwoStaffCannotBothDecide() {
		long record = recordOf("pending@example.jp");
		RecordForReview seen = this.review.record(record).orElseThrow();
		this.jdbc.sql("update vaccination_record set version = version + 1 where id = :id")
			.param("id", record)
			.update();
		assertThatThrownBy(() -> this.review.verify(record, seen.version(), staff()))
			.isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).problem())
			.isEqualTo(ReviewException.Problem.CHANGED);
		assertThatThrownBy(() -> this.review.verify(-1, staff())).isInstanceOf(ReviewException.class)
			.extracting((ex) -> ((ReviewException) ex).problem())
			.isEqualTo(ReviewException.Problem.NOT_FOUND);
	}

	@Test
	void aNewResidentEntersDosesGetsVerifiedThenAChangeGoesBackToReview() throws Exception {
		String email = "doses-" + System.nanoTime() + "@example.jp";
		ResidentHttp phone = SignUpTests.signUp(this.port, email);
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));
		// dates in the future and out of order are refused with a message, nothing saved
		HttpResponse<String> refused = RecordPosts.post(phone,
				Map.of("certificateKind", "MUNICIPAL_CERTIFICATE", "doses[0].date", today.minusDays(30).toString(),
						"doses[0].product", "COMIRNATY", "doses[1].date", today.minusDays(40).toString(),
						"doses[1].product", "COMIRNATY"),
				TestImages.certificatePng());
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("error-summary").contains("この回の接種日は前の回より後の日付にしてください");
		HttpResponse<String> future = RecordPosts.post(phone, Map.of("certificateKind", "MUNICIPAL_CERTIFICATE",
				"doses[0].date", today.plusDays(1).toString(), "doses[0].product", "COMIRNATY"),
				TestImages.certificatePng());
		assertThat(future.body()).contains("接種日に未来の日付は入力できません");
		assertThat(this.jdbc.sql(
				"select count(*) from vaccination_record r join resident_account a on a.id = r.resident_id where a.email = :e")
			.param("e", email)
			.query(Long.class)
			.single()).isZero();
		HttpResponse<String> saved = RecordPosts.post(phone,
				Map.of("certificateKind", "MUNICIPAL_CERTIFICATE", "doses[0].date", today.minusDays(60).toString(),
						"doses[0].product", "COMIRNATY", "doses[1].date", today.minusDays(30).toString(),
						"doses[1].product", "COMIRNATY", "doses[1].lot", "AB1234"),
				TestImages.certificatePng());
		assertThat(saved.statusCode()).isEqualTo(302);
		long record = recordOf(email);
		assertThat(this.review.record(record).orElseThrow().status()).isEqualTo("PENDING_REVIEW");
		assertThat(phone.get("/s/" + ScanAndProofTests.HOKUTO).body()).contains("scan-record-not-verified");
		this.review.verify(record, staff());
		assertThat(phone.get("/inbox").body()).contains("接種記録が確認されました");
		assertThat(phone.get("/s/" + ScanAndProofTests.HOKUTO).statusCode()).isEqualTo(200);
		// saving the same record again changes nothing and keeps it verified
		RecordPosts.post(phone,
				Map.of("certificateKind", "MUNICIPAL_CERTIFICATE", "doses[0].date", today.minusDays(60).toString(),
						"doses[0].product", "COMIRNATY", "doses[1].date", today.minusDays(30).toString(),
						"doses[1].product", "COMIRNATY", "doses[1].lot", "AB1234"),
				null);
		assertThat(this.review.record(record).orElseThrow().status()).isEqualTo("VERIFIED");
		// a real change goes back to review and closes the proof until checked again
		RecordPosts.post(phone,
				Map.of("certificateKind", "MUNICIPAL_CERTIFICATE", "doses[0].date", today.minusDays(60).toString(),
						"doses[0].product", "COMIRNATY", "doses[1].date", today.minusDays(29).toString(),
						"doses[1].product", "COMIRNATY"),
				null);
		assertThat(this.review.record(record).orElseThrow().status()).isEqualTo("PENDING_REVIEW");
		assertThat(phone.get("/s/" + ScanAndProofTests.HOKUTO).body()).contains("scan-record-not-verified");
	}

}
