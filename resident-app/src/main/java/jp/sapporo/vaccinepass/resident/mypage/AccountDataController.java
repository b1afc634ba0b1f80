package jp.sapporo.vaccinepass.resident.mypage;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jp.sapporo.vaccinepass.db.resident.ResidentDocuments;
import jp.sapporo.vaccinepass.web.PlatformUser;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Download all own data as JSON; delete the account. */
@Controller
class AccountDataController {

	private final JdbcClient jdbc;

	private final PasswordEncoder passwordEncoder;

	private final TransactionTemplate transaction;

	private final ResidentDocuments documents;

	AccountDataController(JdbcClient jdbc, PasswordEncoder passwordEncoder, PlatformTransactionManager transactions,
			ResidentDocuments documents) {
		this.jdbc = jdbc;
		this.documents = documents;
		this.passwordEncoder = passwordEncoder;
		this.transaction = new TransactionTemplate(transactions);
	}

	@GetMapping("/account")
	String account() {
		return "mypage/account";
	}

	@GetMapping("/account/export")
	@Transactional(readOnly = true)
	ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal PlatformUser resident) {
		long id = resident.accountId();
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("account", this.jdbc.sql("""
				select id, identity_kind, email, passport_country, passport_number, full_name, name_kana, birth_date,
				       municipality_code, visitor, preferred_locale, terms_accepted_at, privacy_accepted_at,
				       email_verified_at, created_at
				from resident_account where id = :id
				""").param("id", id).query().singleRow());
		data.put("vaccinationRecord",
				this.jdbc
					.sql("""
							select id, status, certificate_kind, certificate_document_id, submitted_at, reviewed_at, rejection_reason
							from vaccination_record where resident_id = :id
							""")
					.param("id", id)
					.query()
					.listOfRows());
		data.put("doses", this.jdbc.sql("""
				select d.dose_number, d.dose_date, d.product, d.lot from vaccination_dose d
				join vaccination_record r on r.id = d.record_id where r.resident_id = :id order by d.dose_number
				""").param("id", id).query().listOfRows());
		data.put("recordEvents", this.jdbc.sql("""
				select e.to_status, e.actor_kind, e.reason, e.occurred_at from vaccination_record_event e
				join vaccination_record r on r.id = e.record_id where r.resident_id = :id order by e.occurred_at
				""").param("id", id).query().listOfRows());
		List<Map<String, Object>> documents = this.jdbc.sql("""
				select id, kind, media_type, byte_size, width, height, created_at from document
				where resident_id = :id order by id
				""").param("id", id).query().listOfRows();
		// the images are stored encrypted; the resident gets them decrypted
		documents.forEach((doc) -> doc.put("content",
				this.documents.document(id, ((Number) doc.get("id")).longValue())
					.map((image) -> Base64.getEncoder().encodeToString(image.content()))
					.orElse(null)));
		data.put("documents", documents);
		data.put("scans", this.jdbc.sql("""
				select l.scanned_at, l.store_id, sr.name_ja as store_name, l.programme_id, l.outcome from scan_log l
				join poster p on p.id = l.poster_id join store_revision sr on sr.id = p.revision_id
				where l.resident_id = :id order by l.scanned_at
				""").param("id", id).query().listOfRows());
		data.put("proofs",
				this.jdbc
					.sql("""
							select id, store_id, programme_id, basis, scanned_at, expires_at from proof where resident_id = :id order by scanned_at
							""")
					.param("id", id)
					.query()
					.listOfRows());
		data.put("notifications",
				this.jdbc
					.sql("""
							select kind, subject, body, created_at, read_at, emailed_at from notification where resident_id = :id order by created_at
							""")
					.param("id", id)
					.query()
					.listOfRows());
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"vaccine-pass-my-data.json\"")
			.contentType(MediaType.APPLICATION_JSON)
			.body(data);
	}

	@PostMapping("/account/delete")
	String delete(@AuthenticationPrincipal PlatformUser resident, @RequestParam(required = false) String password,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		String hash = this.jdbc.sql("select password_hash from resident_account where id = :id")
			.param("id", resident.accountId())
			.query(String.class)
			.single();
		if (password == null || !this.passwordEncoder.matches(password, hash)) {
			model.addAttribute("passwordError", true);
			return "mypage/account";
		}
		deleteAccount(resident.accountId(), resident.getUsername());
		new SecurityContextLogoutHandler().logout(request, response, null);
		return "redirect:/login?deleted";
	}

	/**
	 * Personal data and photos go; scans stay only as anonymous counts
	 * ({@code scan_log.resident_id} is set to null by the foreign key).
	 */
	void deleteAccount(long residentId, String username) {
		this.transaction.executeWithoutResult((status) -> deleteInTransaction(residentId, username));
	}

	private void deleteInTransaction(long residentId, String username) {
		this.jdbc.sql("delete from account_token where account_kind = 'RESIDENT' and account_id = :id")
			.param("id", residentId)
			.update();
		this.jdbc.sql("update resident_account set face_photo_id = null where id = :id")
			.param("id", residentId)
			.update();
		this.jdbc.sql("delete from resident_account where id = :id").param("id", residentId).update();
		this.jdbc.sql("delete from resident_session where principal_name = :name").param("name", username).update();
	}

}
